/**
 * Server mode's tables on a real store (SQLite, and PostgreSQL in the postgres test project):
 * the conditions the routes rely on hold in the store itself, scoped by account and coach.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTempStore, type TempStore } from '../services/test-support/temp-store.js';
import {
  claimInvitation,
  countLoginFailures,
  deleteExpiredSessions,
  findMemberConsentingTo,
  findOpenInvitation,
  findSession,
  hasCurrentConsent,
  insertConsent,
  insertDataAccount,
  insertInvitation,
  insertLoginFailure,
  insertSession,
  insertUser,
  listAccountsConsentingToAnyCoach,
  listConsentsOfAccount,
  listMembersConsentingTo,
  listUsers,
  revokeConsent,
} from './accounts-store.js';
import type { UserRole } from './schema.js';

const AT = '2026-11-30T10:00:00.000Z';
const LATER = '2026-12-01T10:00:00.000Z';

let store: TempStore;

beforeEach(async () => {
  store = await openTempStore();
});
afterEach(async () => {
  await store.cleanup();
});

async function addUser(
  email: string,
  role: UserRole,
): Promise<{ id: number; accountId: number | null }> {
  const accountId = role === 'member' ? await insertDataAccount(store.db, email, AT) : null;
  const id = await insertUser(store.db, {
    email,
    display_name: email.split('@')[0] ?? email,
    role,
    account_id: accountId,
    password_hash: 'scrypt$10$8$1$AAAA$AAAA',
    created_at: AT,
    last_sign_in_at: null,
  });
  return { id, accountId };
}

describe('invitations', () => {
  it('are claimed once, and not after they expire', async () => {
    const coach = await addUser('coach@example.org', 'coach');
    const invite = (hash: string, expires: string) =>
      insertInvitation(store.db, {
        token_hash: hash,
        role: 'member',
        email: `${hash}@example.org`,
        created_by: coach.id,
        created_at: AT,
        expires_at: expires,
        accepted_at: null,
        accepted_user_id: null,
      });
    const open = await invite('a'.repeat(64), LATER);
    const expired = await invite('b'.repeat(64), AT);
    expect(await findOpenInvitation(store.db, 'a'.repeat(64), AT)).toBeDefined();
    expect(await claimInvitation(store.db, open, coach.id, AT)).toBe(true);
    expect(await claimInvitation(store.db, open, coach.id, AT)).toBe(false);
    expect(await findOpenInvitation(store.db, 'a'.repeat(64), AT)).toBeUndefined();
    expect(await findOpenInvitation(store.db, 'b'.repeat(64), AT)).toBeUndefined();
    expect(await claimInvitation(store.db, expired, coach.id, AT)).toBe(false);
  });
});

describe('consents', () => {
  it('keep one current consent per member and coach, and a coach sees only their own', async () => {
    const ann = await addUser('ann@example.org', 'member');
    const bob = await addUser('bob@example.org', 'member');
    const cora = await addUser('cora@example.org', 'coach');
    const cyril = await addUser('cyril@example.org', 'coach');
    const annAccount = ann.accountId ?? 0;
    await insertConsent(store.db, annAccount, cora.id, AT);
    await expect(insertConsent(store.db, annAccount, cora.id, AT)).rejects.toThrow();
    expect(await hasCurrentConsent(store.db, annAccount, cora.id)).toBe(true);
    expect(await hasCurrentConsent(store.db, bob.accountId ?? 0, cora.id)).toBe(false);

    expect((await listMembersConsentingTo(store.db, cora.id)).map((m) => m.name)).toEqual(['ann']);
    expect(await listMembersConsentingTo(store.db, cyril.id)).toEqual([]);
    expect(await findMemberConsentingTo(store.db, cora.id, bob.id)).toBeUndefined();
    expect(await findMemberConsentingTo(store.db, cyril.id, ann.id)).toBeUndefined();
    expect((await findMemberConsentingTo(store.db, cora.id, ann.id))?.accountId).toBe(annAccount);

    expect(await revokeConsent(store.db, annAccount, cora.id, LATER)).toBe(true);
    expect(await revokeConsent(store.db, annAccount, cora.id, LATER)).toBe(false);
    expect(await findMemberConsentingTo(store.db, cora.id, ann.id)).toBeUndefined();
    expect(await listConsentsOfAccount(store.db, annAccount)).toEqual([]);
    // Granting again after a revocation starts a new consent; the old row stays as history.
    await insertConsent(store.db, annAccount, cyril.id, LATER);
    await insertConsent(store.db, annAccount, cora.id, LATER);
    expect(await listConsentsOfAccount(store.db, annAccount)).toEqual([
      { coachId: cora.id, coachName: 'cora', grantedAt: LATER },
      { coachId: cyril.id, coachName: 'cyril', grantedAt: LATER },
    ]);
    const rows = await store.db.selectFrom('consents').select('id').execute();
    expect(rows).toHaveLength(3);
    expect(await listAccountsConsentingToAnyCoach(store.db)).toEqual([annAccount]);
    const users = await listUsers(store.db);
    expect(users.map((u) => [u.name, u.role, u.coachesSharedWith])).toEqual([
      ['cora', 'coach', 0],
      ['cyril', 'coach', 0],
      ['ann', 'member', 2],
      ['bob', 'member', 0],
    ]);
  });
});

describe('sessions and failed sign-ins', () => {
  it('forget sessions past their end or idle too long, and keep the rest', async () => {
    const ann = await addUser('ann@example.org', 'member');
    const session = (hash: string, lastSeen: string, expires: string) =>
      insertSession(store.db, {
        id_hash: hash,
        user_id: ann.id,
        created_at: AT,
        last_seen_at: lastSeen,
        expires_at: expires,
        ip: '',
      });
    await session('live', '2026-11-30T09:50:00.000Z', LATER);
    await session('idle', '2026-11-30T09:00:00.000Z', LATER);
    await session('ended', '2026-11-30T09:59:00.000Z', AT);
    await deleteExpiredSessions(store.db, AT, '2026-11-30T09:30:00.000Z');
    expect((await findSession(store.db, 'live'))?.user.email).toBe('ann@example.org');
    expect(await findSession(store.db, 'idle')).toBeUndefined();
    expect(await findSession(store.db, 'ended')).toBeUndefined();
  });

  it('count failures per key inside the window', async () => {
    await insertLoginFailure(store.db, 'email:ann@example.org', '2026-11-30T09:40:00.000Z');
    await insertLoginFailure(store.db, 'email:ann@example.org', '2026-11-30T09:50:00.000Z');
    await insertLoginFailure(store.db, 'email:bob@example.org', '2026-11-30T09:50:00.000Z');
    const since = '2026-11-30T09:45:00.000Z';
    expect(await countLoginFailures(store.db, 'email:ann@example.org', since)).toBe(1);
    expect(
      await countLoginFailures(store.db, 'email:ann@example.org', '2026-11-30T09:00:00.000Z'),
    ).toBe(2);
    expect(await countLoginFailures(store.db, 'email:carl@example.org', since)).toBe(0);
  });
});
