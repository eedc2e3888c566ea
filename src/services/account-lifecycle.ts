/**
 * The account lifecycle in server mode: changing a password, a one-time reset link the
 * administrator issues, disabling, enabling and removing users, withdrawing an invitation,
 * and a person's own list of sessions with "sign out everywhere else". Each change is written
 * to the audit log; removing a user erases their data in one transaction, and the log keeps of
 * them no email and no address (accounts-store.ts, forgetAuditPersonalData).
 */
import { AppError } from '../core/app-error.js';
import {
  claimPasswordReset,
  deleteDataAccount,
  deleteInvitationsFor,
  deleteLoginFailuresForEmail,
  deleteOpenInvitation,
  deleteOpenPasswordResets,
  deleteOtherUserSessions,
  deleteUser,
  deleteUserSession,
  findOpenPasswordReset,
  findUserByEmail,
  findUserById,
  forgetAuditPersonalData,
  insertPasswordReset,
  listUserSessions,
  setUserDisabled,
  updatePasswordHash,
  type UserRow,
} from '../store/accounts-store.js';
import type { Db, Store } from '../store/open-store.js';
import type { UserRole } from '../store/schema.js';
import { deleteAccountData } from './account-data.js';
import {
  describeThrottle,
  forgetRememberedSessions,
  recordAudit,
  requireAdministrator,
  startSession,
  inviteUser,
  normaliseSignInEmail,
  type AccountSettings,
  type ActiveSession,
  type CreatedInvitation,
  type NewSession,
  type RequestFacts,
  type SignedInUser,
} from './accounts-service.js';
import { countSignInAttempt } from './login-throttle.js';
import {
  checkNewPassword,
  DEFAULT_SCRYPT_COST,
  hashPassword,
  verifyPassword,
} from './password-hash.js';
import { createSecretToken, hashSecretToken, isTokenShaped } from './secret-tokens.js';

// Design choice: a day is long enough for the administrator to pass the link on and short
// enough that a forgotten link is soon worthless (OWASP Forgot Password Cheat Sheet: reset
// tokens expire after a suitable period and work once).
export const PASSWORD_RESET_LIFETIME_MS = 24 * 60 * 60_000;

const INVALID_RESET = 'this reset link is not valid: it expired or was used (ask for a new one)';

function parseId(value: unknown, what: string): number {
  const id = typeof value === 'string' && /^\d{1,9}$/.test(value) ? Number(value) : value;
  if (typeof id !== 'number' || !Number.isInteger(id) || id < 1) {
    throw new AppError('usage', `${what} is a numeric id`);
  }
  return id;
}

function contextWords(email: string): string[] {
  return [email, email.split('@')[0] ?? ''];
}

/**
 * Checks the signed-in person's password again before a sensitive change (OWASP Authentication
 * Cheat Sheet, "Reauthentication"); wrong passwords count against sign-in, so a stolen session
 * cannot guess its way on.
 */
export async function confirmPassword(
  store: Store,
  user: SignedInUser,
  password: unknown,
  facts: RequestFacts,
): Promise<UserRow> {
  if (typeof password !== 'string') throw new AppError('usage', 'confirm with your password');
  const row = await findUserById(store.db, user.id);
  if (!row) throw new AppError('unauthenticated', 'you are signed out');
  const attempt = await countSignInAttempt(store, { email: row.email, ip: facts.ip }, facts.now);
  if (attempt.retryAt) throw new AppError('rate-limited', describeThrottle(attempt, facts.now));
  if (!(await verifyPassword(password, row.password_hash))) {
    throw new AppError('unauthenticated', 'the password is not right');
  }
  await attempt.succeed();
  return row;
}

/** A new password for the signed-in person: the current one first; every other session ends. */
export async function changePassword(
  store: Store,
  session: ActiveSession,
  input: { currentPassword: unknown; newPassword: unknown },
  facts: RequestFacts,
  settings: AccountSettings = {},
): Promise<void> {
  const row = await confirmPassword(store, session.user, input.currentPassword, facts);
  if (typeof input.newPassword !== 'string')
    throw new AppError('usage', 'newPassword must be text');
  checkNewPassword(input.newPassword, contextWords(row.email));
  if (await verifyPassword(input.newPassword, row.password_hash)) {
    throw new AppError('invalid-input', 'choose a password other than the current one');
  }
  const hash = await hashPassword(input.newPassword, settings.passwordCost ?? DEFAULT_SCRYPT_COST);
  await store.db.transaction().execute(async (trx) => {
    await updatePasswordHash(trx, row.id, hash);
    await deleteOtherUserSessions(trx, row.id, session.idHash);
    await deleteOpenPasswordResets(trx, row.id);
    await recordAudit(trx, 'password-changed', facts, { actor: row.id, subject: row.id });
  });
  forgetRememberedSessions(store);
}

async function requireOtherUser(
  store: Store,
  admin: SignedInUser,
  userId: unknown,
): Promise<UserRow> {
  requireAdministrator(admin);
  const id = parseId(userId, 'the user');
  if (id === admin.id) {
    throw new AppError('conflict', 'this is your own account; use your own account page');
  }
  const user = await findUserById(store.db, id);
  if (!user) throw new AppError('not-found', 'no such user');
  return user;
}

export interface IssuedReset {
  /** Shown once to the administrator, inside the link; only its hash is kept. */
  token: string;
  email: string;
  expiresAt: Date;
}

/**
 * A one-time link that lets a user set a new password, for the administrator to pass on (a
 * member who forgot theirs). An earlier unused link of the user stops working.
 */
export async function issuePasswordReset(
  store: Store,
  admin: SignedInUser,
  userId: unknown,
  facts: RequestFacts,
): Promise<IssuedReset> {
  const user = await requireOtherUser(store, admin, userId);
  return issueResetFor(store, admin, user, facts);
}

/** The reset link for a user the caller already checked (also re-invitation: inviteUser). */
export async function issueResetFor(
  store: Store | { db: Db },
  admin: SignedInUser,
  user: UserRow,
  facts: RequestFacts,
): Promise<IssuedReset> {
  const token = createSecretToken();
  const expiresAt = new Date(facts.now.getTime() + PASSWORD_RESET_LIFETIME_MS);
  await deleteOpenPasswordResets(store.db, user.id);
  await insertPasswordReset(store.db, {
    tokenHash: hashSecretToken(token),
    userId: user.id,
    createdBy: admin.id,
    at: facts.now.toISOString(),
    expiresAt: expiresAt.toISOString(),
  });
  await recordAudit(store.db, 'password-reset-issued', facts, {
    actor: admin.id,
    subject: user.id,
  });
  return { token, email: user.email, expiresAt };
}

/** What the reset page shows before the person chooses a password. */
export async function describePasswordReset(
  store: Store,
  token: string,
  now: Date,
): Promise<{ email: string; name: string }> {
  const found = isTokenShaped(token)
    ? await findOpenPasswordReset(store.db, hashSecretToken(token), now.toISOString())
    : undefined;
  if (!found) throw new AppError('not-found', INVALID_RESET);
  return { email: found.user.email, name: found.user.display_name };
}

/**
 * Sets the new password a reset link allows, once; every session of the user ends and the person
 * is signed in afresh. A disabled user's link does nothing until they are enabled again.
 */
export async function completePasswordReset(
  store: Store,
  token: string,
  input: { password: unknown; replacedSessionId?: string; deviceToken?: string },
  facts: RequestFacts,
  settings: AccountSettings = {},
): Promise<NewSession> {
  const { email } = await describePasswordReset(store, token, facts.now);
  if (typeof input.password !== 'string') throw new AppError('usage', 'password must be text');
  checkNewPassword(input.password, contextWords(email));
  const hash = await hashPassword(input.password, settings.passwordCost ?? DEFAULT_SCRYPT_COST);
  const at = facts.now.toISOString();
  const user = await store.db.transaction().execute(async (trx) => {
    const found = await findOpenPasswordReset(trx, hashSecretToken(token), at);
    if (!found || !(await claimPasswordReset(trx, found.id, at))) {
      throw new AppError('not-found', INVALID_RESET);
    }
    if (found.user.disabled_at !== null) {
      throw new AppError('forbidden', 'this account is disabled; ask your administrator');
    }
    await updatePasswordHash(trx, found.user.id, hash);
    await deleteOtherUserSessions(trx, found.user.id, undefined);
    await deleteLoginFailuresForEmail(trx, found.user.email);
    await recordAudit(trx, 'password-reset', facts, {
      actor: found.user.id,
      subject: found.user.id,
    });
    return { ...found.user, password_hash: hash };
  });
  forgetRememberedSessions(store);
  return startSession(store, user, facts, input.replacedSessionId, input.deviceToken);
}

/** Disables (no sign-in, every session ended) or enables a user other than the administrator. */
export async function setUserEnabled(
  store: Store,
  admin: SignedInUser,
  userId: unknown,
  enabled: boolean,
  facts: RequestFacts,
): Promise<{ id: number; disabled: boolean }> {
  const user = await requireOtherUser(store, admin, userId);
  await store.db.transaction().execute(async (trx) => {
    await setUserDisabled(trx, user.id, enabled ? null : facts.now.toISOString());
    if (!enabled) await deleteOtherUserSessions(trx, user.id, undefined);
    await recordAudit(trx, enabled ? 'user-enabled' : 'user-disabled', facts, {
      actor: admin.id,
      subject: user.id,
    });
  });
  forgetRememberedSessions(store);
  return { id: user.id, disabled: !enabled };
}

/**
 * Erases a user and, for a member, all their data, in one transaction: a crash leaves them whole
 * or gone. The log keeps that their events happened, under the former user id, with no email
 * and no address.
 */
export async function eraseUser(
  store: Store,
  user: UserRow,
  facts: RequestFacts,
  entry: { actor: number; event: 'account-deleted' | 'user-removed' },
): Promise<void> {
  forgetRememberedSessions(store);
  const alsoErase = async (trx: Db) => {
    await deleteUser(trx, user.id);
    if (user.account_id !== null) await deleteDataAccount(trx, user.account_id);
    await deleteLoginFailuresForEmail(trx, user.email);
    await deleteInvitationsFor(trx, user.email);
    await forgetAuditPersonalData(trx, user.id, [
      user.email,
      `member ${user.email}`,
      `coach ${user.email}`,
    ]);
    await recordAudit(
      trx,
      entry.event,
      { ...facts, ip: entry.event === 'account-deleted' ? '' : facts.ip },
      {
        actor: entry.actor,
        subject: user.id,
      },
    );
  };
  if (user.account_id !== null) await deleteAccountData(store, user.account_id, alsoErase);
  else await store.db.transaction().execute(alsoErase);
  // Again after the erasure: a request that came in meanwhile may have remembered a session.
  forgetRememberedSessions(store);
}

/** The administrator removes a member or a coach, and with a member all their data. */
export async function removeUser(
  store: Store,
  admin: SignedInUser,
  userId: unknown,
  facts: RequestFacts,
): Promise<void> {
  const user = await requireOtherUser(store, admin, userId);
  await eraseUser(store, user, facts, { actor: admin.id, event: 'user-removed' });
}

/** Withdraws an invitation nobody accepted yet; its link stops working at once. */
export async function withdrawInvitation(
  store: Store,
  admin: SignedInUser,
  invitationId: unknown,
  facts: RequestFacts,
): Promise<void> {
  requireAdministrator(admin);
  const id = parseId(invitationId, 'the invitation');
  const withdrawn = await deleteOpenInvitation(store.db, id);
  if (!withdrawn) throw new AppError('not-found', 'no open invitation with that id');
  await recordAudit(store.db, 'invitation-withdrawn', facts, {
    actor: admin.id,
    detail: `${withdrawn.role} ${withdrawn.email}`,
  });
}

export interface SessionListing {
  /** A short handle for ending the session (the start of the stored hash; never the cookie). */
  id: string;
  createdAt: string;
  lastSeenAt: string;
  expiresAt: string;
  ip: string;
  userAgent: string;
  current: boolean;
}

const HANDLE_LENGTH = 16;

/** The signed-in person's sessions, this one marked. */
export async function listOwnSessions(
  store: Store,
  session: ActiveSession,
): Promise<SessionListing[]> {
  return (await listUserSessions(store.db, session.user.id)).map((s) => ({
    id: s.idHash.slice(0, HANDLE_LENGTH),
    createdAt: s.createdAt,
    lastSeenAt: s.lastSeenAt,
    expiresAt: s.expiresAt,
    ip: s.ip,
    userAgent: s.userAgent,
    current: s.idHash === session.idHash,
  }));
}

/** Ends one of the signed-in person's own sessions, named by its handle. */
export async function endOwnSession(
  store: Store,
  session: ActiveSession,
  handle: string,
  facts: RequestFacts,
): Promise<void> {
  const sessions = await listUserSessions(store.db, session.user.id);
  const target = /^[0-9a-f]{16}$/.test(handle)
    ? sessions.find((s) => s.idHash.startsWith(handle))
    : undefined;
  if (!target || !(await deleteUserSession(store.db, session.user.id, target.idHash))) {
    throw new AppError('not-found', 'no such session of yours');
  }
  forgetRememberedSessions(store);
  await recordAudit(store.db, 'sessions-ended', facts, { actor: session.user.id, detail: '1' });
}

/** "Sign out everywhere else": every session of the person but this one ends. */
export async function endOtherSessions(
  store: Store,
  session: ActiveSession,
  facts: RequestFacts,
): Promise<{ ended: number }> {
  const before = await listUserSessions(store.db, session.user.id);
  await deleteOtherUserSessions(store.db, session.user.id, session.idHash);
  forgetRememberedSessions(store);
  const ended = before.filter((s) => s.idHash !== session.idHash).length;
  await recordAudit(store.db, 'sessions-ended', facts, {
    actor: session.user.id,
    detail: String(ended),
  });
  return { ended };
}

export type InvitationOrReset =
  | ({ kind: 'invitation' } & CreatedInvitation)
  | { kind: 'password-reset'; token: string; role: UserRole; email: string; expiresAt: Date };

/**
 * Inviting an email that already has an account of that role gives a password reset link
 * instead, so a person who forgot their password gets back in; of another role, a conflict.
 */
export async function inviteOrReset(
  store: Store,
  admin: SignedInUser,
  input: { role: unknown; email: unknown },
  facts: RequestFacts,
): Promise<InvitationOrReset> {
  requireAdministrator(admin);
  const email = typeof input.email === 'string' ? normaliseSignInEmail(input.email) : '';
  const existing = email !== '' ? await findUserByEmail(store.db, email) : undefined;
  if (!existing) return { kind: 'invitation', ...(await inviteUser(store, admin, input, facts)) };
  if (existing.role !== input.role) {
    throw new AppError('conflict', `${email} already has an account as ${existing.role}`);
  }
  if (existing.id === admin.id) {
    throw new AppError('conflict', 'this is your own account; use your own account page');
  }
  const reset = await issueResetFor(store, admin, existing, facts);
  return { kind: 'password-reset', ...reset, role: existing.role };
}
