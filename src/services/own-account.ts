/**
 * A person's own data in server mode (issue 9, "Data ownership"), whatever their role: they
 * export all of it, or erase it with their user. For a member, account-data.ts does the work on
 * their data account; a coach or the administrator has no contacts, so their export is what the
 * server holds about them (their user, sessions, devices, consents they received and their own
 * entries in the audit log). Erasing asks for the password again (OWASP Authentication Cheat
 * Sheet, "Reauthentication") and leaves in the log no email and no address of theirs.
 */
import { AppError } from '../core/app-error.js';
import {
  countAdministrators,
  findUserById,
  hasOtherUsers,
  listAuditEntriesByActor,
  listConsentsToCoach,
  listKnownDevices,
  listUserSessions,
} from '../store/accounts-store.js';
import type { Store } from '../store/open-store.js';
import { confirmPassword, eraseUser } from './account-lifecycle.js';
import { recordAudit, type RequestFacts, type SignedInUser } from './accounts-service.js';
import { exportAccountData, type AccountExport } from './account-data.js';

function jsonStream(value: unknown): ReadableStream<Uint8Array> {
  const bytes = new TextEncoder().encode(`${JSON.stringify(value, null, 2)}\n`);
  return new ReadableStream({
    start(controller) {
      controller.enqueue(bytes);
      controller.close();
    },
  });
}

async function exportUserRecord(
  store: Store,
  user: SignedInUser,
  now: Date,
): Promise<AccountExport> {
  const row = await findUserById(store.db, user.id);
  if (!row) throw new AppError('unauthenticated', 'you are signed out');
  const sessions = await listUserSessions(store.db, user.id);
  const document = {
    exportedAt: now.toISOString(),
    user: {
      id: row.id,
      email: row.email,
      name: row.display_name,
      role: row.role,
      createdAt: row.created_at,
      lastSignInAt: row.last_sign_in_at,
    },
    // Session ids and device tokens are secrets the server keeps only as hashes: left out.
    sessions: sessions.map((s) => ({
      createdAt: s.createdAt,
      lastSeenAt: s.lastSeenAt,
      expiresAt: s.expiresAt,
      ip: s.ip,
      userAgent: s.userAgent,
    })),
    knownDevices: await listKnownDevices(store.db, user.id),
    consentsReceived: row.role === 'coach' ? await listConsentsToCoach(store.db, user.id) : [],
    auditLog: await listAuditEntriesByActor(store.db, user.id),
  };
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  return {
    fileName: `weakties-export-user-${row.id}-${stamp}.json`,
    contentType: 'application/json; charset=utf-8',
    body: jsonStream(document),
  };
}

export async function exportOwnData(
  store: Store,
  user: SignedInUser,
  facts: RequestFacts,
): Promise<AccountExport> {
  const data =
    user.role === 'member' && user.accountId !== null
      ? await exportAccountData(store, user.accountId, { now: facts.now })
      : await exportUserRecord(store, user, facts.now);
  await recordAudit(store.db, 'account-exported', facts, { actor: user.id });
  return data;
}

/**
 * Erases the person's user, and a member's data, after checking their password. An organisation
 * keeps at least its administrator while it has other users; the last person, administrator
 * included, may leave, and the next start of the server prints a fresh setup link.
 */
export async function deleteOwnAccount(
  store: Store,
  user: SignedInUser,
  password: unknown,
  facts: RequestFacts,
): Promise<void> {
  const row = await confirmPassword(store, user, password, facts);
  if (row.role === 'administrator' && (await countAdministrators(store.db)) <= 1) {
    if (await hasOtherUsers(store.db, row.id)) {
      throw new AppError(
        'conflict',
        'you are the only administrator: remove the members and coaches first, or keep the account',
      );
    }
  }
  await eraseUser(store, row, facts, { actor: row.id, event: 'account-deleted' });
}
