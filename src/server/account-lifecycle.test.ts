/**
 * The account lifecycle of server mode, through the HTTP API: password change and reset,
 * disabling, enabling and removing users, withdrawn and renewed invitations, a person's own
 * sessions, and export and erasure for every role, with an audit log that keeps no personal
 * data of an erased person. On SQLite and on PostgreSQL (the postgres test project).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addPersonByHand } from '../services/add-person.js';
import type { SessionView } from './multi-user-app.js';
import {
  PASSWORD,
  personOf,
  startServerMode,
  type Person,
  type ServerMode,
} from './test-support/server-mode.js';

const NEW_PASSWORD = 'saffron kettle under moonlight';
let server: ServerMode;

beforeAll(async () => {
  server = await startServerMode(new Date('2026-11-30T10:00:00Z'));
}, 60_000);
afterAll(async () => {
  await server.cleanup();
});

async function isSignedIn(who: Person): Promise<boolean> {
  const view = (await (await server.ask(who, 'GET', '/api/auth/me')).json()) as SessionView;
  return view.signedIn;
}

async function message(response: Response): Promise<string> {
  return ((await response.json()) as { error: { message: string } }).error.message;
}

async function tokenOf(response: Response): Promise<string> {
  const { link } = (await response.json()) as { link: string };
  return link.split('#')[1] ?? '';
}

describe('changing a password', () => {
  it('needs the current one, refuses a common one, and ends the other sessions', async () => {
    const laptop = await server.join('member', 'pat@northfield.example', 'Pat Member');
    const phone = await personOf(
      await server.signIn('pat@northfield.example'),
      'pat@northfield.example',
    );
    const change = (current: string, next: string) =>
      server.ask(laptop, 'POST', '/api/account/password', {
        body: { currentPassword: current, newPassword: next },
      });
    expect((await change('not my password at all', NEW_PASSWORD)).status).toBe(401);
    const common = await change(PASSWORD, 'passwordpassword');
    expect(common.status).toBe(422);
    expect(await message(common)).toMatch(/list of common passwords/);
    expect((await change(PASSWORD, NEW_PASSWORD)).status).toBe(200);
    expect(await isSignedIn(laptop)).toBe(true);
    expect(await isSignedIn(phone)).toBe(false);
    expect((await server.signIn('pat@northfield.example')).status).toBe(401);
    expect((await server.signIn('pat@northfield.example', NEW_PASSWORD)).status).toBe(200);
  });
});

describe('a reset link from the administrator', () => {
  it('sets a new password once and ends every session', async () => {
    const member = await server.join('member', 'rae@northfield.example', 'Rae Member');
    const issued = await server.ask(
      server.admin,
      'POST',
      `/api/admin/users/${member.userId}/reset`,
    );
    expect(issued.status).toBe(201);
    const token = await tokenOf(issued);
    const shown = await server.ask(null, 'GET', `/api/auth/resets/${token}`);
    expect(await shown.json()).toEqual({ email: 'rae@northfield.example', name: 'Rae Member' });
    const reset = await server.ask(null, 'POST', `/api/auth/resets/${token}`, {
      body: { password: NEW_PASSWORD },
    });
    expect(reset.status).toBe(200);
    expect(((await reset.json()) as SessionView).user?.email).toBe('rae@northfield.example');
    expect(await isSignedIn(member)).toBe(false);
    const again = await server.ask(null, 'POST', `/api/auth/resets/${token}`, {
      body: { password: 'another fine long passphrase' },
    });
    expect(again.status).toBe(404);
    expect((await server.signIn('rae@northfield.example', NEW_PASSWORD)).status).toBe(200);
    expect((await server.signIn('rae@northfield.example', PASSWORD)).status).toBe(401);
  });

  it('comes instead of a 409 when an existing member is invited again', async () => {
    await server.join('member', 'sam@northfield.example', 'Sam Member');
    const reinvited = await server.ask(server.admin, 'POST', '/api/admin/invitations', {
      body: { role: 'member', email: 'Sam@Northfield.example' },
    });
    expect(reinvited.status).toBe(201);
    const body = (await reinvited.json()) as { kind: string; link: string };
    expect(body.kind).toBe('password-reset');
    expect(body.link).toMatch(/\/reset#[A-Za-z0-9_-]{43}$/);
    const asCoach = await server.ask(server.admin, 'POST', '/api/admin/invitations', {
      body: { role: 'coach', email: 'sam@northfield.example' },
    });
    expect(asCoach.status).toBe(409);
  });
});

describe('invitations', () => {
  it('can be withdrawn, and inviting again replaces the open one', async () => {
    const first = await server.invite('member', 'tess@northfield.example');
    const second = await server.invite('member', 'tess@northfield.example');
    expect((await server.ask(null, 'GET', `/api/auth/invitations/${first}`)).status).toBe(404);
    expect((await server.ask(null, 'GET', `/api/auth/invitations/${second}`)).status).toBe(200);
    const list = (await (
      await server.ask(server.admin, 'GET', '/api/admin/invitations')
    ).json()) as {
      id: number;
      email: string;
      status: string;
    }[];
    const open = list.find((i) => i.email === 'tess@northfield.example' && i.status === 'open');
    const withdrawn = await server.ask(
      server.admin,
      'DELETE',
      `/api/admin/invitations/${open?.id}`,
    );
    expect(withdrawn.status).toBe(200);
    expect((await server.ask(null, 'GET', `/api/auth/invitations/${second}`)).status).toBe(404);
  });
});

describe('disabling, enabling and removing users', () => {
  it('a disabled member is signed out and cannot sign in until enabled', async () => {
    const member = await server.join('member', 'uma@northfield.example', 'Uma Member');
    const disabled = await server.ask(
      server.admin,
      'POST',
      `/api/admin/users/${member.userId}/disable`,
    );
    expect(await disabled.json()).toEqual({ id: member.userId, disabled: true });
    expect(await isSignedIn(member)).toBe(false);
    const refused = await server.signIn('uma@northfield.example');
    expect(refused.status).toBe(403);
    expect(await message(refused)).toBe('this account is disabled; ask your administrator');
    const users = (await (await server.ask(server.admin, 'GET', '/api/admin/users')).json()) as {
      id: number;
      disabledAt: string | null;
    }[];
    expect(users.find((u) => u.id === member.userId)?.disabledAt).not.toBeNull();
    await server.ask(server.admin, 'POST', `/api/admin/users/${member.userId}/enable`);
    expect((await server.signIn('uma@northfield.example')).status).toBe(200);
  });

  it('the administrator cannot disable or remove their own account from the user list', async () => {
    const own = await server.ask(
      server.admin,
      'POST',
      `/api/admin/users/${server.admin.userId}/disable`,
    );
    expect(own.status).toBe(409);
  });

  it('removing a member erases their data, and the log keeps no email or address of theirs', async () => {
    const member = await server.join('member', 'vic@northfield.example', 'Vic Member');
    const user = await server.store.db
      .selectFrom('users')
      .select('account_id')
      .where('id', '=', member.userId)
      .executeTakeFirstOrThrow();
    await addPersonByHand(
      server.store,
      { name: 'Vic Contact', company: 'Gone Co' },
      { accountId: user.account_id ?? 0, now: server.clock.now },
    );
    await server.signIn('vic@northfield.example', 'a wrong password here', '203.0.113.77');
    const removed = await server.ask(server.admin, 'DELETE', `/api/admin/users/${member.userId}`);
    expect(removed.status).toBe(200);
    expect(await isSignedIn(member)).toBe(false);
    const people = await server.store.db
      .selectFrom('people')
      .select('id')
      .where('account_id', '=', user.account_id ?? 0)
      .execute();
    expect(people).toEqual([]);
    const audit = (await (
      await server.ask(server.admin, 'GET', '/api/admin/audit?limit=500')
    ).json()) as {
      event: string;
      actorUserId: number | null;
      subjectUserId: number | null;
      ip: string;
    }[];
    const text = JSON.stringify(audit);
    expect(text).not.toContain('vic@northfield.example');
    expect(text).not.toContain('203.0.113.77');
    expect(audit.some((e) => e.event === 'user-removed' && e.subjectUserId === member.userId)).toBe(
      true,
    );
    const theirs = audit.filter((e) => e.actorUserId === member.userId);
    expect(theirs.length).toBeGreaterThan(0);
    expect(theirs.every((e) => e.ip === '')).toBe(true);
  });
});

describe('a person’s own sessions', () => {
  it('lists them with this one marked, and signs out everywhere else', async () => {
    const one = await server.join('member', 'wes@northfield.example', 'Wes Member');
    const two = await personOf(
      await server.ask(null, 'POST', '/api/auth/login', {
        body: { email: 'wes@northfield.example', password: PASSWORD },
        headers: { 'user-agent': 'Mozilla/5.0 (X11; Linux x86_64) Firefox/140.0' },
      }),
      'wes@northfield.example',
    );
    const three = await personOf(
      await server.signIn('wes@northfield.example'),
      'wes@northfield.example',
    );
    const listed = (await (await server.ask(one, 'GET', '/api/account/sessions')).json()) as {
      id: string;
      current: boolean;
      userAgent: string;
    }[];
    expect(listed).toHaveLength(3);
    expect(listed.filter((s) => s.current)).toHaveLength(1);
    expect(listed.map((s) => s.userAgent)).toContain(
      'Mozilla/5.0 (X11; Linux x86_64) Firefox/140.0',
    );
    const target = listed.find((s) => s.userAgent.includes('Firefox'));
    expect((await server.ask(one, 'DELETE', `/api/account/sessions/${target?.id}`)).status).toBe(
      200,
    );
    expect(await isSignedIn(two)).toBe(false);
    const ended = await server.ask(one, 'DELETE', '/api/account/sessions');
    expect(await ended.json()).toEqual({ ended: 1 });
    expect(await isSignedIn(three)).toBe(false);
    expect(await isSignedIn(one)).toBe(true);
  });
});

describe('export and erasure for every role', () => {
  it('a coach exports what the server holds about them and erases it', async () => {
    const coach = await server.join('coach', 'xena@northfield.example', 'Xena Coach');
    const exported = await server.ask(coach, 'GET', '/api/account/export');
    expect(exported.status).toBe(200);
    expect(exported.headers.get('content-disposition')).toMatch(
      /attachment; filename="weakties-export-user-/,
    );
    const data = (await exported.json()) as {
      user: { email: string; role: string };
      sessions: unknown[];
    };
    expect(data.user).toMatchObject({ email: 'xena@northfield.example', role: 'coach' });
    expect(data.sessions.length).toBeGreaterThan(0);
    expect(JSON.stringify(data)).not.toMatch(/scrypt\$|id_hash|token_hash/);
    const erased = await server.ask(coach, 'DELETE', '/api/account', {
      body: { password: PASSWORD },
    });
    expect(erased.status).toBe(200);
    // The log keeps that the coach acted, with neither their email nor their address.
    const audit = (await (
      await server.ask(server.admin, 'GET', '/api/admin/audit?limit=500')
    ).json()) as unknown[];
    expect(audit.filter((e) => JSON.stringify(e).includes('xena@northfield.example'))).toEqual([]);
    expect((await server.signIn('xena@northfield.example')).status).toBe(401);
  });

  it('the only administrator keeps their account while the organisation has others', async () => {
    const exported = await server.ask(server.admin, 'GET', '/api/account/export');
    expect(((await exported.json()) as { user: { role: string } }).user.role).toBe('administrator');
    const refused = await server.ask(server.admin, 'DELETE', '/api/account', {
      body: { password: PASSWORD },
    });
    expect(refused.status).toBe(409);
    expect(await message(refused)).toMatch(/only administrator/);
  });
});
