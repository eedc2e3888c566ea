/**
 * The authorisation matrix of server mode (issue 9, "Tests and figures"): every route of the
 * multi-user app, asked by the owner member, another member, a coach with the owner's consent, a
 * coach without it, the administrator and an anonymous visitor. Contact-level routes answer the
 * owner only; a marker name in the owner's network must never reach anyone else. Then the
 * attacks one at a time: guessed and sequential ids, session fixation, CSRF, rate limiting,
 * spent invitations, revoked consent, and the audit log's record of it all. All through
 * app.request(), no port.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addPersonByHand } from '../services/add-person.js';
import { issueSetupLink } from '../services/accounts-service.js';
import { openTempStore, type TempStore } from '../services/test-support/temp-store.js';
import { findUserByEmail } from '../store/accounts-store.js';
import { createMemberApi } from './create-app.js';
import { createMultiUserApp, type MultiUserApp, type SessionView } from './multi-user-app.js';

// Cheap scrypt for tests (2^10, not 2^15): the cost is stored with each hash, so this changes
// nothing but the time; password-hash.test.ts checks the default cost.
const TEST_COST = { log2N: 10, r: 8, p: 1 };
const START = new Date('2026-11-30T10:00:00Z');
const PASSWORD = 'correct horse battery staple';
// The owner's contact: no other actor's response may ever contain these words.
const MARKER = 'Zebulon Markerfield';
const MARKER_COMPANY = 'Markerfield Analytics';

let clock = START;
let store: TempStore;
let app: MultiUserApp;

type ActorName = 'owner' | 'other' | 'coachWith' | 'coachWithout' | 'admin' | 'anonymous';
interface Actor {
  name: ActorName;
  email: string;
  cookie: string | null;
  csrf: string | null;
  userId: number;
  accountId: number | null;
}
const actors = {} as Record<ActorName, Actor>;
let ownerPersonId = 0;
let otherPersonId = 0;

/** The session cookie a response sets last (a browser applies Set-Cookie headers in order). */
function cookieOf(response: Response): string | null {
  const header = response.headers.get('set-cookie') ?? '';
  const values = [...header.matchAll(/(?:^|[\s,])weakties-session=([^;]*)/g)].map((m) => m[1]);
  const last = values.at(-1);
  return last ? last : null;
}

interface AskOptions {
  body?: unknown;
  headers?: Record<string, string>;
  /** Leave out the session's CSRF token. */
  withoutToken?: boolean;
  cookie?: string | null;
}

async function ask(
  actor: Actor | null,
  method: string,
  path: string,
  options: AskOptions = {},
): Promise<Response> {
  const headers: Record<string, string> = {};
  const isSafe = method === 'GET' || method === 'HEAD';
  if (!isSafe) headers['content-type'] = 'application/json';
  const cookie = options.cookie !== undefined ? options.cookie : actor?.cookie;
  if (cookie) headers.cookie = `weakties-session=${cookie}`;
  if (!isSafe && actor?.csrf && !options.withoutToken) headers['x-csrf-token'] = actor.csrf;
  return app.request(path, {
    method,
    headers: { ...headers, ...options.headers },
    ...(isSafe ? {} : { body: JSON.stringify(options.body ?? {}) }),
  });
}

async function readView(response: Response): Promise<SessionView> {
  return (await response.json()) as SessionView;
}

async function signIn(
  email: string,
  password = PASSWORD,
): Promise<{ cookie: string; csrf: string }> {
  const response = await ask(null, 'POST', '/api/auth/login', { body: { email, password } });
  expect(response.status).toBe(200);
  const view = await readView(response);
  const cookie = cookieOf(response);
  if (!cookie || !view.csrfToken) throw new Error('no session from a right password');
  return { cookie, csrf: view.csrfToken };
}

async function invite(role: 'member' | 'coach', email: string): Promise<string> {
  const response = await ask(actors.admin, 'POST', '/api/admin/invitations', {
    body: { role, email },
  });
  expect(response.status).toBe(201);
  const { link } = (await response.json()) as { link: string };
  const token = link.split('#')[1];
  if (!token) throw new Error(`no token in ${link}`);
  return token;
}

async function join(
  name: ActorName,
  role: 'member' | 'coach',
  email: string,
  displayName: string,
): Promise<Actor> {
  const token = await invite(role, email);
  const response = await ask(null, 'POST', `/api/auth/invitations/${token}`, {
    body: { name: displayName, password: PASSWORD },
  });
  expect(response.status).toBe(201);
  const view = await readView(response);
  const user = await findUserByEmail(store.db, email);
  if (!user || !view.csrfToken) throw new Error(`${email} did not join`);
  return {
    name,
    email,
    cookie: cookieOf(response),
    csrf: view.csrfToken,
    userId: user.id,
    accountId: user.account_id,
  };
}

beforeAll(async () => {
  store = await openTempStore();
  app = createMultiUserApp(store, { now: () => clock, passwordCost: TEST_COST, trustProxy: true });
  const { token } = await issueSetupLink(store, clock);
  const setup = await ask(null, 'POST', '/api/auth/setup', {
    body: {
      token,
      organisation: 'Northfield Careers',
      name: 'Ada Admin',
      email: 'admin@northfield.example',
      password: PASSWORD,
    },
  });
  expect(setup.status).toBe(201);
  const view = await readView(setup);
  const admin = await findUserByEmail(store.db, 'admin@northfield.example');
  actors.admin = {
    name: 'admin',
    email: 'admin@northfield.example',
    cookie: cookieOf(setup),
    csrf: view.csrfToken,
    userId: admin?.id ?? 0,
    accountId: null,
  };
  actors.owner = await join('owner', 'member', 'owner@northfield.example', 'Olive Owner');
  actors.other = await join('other', 'member', 'other@northfield.example', 'Otto Other');
  actors.coachWith = await join('coachWith', 'coach', 'coach1@northfield.example', 'Cora Coach');
  actors.coachWithout = await join(
    'coachWithout',
    'coach',
    'coach2@northfield.example',
    'Cyril Coach',
  );
  actors.anonymous = {
    name: 'anonymous',
    email: '',
    cookie: null,
    csrf: null,
    userId: 0,
    accountId: null,
  };
  const owner = await addPersonByHand(
    store,
    { name: MARKER, company: MARKER_COMPANY, title: 'Head of Markers' },
    { accountId: actors.owner.accountId ?? 0, now: clock },
  );
  ownerPersonId = owner.personId;
  const other = await addPersonByHand(
    store,
    { name: 'Quentin Otherperson', company: 'Elsewhere Ltd' },
    { accountId: actors.other.accountId ?? 0, now: clock },
  );
  otherPersonId = other.personId;
  const consent = await ask(actors.owner, 'POST', '/api/consents', {
    body: { coachId: actors.coachWith.userId },
  });
  expect(consent.status).toBe(201);
}, 120_000);

afterAll(async () => {
  await store?.cleanup();
});

/** New sessions for every signed-in actor, after the clock jumped past their idle limit. */
async function refreshSessions(): Promise<void> {
  for (const name of SIGNED_IN) Object.assign(actors[name], await signIn(actors[name].email));
}

/* The matrix */

type Expect = number | ((response: Response, body: string) => void);
interface Row {
  method: string;
  /** The route's pattern as registered. */
  route: string;
  /** The request for each actor (the pattern's parameters filled in). */
  path: (actor: Actor) => string;
  body?: (actor: Actor) => unknown;
  expect: Record<ActorName, Expect>;
}

const SIGNED_IN: ActorName[] = ['owner', 'other', 'coachWith', 'coachWithout', 'admin'];
const ALL: ActorName[] = [...SIGNED_IN, 'anonymous'];

function only(allowed: Partial<Record<ActorName, Expect>>): Record<ActorName, Expect> {
  const result = {} as Record<ActorName, Expect>;
  for (const a of ALL) result[a] = allowed[a] ?? (a === 'anonymous' ? 401 : 403);
  return result;
}
const everyone = (status: number) =>
  Object.fromEntries(ALL.map((a) => [a, status])) as Record<ActorName, Expect>;

const SERVER_ROWS: Row[] = [
  { method: 'GET', route: '/api/auth/me', path: () => '/api/auth/me', expect: everyone(200) },
  {
    method: 'POST',
    route: '/api/auth/setup',
    path: () => '/api/auth/setup',
    body: () => ({
      token: 'A'.repeat(43),
      organisation: 'Rogue',
      name: 'Rogue',
      email: 'rogue@example.org',
      password: PASSWORD,
    }),
    expect: everyone(404),
  },
  {
    method: 'POST',
    route: '/api/auth/login',
    path: () => '/api/auth/login',
    body: (a) => ({ email: `nobody-${a.name}@example.org`, password: PASSWORD }),
    expect: everyone(401),
  },
  {
    method: 'GET',
    route: '/api/auth/invitations/:token',
    path: () => `/api/auth/invitations/${'B'.repeat(43)}`,
    expect: everyone(404),
  },
  {
    method: 'POST',
    route: '/api/auth/invitations/:token',
    path: () => `/api/auth/invitations/${'B'.repeat(43)}`,
    body: () => ({ name: 'Rogue', password: PASSWORD }),
    expect: everyone(404),
  },
  {
    method: 'POST',
    route: '/api/admin/invitations',
    path: () => '/api/admin/invitations',
    body: (a) => ({ role: 'member', email: `matrix-${a.name}@example.org` }),
    expect: only({ admin: 201 }),
  },
  {
    method: 'GET',
    route: '/api/admin/invitations',
    path: () => '/api/admin/invitations',
    expect: only({ admin: 200 }),
  },
  {
    method: 'GET',
    route: '/api/admin/users',
    path: () => '/api/admin/users',
    expect: only({
      admin: (r, body) => {
        expect(r.status).toBe(200);
        // Users with their roles: the administrator sees who, never what they hold.
        expect(body).toContain('Olive Owner');
        expect(body).toContain('"coachesSharedWith":1');
      },
    }),
  },
  {
    method: 'GET',
    route: '/api/admin/audit',
    path: () => '/api/admin/audit',
    expect: only({ admin: 200 }),
  },
  {
    method: 'GET',
    route: '/api/admin/cohort',
    path: () => '/api/admin/cohort',
    expect: only({
      admin: (r, body) => {
        expect(r.status).toBe(200);
        // One consenting member: under 5, so the whole cohort is suppressed.
        expect(JSON.parse(body)).toMatchObject({ members: 1, suppressed: true });
      },
    }),
  },
  {
    method: 'GET',
    route: '/api/consents',
    path: () => '/api/consents',
    expect: only({ owner: 200, other: 200 }),
  },
  {
    method: 'POST',
    route: '/api/consents',
    // The administrator is no coach: nobody's consent changes, yet members reach the check.
    path: () => '/api/consents',
    body: () => ({ coachId: actors.admin.userId }),
    expect: only({ owner: 404, other: 404 }),
  },
  {
    method: 'DELETE',
    route: '/api/consents/:coachId',
    path: () => `/api/consents/${actors.coachWithout.userId}`,
    expect: only({ owner: 404, other: 404 }),
  },
  {
    method: 'GET',
    route: '/api/account/export',
    path: () => '/api/account/export',
    // Every role exports what the server holds about them; only the owner's holds the marker.
    expect: {
      ...everyone(200),
      owner: (r, body) => {
        expect(r.status).toBe(200);
        expect(body).toContain(MARKER);
      },
      anonymous: 401,
    },
  },
  {
    method: 'DELETE',
    route: '/api/account',
    path: () => '/api/account',
    // A wrong password: everyone reaches the check, no account is erased.
    body: () => ({ password: 'not the password at all' }),
    expect: everyone(401),
  },
  {
    method: 'POST',
    route: '/api/account/password',
    path: () => '/api/account/password',
    // A wrong current password: nobody's password changes.
    body: () => ({
      currentPassword: 'not the password at all',
      newPassword: 'saffron kettle under moonlight',
    }),
    expect: everyone(401),
  },
  {
    method: 'GET',
    route: '/api/account/sessions',
    path: () => '/api/account/sessions',
    expect: { ...everyone(200), anonymous: 401 },
  },
  {
    method: 'DELETE',
    route: '/api/account/sessions',
    path: () => '/api/account/sessions',
    expect: { ...everyone(200), anonymous: 401 },
  },
  {
    method: 'DELETE',
    route: '/api/account/sessions/:id',
    path: () => '/api/account/sessions/0000000000000000',
    expect: { ...everyone(404), anonymous: 401 },
  },
  {
    method: 'GET',
    route: '/api/auth/resets/:token',
    path: () => `/api/auth/resets/${'x'.repeat(43)}`,
    expect: everyone(404),
  },
  {
    method: 'POST',
    route: '/api/auth/resets/:token',
    path: () => `/api/auth/resets/${'x'.repeat(43)}`,
    body: () => ({ password: 'saffron kettle under moonlight' }),
    expect: everyone(404),
  },
  {
    method: 'DELETE',
    route: '/api/admin/invitations/:id',
    path: () => '/api/admin/invitations/999999',
    expect: only({ admin: 404 }),
  },
  {
    method: 'POST',
    route: '/api/admin/users/:id/reset',
    path: () => `/api/admin/users/${actors.coachWithout.userId}/reset`,
    expect: only({ admin: 201 }),
  },
  {
    method: 'POST',
    route: '/api/admin/users/:id/disable',
    path: () => '/api/admin/users/999999/disable',
    expect: only({ admin: 404 }),
  },
  {
    method: 'POST',
    route: '/api/admin/users/:id/enable',
    path: () => '/api/admin/users/999999/enable',
    expect: only({ admin: 404 }),
  },
  {
    method: 'DELETE',
    route: '/api/admin/users/:id',
    path: () => '/api/admin/users/999999',
    expect: only({ admin: 404 }),
  },
  {
    method: 'GET',
    route: '/api/coach/members',
    path: () => '/api/coach/members',
    expect: only({
      coachWith: (r, body) => {
        expect(r.status).toBe(200);
        const members = JSON.parse(body) as { userId: number; name: string }[];
        expect(members.map((m) => m.name)).toEqual(['Olive Owner']);
      },
      coachWithout: (r, body) => {
        expect(r.status).toBe(200);
        expect(JSON.parse(body)).toEqual([]);
      },
    }),
  },
  {
    method: 'GET',
    route: '/api/coach/members/:userId/progress',
    path: () => `/api/coach/members/${actors.owner.userId}/progress`,
    expect: only({ coachWith: 200, coachWithout: 404 }),
  },
  {
    method: 'GET',
    route: '/api/coach/cohort',
    path: () => '/api/coach/cohort',
    expect: only({ coachWith: 200, coachWithout: 200 }),
  },
];

// Last: signing out ends the actor's session.
const LOGOUT_ROW: Row = {
  method: 'POST',
  route: '/api/auth/logout',
  path: () => '/api/auth/logout',
  expect: { ...everyone(200), anonymous: 401 },
};

/** The member API's routes, each filled in with the owner's ids. */
function memberRows(): Row[] {
  const fill = (pattern: string) =>
    pattern
      .replace(':id', String(ownerPersonId))
      .replace(':name', 'ask')
      .replace(':ref', 'invite-1')
      .replace(':action', 'done');
  const ownerAllowed: Expect = (r) => {
    expect([401, 403]).not.toContain(r.status);
    expect(r.status).toBeLessThan(500);
  };
  const routes = createMemberApi(store).routes.filter(
    (r) => r.method !== 'ALL' && !r.path.endsWith('*'),
  );
  const unique = routes.filter(
    (r, i) => routes.findIndex((o) => o.method === r.method && o.path === r.path) === i,
  );
  return unique.map((r) => ({
    method: r.method,
    route: r.path,
    path: () => fill(r.path),
    body: () => ({ person: ownerPersonId, stage: 'to-invite', kind: 'note', count: 9 }),
    expect: only({
      owner: ownerAllowed,
      other: (response) => {
        // Another member works on their own data: a guessed id of the owner's is unknown.
        expect([401, 403]).not.toContain(response.status);
        expect(response.status).toBeLessThan(500);
        if (
          r.path.includes(':id') ||
          r.path.startsWith('/api/pipeline/move') ||
          r.path === '/api/events'
        ) {
          expect(response.status).toBe(404);
        }
      },
    }),
  }));
}

async function runRow(row: Row): Promise<void> {
  for (const name of ALL) {
    const actor = actors[name];
    const response = await ask(name === 'anonymous' ? null : actor, row.method, row.path(actor), {
      ...(row.body ? { body: row.body(actor) } : {}),
    });
    const body = await response.text();
    const expected = row.expect[name];
    try {
      if (typeof expected === 'number') expect(response.status).toBe(expected);
      else expected(response, body);
      // The owner's contact never reaches anyone else, whatever the status.
      if (name !== 'owner') expect(body).not.toContain(MARKER);
      if (name !== 'owner') expect(body).not.toContain(MARKER_COMPANY);
    } catch (error) {
      throw new Error(
        `${row.method} ${row.path(actor)} as ${name}: ${response.status} ${body.slice(0, 200)}\n${String(error)}`,
      );
    }
  }
}

describe('the authorisation matrix over every route', () => {
  it('lists every route the app has', () => {
    // A route with a body limit is listed twice (middleware and handler): once is enough.
    const registered = [
      ...new Set(
        app.routes
          .filter((r) => r.method !== 'ALL' && !r.path.endsWith('*'))
          .map((r) => `${r.method} ${r.path}`),
      ),
    ].sort();
    const covered = [...SERVER_ROWS, LOGOUT_ROW, ...memberRows()]
      .map((r) => `${r.method} ${r.route}`)
      .sort();
    expect(registered).toEqual(covered);
    expect(registered.length).toBeGreaterThan(30);
  });

  it.each(SERVER_ROWS.map((r) => [`${r.method} ${r.route}`, r] as const))(
    'answers %s by role',
    async (_label, row) => {
      await runRow(row);
    },
  );

  it('answers every member API route for the owner only, on the owner’s data', async () => {
    // The owner sees their contact where contacts are listed: the marker check above can fail.
    const people = await ask(actors.owner, 'GET', '/api/people');
    expect(await people.text()).toContain(MARKER);
    const person = await ask(actors.owner, 'GET', `/api/people/${ownerPersonId}`);
    expect(person.status).toBe(200);
    for (const row of memberRows()) await runRow(row);
  });

  it('signs each actor out, and only those signed in', async () => {
    await runRow(LOGOUT_ROW);
    for (const name of SIGNED_IN) {
      const me = await readView(await ask(actors[name], 'GET', '/api/auth/me'));
      expect(me.signedIn).toBe(false);
      const session = await signIn(actors[name].email);
      actors[name].cookie = session.cookie;
      actors[name].csrf = session.csrf;
    }
  });
});

describe('guessed and sequential ids', () => {
  it('finds none of another member’s people, whatever the id', async () => {
    for (const id of [ownerPersonId, ownerPersonId + 1, ownerPersonId - 1, 1, 2, 3, 999_999]) {
      if (id === otherPersonId || id < 1) continue;
      const response = await ask(actors.other, 'GET', `/api/people/${id}`);
      expect(response.status).toBe(404);
      expect(await response.text()).not.toContain(MARKER);
    }
    const own = await ask(actors.other, 'GET', `/api/people/${otherPersonId}`);
    expect(own.status).toBe(200);
  });

  it('answers a coach the same for a member without consent and for no member at all', async () => {
    const withoutConsent = await ask(
      actors.coachWith,
      'GET',
      `/api/coach/members/${actors.other.userId}/progress`,
    );
    const nobody = await ask(actors.coachWith, 'GET', '/api/coach/members/987654/progress');
    const notAMember = await ask(
      actors.coachWith,
      'GET',
      `/api/coach/members/${actors.admin.userId}/progress`,
    );
    expect(withoutConsent.status).toBe(404);
    const bodies = [await withoutConsent.text(), await nobody.text(), await notAMember.text()];
    expect(nobody.status).toBe(404);
    expect(notAMember.status).toBe(404);
    expect(new Set(bodies).size).toBe(1);
  });

  it('gives a coach numbers, never the member’s contacts', async () => {
    const response = await ask(
      actors.coachWith,
      'GET',
      `/api/coach/members/${actors.owner.userId}/progress`,
    );
    expect(response.status).toBe(200);
    const body = await response.text();
    expect(body).not.toContain(MARKER);
    expect(body).not.toContain(MARKER_COMPANY);
    expect(body).not.toContain('Head of Markers');
    const progress = JSON.parse(body) as { name: string; progress: { weeks: unknown[] } };
    expect(progress.name).toBe('Olive Owner');
    expect(progress.progress.weeks.length).toBeGreaterThan(0);
  });
});

describe('sessions', () => {
  it('never adopts a session id chosen before sign-in, and issues a new one at each sign-in', async () => {
    const planted = 'P'.repeat(43);
    const before = await ask(null, 'GET', '/api/auth/me', { cookie: planted });
    expect((await readView(before)).signedIn).toBe(false);
    // The unknown cookie is cleared, not kept.
    expect(before.headers.get('set-cookie') ?? '').toMatch(/weakties-session=;/);

    const login = await ask(null, 'POST', '/api/auth/login', {
      cookie: planted,
      body: { email: actors.owner.email, password: PASSWORD },
    });
    expect(login.status).toBe(200);
    const issued = cookieOf(login);
    expect(issued).not.toBeNull();
    expect(issued).not.toBe(planted);
    const after = await ask(null, 'GET', '/api/auth/me', { cookie: planted });
    expect((await readView(after)).signedIn).toBe(false);

    // Signing in again with a live session replaces it: the old id stops working.
    const first = await signIn(actors.owner.email);
    const again = await ask(null, 'POST', '/api/auth/login', {
      cookie: first.cookie,
      headers: { 'x-csrf-token': first.csrf },
      body: { email: actors.owner.email, password: PASSWORD },
    });
    expect(again.status).toBe(200);
    expect(cookieOf(again)).not.toBe(first.cookie);
    const old = await ask(null, 'GET', '/api/auth/me', { cookie: first.cookie });
    expect((await readView(old)).signedIn).toBe(false);
  });

  it('sets the cookie httpOnly, SameSite=Strict, for the whole site', async () => {
    const login = await ask(null, 'POST', '/api/auth/login', {
      body: { email: actors.other.email, password: PASSWORD },
    });
    const header = login.headers.get('set-cookie') ?? '';
    expect(header).toMatch(/HttpOnly/i);
    expect(header).toMatch(/SameSite=Strict/i);
    expect(header).toMatch(/Path=\//);
    expect(header).toMatch(/Max-Age=43200/);
    // Plain http on localhost: no Secure flag, or the browser would drop the cookie.
    expect(header).not.toMatch(/Secure/i);
  });

  it('makes the cookie Secure and __Host- when the public address is https', async () => {
    const secureApp = createMultiUserApp(store, {
      now: () => clock,
      passwordCost: TEST_COST,
      publicUrl: 'https://careers.northfield.example',
    });
    const login = await secureApp.request('https://careers.northfield.example/api/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json', host: 'careers.northfield.example' },
      body: JSON.stringify({ email: actors.other.email, password: PASSWORD }),
    });
    expect(login.status).toBe(200);
    const header = login.headers.get('set-cookie') ?? '';
    expect(header).toMatch(/^__Host-weakties-session=/);
    expect(header).toMatch(/Secure/);
    expect(login.headers.get('strict-transport-security')).toBe('max-age=31536000');
    // Another host name is refused before any route runs (DNS rebinding).
    const elsewhere = await secureApp.request('https://evil.example/api/auth/me', {
      headers: { host: 'evil.example' },
    });
    expect(elsewhere.status).toBe(403);
  });

  it('ends a session after 30 idle minutes and after 12 hours whatever the activity', async () => {
    const session = await signIn(actors.other.email);
    const as = { ...actors.other, ...session };
    clock = new Date(clock.getTime() + 29 * 60_000);
    expect((await readView(await ask(as, 'GET', '/api/auth/me'))).signedIn).toBe(true);
    clock = new Date(clock.getTime() + 30 * 60_000);
    expect((await readView(await ask(as, 'GET', '/api/auth/me'))).signedIn).toBe(false);

    const busy = { ...actors.other, ...(await signIn(actors.other.email)) };
    const started = clock.getTime();
    for (let minutes = 20; minutes < 12 * 60; minutes += 20) {
      clock = new Date(started + minutes * 60_000);
      expect((await readView(await ask(busy, 'GET', '/api/auth/me'))).signedIn).toBe(true);
    }
    clock = new Date(started + 12 * 60 * 60_000);
    expect((await readView(await ask(busy, 'GET', '/api/auth/me'))).signedIn).toBe(false);
    await refreshSessions();
  });
});

describe('CSRF', () => {
  const goals = { targetCompanies: ['Acme'] };

  it('refuses a signed-in state change without the session’s token', async () => {
    const owner = actors.owner;
    expect(
      (await ask(owner, 'PUT', '/api/goals', { body: goals, withoutToken: true })).status,
    ).toBe(403);
    const wrong = await ask(owner, 'PUT', '/api/goals', {
      body: goals,
      withoutToken: true,
      headers: { 'x-csrf-token': 'x'.repeat(43) },
    });
    expect(wrong.status).toBe(403);
    // Another session's token does not fit this session.
    const borrowed = await ask(owner, 'PUT', '/api/goals', {
      body: goals,
      withoutToken: true,
      headers: { 'x-csrf-token': actors.other.csrf ?? '' },
    });
    expect(borrowed.status).toBe(403);
    expect((await ask(owner, 'PUT', '/api/goals', { body: goals })).status).toBe(200);
  });

  it('refuses a cross-site origin and a form post even with the token', async () => {
    const owner = actors.owner;
    const crossSite = await ask(owner, 'PUT', '/api/goals', {
      body: goals,
      headers: { origin: 'https://evil.example' },
    });
    expect(crossSite.status).toBe(403);
    const opaque = await ask(owner, 'PUT', '/api/goals', {
      body: goals,
      headers: { origin: 'null' },
    });
    expect(opaque.status).toBe(403);
    const form = await ask(owner, 'PUT', '/api/goals', {
      body: goals,
      headers: { 'content-type': 'text/plain' },
    });
    expect(form.status).toBe(403);
    // Signing in from a form on another site (login CSRF) is refused too.
    const login = await app.request('/api/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: `email=${encodeURIComponent(actors.owner.email)}&password=x`,
    });
    expect(login.status).toBe(403);
  });

  it('hands the token out only to its own session', async () => {
    const me = await readView(await ask(actors.owner, 'GET', '/api/auth/me'));
    expect(me.csrfToken).toBe(actors.owner.csrf);
    const anonymous = await readView(await ask(null, 'GET', '/api/auth/me'));
    expect(anonymous.csrfToken).toBeNull();
  });
});

describe('rate limiting', () => {
  const wrong = (email: string, ip = '198.51.100.7') =>
    ask(null, 'POST', '/api/auth/login', {
      body: { email, password: 'wrong wrong wrong wrong' },
      headers: { 'x-forwarded-for': ip },
    });

  it('slows an email down on one address with growing waits, never a lock', async () => {
    const email = actors.coachWithout.email;
    for (let i = 0; i < 5; i += 1) expect((await wrong(email)).status).toBe(401);
    const right = () =>
      ask(null, 'POST', '/api/auth/login', {
        body: { email, password: PASSWORD },
        headers: { 'x-forwarded-for': '198.51.100.7' },
      });
    // After five free failures the next attempt from there waits 1 s, then 2 s, 4 s ...
    const waiting = await right();
    expect(waiting.status).toBe(429);
    expect(((await waiting.json()) as { error: { message: string } }).error.message).toBe(
      'too many wrong passwords; try again in 1 second',
    );
    clock = new Date(clock.getTime() + 1000);
    expect((await wrong(email)).status).toBe(401);
    const longer = await right();
    expect(((await longer.json()) as { error: { message: string } }).error.message).toBe(
      'too many wrong passwords; try again in 2 seconds',
    );
    clock = new Date(clock.getTime() + 2000);
    // Waited out, the right password signs in.
    expect((await right()).status).toBe(200);
    clock = new Date(clock.getTime() + 15 * 60_000 + 1000);
    await signIn(email);
  });

  it('treats an unknown email exactly like a known one', async () => {
    const known = actors.coachWith.email;
    const unknown = 'nobody-at-all@northfield.example';
    const answers: string[] = [];
    for (let i = 0; i < 6; i += 1) {
      const a = await wrong(known, '203.0.113.9');
      const b = await wrong(unknown, '203.0.113.9');
      expect(b.status).toBe(a.status);
      const [textA, textB] = [await a.text(), await b.text()];
      expect(textB).toBe(textA);
      answers.push(textA);
    }
    expect(answers.at(-1)).toMatch(/too many wrong passwords/);
    clock = new Date(clock.getTime() + 15 * 60_000 + 1000);
  });

  it('locks a client address after 50 failures across emails', async () => {
    for (let i = 0; i < 50; i += 1) {
      expect((await wrong(`guess-${i}@northfield.example`, '192.0.2.50')).status).toBe(401);
    }
    expect((await wrong('guess-51@northfield.example', '192.0.2.50')).status).toBe(429);
    // Another address is not held back by it.
    expect((await wrong('guess-51@northfield.example', '192.0.2.51')).status).toBe(401);
    clock = new Date(clock.getTime() + 15 * 60_000 + 1000);
  });

  it('keeps counting across a restart (the count is in the store)', async () => {
    const email = actors.other.email;
    for (let i = 0; i < 5; i += 1) expect((await wrong(email)).status).toBe(401);
    app = createMultiUserApp(store, {
      now: () => clock,
      passwordCost: TEST_COST,
      trustProxy: true,
    });
    expect((await wrong(email)).status).toBe(429);
    clock = new Date(clock.getTime() + 15 * 60_000 + 1000);
  });
});

describe('invitations', () => {
  it('refuses an expired link and a used one', async () => {
    await refreshSessions();
    const expiring = await invite('member', 'late@northfield.example');
    const used = await invite('coach', 'early@northfield.example');
    expect((await ask(null, 'GET', `/api/auth/invitations/${expiring}`)).status).toBe(200);
    const accept = (token: string) =>
      ask(null, 'POST', `/api/auth/invitations/${token}`, {
        body: { name: 'Someone', password: PASSWORD },
      });
    expect((await accept(used)).status).toBe(201);
    expect((await accept(used)).status).toBe(404);
    expect((await ask(null, 'GET', `/api/auth/invitations/${used}`)).status).toBe(404);

    clock = new Date(clock.getTime() + 7 * 24 * 60 * 60_000);
    expect((await ask(null, 'GET', `/api/auth/invitations/${expiring}`)).status).toBe(404);
    expect((await accept(expiring)).status).toBe(404);
    await refreshSessions();
  });

  it('fixes the role: a member invitation never makes a coach or an administrator', async () => {
    const token = await invite('member', 'fixed-role@northfield.example');
    const response = await ask(null, 'POST', `/api/auth/invitations/${token}`, {
      body: { name: 'Fixed Role', password: PASSWORD, role: 'administrator' },
    });
    expect(response.status).toBe(201);
    expect((await readView(response)).user?.role).toBe('member');
  });

  it('refuses a short password, and a second setup', async () => {
    const token = await invite('member', 'short@northfield.example');
    const short = await ask(null, 'POST', `/api/auth/invitations/${token}`, {
      body: { name: 'Short', password: 'fourteen chars' },
    });
    expect(short.status).toBe(422);
    // The link still works after a refused attempt.
    expect((await ask(null, 'GET', `/api/auth/invitations/${token}`)).status).toBe(200);
    await expect(issueSetupLink(store, clock)).rejects.toThrow(/already set up/);
  });
});

describe('consent', () => {
  it('takes effect at once when the member revokes it', async () => {
    await refreshSessions();
    const progress = `/api/coach/members/${actors.owner.userId}/progress`;
    expect((await ask(actors.coachWith, 'GET', progress)).status).toBe(200);
    const revoke = await ask(actors.owner, 'DELETE', `/api/consents/${actors.coachWith.userId}`);
    expect(revoke.status).toBe(200);
    expect((await ask(actors.coachWith, 'GET', progress)).status).toBe(404);
    const list = await ask(actors.coachWith, 'GET', '/api/coach/members');
    expect(await list.json()).toEqual([]);
    const again = await ask(actors.owner, 'POST', '/api/consents', {
      body: { coachId: actors.coachWith.userId },
    });
    expect(again.status).toBe(201);
    expect((await ask(actors.coachWith, 'GET', progress)).status).toBe(200);
  });

  it('lets a member pick a coach by name, and only a coach', async () => {
    const response = await ask(actors.other, 'GET', '/api/consents');
    const { coaches } = (await response.json()) as { coaches: { id: number; name: string }[] };
    expect(coaches.map((c) => c.name)).toEqual(['Cora Coach', 'Cyril Coach', 'Someone']);
    const toMember = await ask(actors.other, 'POST', '/api/consents', {
      body: { coachId: actors.owner.userId },
    });
    expect(toMember.status).toBe(404);
  });
});

describe('the audit log', () => {
  it('records sign-ins, failures, invitations, consents and data requests with actor and address', async () => {
    await refreshSessions();
    const ip = { 'x-forwarded-for': '192.0.2.200' };
    const login = await ask(null, 'POST', '/api/auth/login', {
      body: { email: actors.other.email, password: PASSWORD },
      headers: ip,
    });
    const session = {
      ...actors.other,
      cookie: cookieOf(login),
      csrf: (await readView(login)).csrfToken,
    };
    await ask(null, 'POST', '/api/auth/login', {
      body: { email: actors.other.email, password: 'not it, not it, not it' },
      headers: ip,
    });
    await ask(session, 'POST', '/api/consents', {
      body: { coachId: actors.coachWithout.userId },
      headers: ip,
    });
    await ask(session, 'DELETE', `/api/consents/${actors.coachWithout.userId}`, { headers: ip });
    await ask(session, 'GET', '/api/account/export', { headers: ip });
    await ask(session, 'POST', '/api/auth/logout', { headers: ip });

    const response = await ask(actors.admin, 'GET', '/api/admin/audit?limit=500');
    const entries = (await response.json()) as {
      event: string;
      actorUserId: number | null;
      subjectUserId: number | null;
      ip: string;
      at: string;
    }[];
    const mine = entries.filter((e) => e.ip === '192.0.2.200').map((e) => e.event);
    expect(mine.reverse()).toEqual([
      'signed-in',
      'sign-in-failed',
      'consent-granted',
      'consent-revoked',
      'account-exported',
      'signed-out',
    ]);
    const granted = entries.find((e) => e.event === 'consent-granted' && e.ip === '192.0.2.200');
    expect(granted?.actorUserId).toBe(actors.other.userId);
    expect(granted?.subjectUserId).toBe(actors.coachWithout.userId);
    expect(granted?.at).toBe(clock.toISOString());
    const events = new Set(entries.map((e) => e.event));
    for (const event of ['organisation-set-up', 'invitation-created', 'invitation-accepted']) {
      expect(events).toContain(event);
    }
  });

  it("records the week's progress snapshot when a member's network is scored", async () => {
    const accountId = actors.owner.accountId ?? 0;
    const snapshots = () =>
      store.db
        .selectFrom('progress_snapshots')
        .select('week')
        .where('account_id', '=', accountId)
        .execute();
    await store.db.deleteFrom('progress_snapshots').where('account_id', '=', accountId).execute();
    // A change to the network makes the next read score it again.
    await addPersonByHand(store, { name: 'Sam Snapshot' }, { accountId, now: clock });
    // Recorded beside the request, not in its way: read until the row is there.
    await expect
      .poll(async () => {
        expect((await ask(actors.owner, 'GET', '/api/lists/ask?limit=5')).status).toBe(200);
        return (await snapshots()).length;
      })
      .toBe(1);
    // Another member's reads record nothing for this one.
    await ask(actors.other, 'GET', '/api/lists/ask?limit=5');
    expect(await snapshots()).toHaveLength(1);
  });

  it('records an erased account, and the erased member can no longer sign in', async () => {
    const leaver = await join('other', 'member', 'leaver@northfield.example', 'Lea Leaver');
    await addPersonByHand(
      store,
      { name: 'Leaver Contact', company: 'Gone Co' },
      { accountId: leaver.accountId ?? 0, now: clock },
    );
    const refused = await ask(leaver, 'DELETE', '/api/account', {
      body: { password: 'certainly not the password' },
    });
    expect(refused.status).toBe(401);
    const erased = await ask(leaver, 'DELETE', '/api/account', { body: { password: PASSWORD } });
    expect(erased.status).toBe(200);
    expect((await readView(await ask(leaver, 'GET', '/api/auth/me'))).signedIn).toBe(false);
    const audit = (await (await ask(actors.admin, 'GET', '/api/admin/audit?limit=500')).json()) as {
      event: string;
      actorUserId: number | null;
      detail: string;
    }[];
    const deleted = audit.find((e) => e.event === 'account-deleted');
    expect(deleted?.actorUserId).toBe(leaver.userId);
    // The log keeps the event, not the erased member's email.
    expect(JSON.stringify(audit)).not.toContain(leaver.email);
    const again = await ask(null, 'POST', '/api/auth/login', {
      body: { email: leaver.email, password: PASSWORD },
    });
    expect(again.status).toBe(401);
    const remaining = await store.db
      .selectFrom('people')
      .select('id')
      .where('account_id', '=', leaver.accountId ?? 0)
      .execute();
    expect(remaining).toEqual([]); // Nor does the invitation made out to their email (it held the email in clear).
    const invitations = await store.db
      .selectFrom('user_invitations')
      .select('id')
      .where('email', '=', leaver.email)
      .execute();
    expect(invitations).toEqual([]);
  });
});
