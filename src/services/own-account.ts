/**
 * A member's own data in server mode (issue 9, "Data ownership"): they export all of it, or
 * erase it with their user. account-data.ts does the work on the data account; this file checks
 * who asks, asks for the password again before erasing (OWASP Authentication Cheat Sheet,
 * "Reauthentication"), ends the member's sessions and consents with their user, and writes the
 * audit log.
 */
import { AppError } from '../core/app-error.js';
import {
  deleteDataAccount,
  deleteInvitationsFor,
  deleteLoginFailures,
  deleteUser,
  findUserById,
  forgetAuditDetails,
} from '../store/accounts-store.js';
import type { Store } from '../store/open-store.js';
import {
  forgetRememberedSessions,
  recordAudit,
  type RequestFacts,
  type SignedInUser,
} from './accounts-service.js';
import { deleteAccountData, exportAccountData, type AccountExport } from './account-data.js';
import { requireMemberAccount } from './consent-service.js';
import { countSignInAttempt } from './login-throttle.js';
import { verifyPassword } from './password-hash.js';

export async function exportOwnData(
  store: Store,
  member: SignedInUser,
  facts: RequestFacts,
): Promise<AccountExport> {
  const accountId = requireMemberAccount(member);
  const data = await exportAccountData(store, accountId, { now: facts.now });
  await recordAudit(store.db, 'account-exported', facts, { actor: member.id });
  return data;
}

/**
 * Erases the member's data and user after checking their password; wrong passwords count
 * against the sign-in limit, so a stolen session cannot guess its way to erasing an account.
 */
export async function deleteOwnAccount(
  store: Store,
  member: SignedInUser,
  password: unknown,
  facts: RequestFacts,
): Promise<void> {
  const accountId = requireMemberAccount(member);
  if (typeof password !== 'string') {
    throw new AppError('usage', 'confirm with your password');
  }
  const user = await findUserById(store.db, member.id);
  if (!user) throw new AppError('unauthenticated', 'you are signed out');
  const attempt = await countSignInAttempt(store, { email: user.email, ip: facts.ip }, facts.now);
  if (attempt.lockedUntil) {
    throw new AppError('rate-limited', 'too many wrong passwords; try again later');
  }
  if (!(await verifyPassword(password, user.password_hash))) {
    await attempt.fail();
    throw new AppError('unauthenticated', 'the password is not right');
  }
  await attempt.succeed();
  forgetRememberedSessions(store);
  // One transaction: a crash leaves the member and their data whole, or erased.
  await deleteAccountData(store, accountId, async (trx) => {
    await deleteUser(trx, member.id);
    await deleteDataAccount(trx, accountId);
    await deleteLoginFailures(trx, `email:${user.email}`);
    await deleteInvitationsFor(trx, user.email);
    // The log keeps that the events happened, under the former user id, not the email.
    await forgetAuditDetails(trx, [user.email, `member ${user.email}`]);
    await recordAudit(trx, 'account-deleted', facts, { actor: member.id, subject: member.id });
  });
  // Again after the erasure: a request that came in meanwhile may have remembered a session.
  forgetRememberedSessions(store);
}
