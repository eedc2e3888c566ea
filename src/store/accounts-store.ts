/**
 * Server mode's users and permissions (issue 9; migration 2026-11-28-accounts): the
 * organisation, users, invitation links, sessions, consents, the audit log and failed sign-ins.
 * Each function takes `db` (or a transaction) first and is scoped by what it is about: a
 * user's id, a session's hash, a member's account or a coach's id. The administrator's listings
 * span the one organisation a server holds. Nothing here reads contact data.
 */
import type { Insertable, Kysely, Selectable } from 'kysely';
import type {
  AuditLogTable,
  Database,
  SessionsTable,
  UserInvitationsTable,
  UserRole,
  UsersTable,
} from './schema.js';

type Db = Kysely<Database>;

export type UserRow = Selectable<UsersTable>;
export type InvitationRow = Selectable<UserInvitationsTable>;
export type SessionRow = Selectable<SessionsTable>;

/* Organisation */

export async function findOrganisation(
  db: Db,
): Promise<{ name: string; createdAt: string } | undefined> {
  const row = await db
    .selectFrom('organisation')
    .select(['name', 'created_at'])
    .orderBy('id')
    .limit(1)
    .executeTakeFirst();
  return row ? { name: row.name, createdAt: row.created_at } : undefined;
}

export async function renameOrganisation(db: Db, name: string): Promise<void> {
  await db.updateTable('organisation').set({ name }).execute();
}

export async function insertOrganisation(db: Db, name: string, at: string): Promise<void> {
  await db.insertInto('organisation').values({ name, created_at: at }).execute();
}

/* Users */

export async function hasAdministrator(db: Db): Promise<boolean> {
  const row = await db
    .selectFrom('users')
    .select('id')
    .where('role', '=', 'administrator')
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

/** A member's own data account (the `accounts` row every user-data table points at). */
export async function insertDataAccount(db: Db, name: string, at: string): Promise<number> {
  const row = await db
    .insertInto('accounts')
    .values({ name, created_at: at })
    .returning('id')
    .executeTakeFirstOrThrow();
  return Number(row.id);
}

export async function insertUser(db: Db, user: Insertable<UsersTable>): Promise<number> {
  const row = await db.insertInto('users').values(user).returning('id').executeTakeFirstOrThrow();
  return Number(row.id);
}

export async function findUserByEmail(db: Db, email: string): Promise<UserRow | undefined> {
  return db.selectFrom('users').selectAll().where('email', '=', email).executeTakeFirst();
}

export async function findUserById(db: Db, userId: number): Promise<UserRow | undefined> {
  return db.selectFrom('users').selectAll().where('id', '=', userId).executeTakeFirst();
}

export async function recordSignIn(db: Db, userId: number, at: string): Promise<void> {
  await db.updateTable('users').set({ last_sign_in_at: at }).where('id', '=', userId).execute();
}

export interface UserSummary {
  id: number;
  name: string;
  email: string;
  role: UserRole;
  createdAt: string;
  lastSignInAt: string | null;
  /** Set while an administrator has disabled the user. */
  disabledAt: string | null;
  /** Members only: how many coaches the member currently shares progress with. */
  coachesSharedWith: number;
}

/** The organisation's users for the administrator: who and what role, never their data. */
export async function listUsers(db: Db): Promise<UserSummary[]> {
  const rows = await db
    .selectFrom('users')
    .leftJoin('consents', (join) =>
      join
        .onRef('consents.account_id', '=', 'users.account_id')
        .on('consents.revoked_at', 'is', null),
    )
    .select((eb) => [
      'users.id',
      'users.display_name',
      'users.email',
      'users.role',
      'users.created_at',
      'users.last_sign_in_at',
      'users.disabled_at',
      eb.fn.count<number>('consents.id').as('shared'),
    ])
    .groupBy([
      'users.id',
      'users.display_name',
      'users.email',
      'users.role',
      'users.created_at',
      'users.last_sign_in_at',
      'users.disabled_at',
    ])
    .orderBy('users.role')
    .orderBy('users.display_name')
    .orderBy('users.id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    name: r.display_name,
    email: r.email,
    role: r.role,
    createdAt: r.created_at,
    lastSignInAt: r.last_sign_in_at,
    disabledAt: r.disabled_at,
    coachesSharedWith: Number(r.shared),
  }));
}

export async function listCoaches(db: Db): Promise<{ id: number; name: string }[]> {
  const rows = await db
    .selectFrom('users')
    .select(['id', 'display_name'])
    .where('role', '=', 'coach')
    .orderBy('display_name')
    .orderBy('id')
    .execute();
  return rows.map((r) => ({ id: r.id, name: r.display_name }));
}

/** Deletes one user (their sessions and the consents given to them go with them). */
export async function deleteUser(db: Db, userId: number): Promise<void> {
  await db.deleteFrom('users').where('id', '=', userId).execute();
}

/** Deletes a member's data account row; every user-data table cascades from it. */
export async function deleteDataAccount(db: Db, accountId: number): Promise<void> {
  await db.deleteFrom('accounts').where('id', '=', accountId).execute();
}

/* Invitation links */

export async function insertInvitation(
  db: Db,
  invitation: Insertable<UserInvitationsTable>,
): Promise<number> {
  const row = await db
    .insertInto('user_invitations')
    .values(invitation)
    .returning('id')
    .executeTakeFirstOrThrow();
  return Number(row.id);
}

/** Erasing a person erases the invitations made out to their email, used or not. */
export async function deleteInvitationsFor(db: Db, email: string): Promise<void> {
  await db.deleteFrom('user_invitations').where('email', '=', email).execute();
}

/** The invitation a token hash names, if it is neither used nor expired at `at`. */
export async function findOpenInvitation(
  db: Db,
  tokenHash: string,
  at: string,
): Promise<InvitationRow | undefined> {
  return db
    .selectFrom('user_invitations')
    .selectAll()
    .where('token_hash', '=', tokenHash)
    .where('accepted_at', 'is', null)
    .where('expires_at', '>', at)
    .executeTakeFirst();
}

/**
 * Marks an invitation used by `userId`; false when another request used it first or it expired
 * meanwhile (the condition and the write are one statement, so a link works once).
 */
export async function claimInvitation(
  db: Db,
  invitationId: number,
  userId: number,
  at: string,
): Promise<boolean> {
  const result = await db
    .updateTable('user_invitations')
    .set({ accepted_at: at, accepted_user_id: userId })
    .where('id', '=', invitationId)
    .where('accepted_at', 'is', null)
    .where('expires_at', '>', at)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Withdraws every unused setup link (a new start prints a fresh one). */
export async function deleteUnusedSetupLinks(db: Db): Promise<void> {
  await db
    .deleteFrom('user_invitations')
    .where('role', '=', 'administrator')
    .where('accepted_at', 'is', null)
    .execute();
}

export interface InvitationSummary {
  id: number;
  role: UserRole;
  email: string;
  createdAt: string;
  expiresAt: string;
  acceptedAt: string | null;
}

/** Member and coach invitations, newest first (never their tokens, which are not stored). */
export async function listInvitations(db: Db, limit: number): Promise<InvitationSummary[]> {
  const rows = await db
    .selectFrom('user_invitations')
    .select(['id', 'role', 'email', 'created_at', 'expires_at', 'accepted_at'])
    .where('role', '!=', 'administrator')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    role: r.role,
    email: r.email,
    createdAt: r.created_at,
    expiresAt: r.expires_at,
    acceptedAt: r.accepted_at,
  }));
}

/** Whether an unused, unexpired invitation already names this email. */
export async function hasOpenInvitationFor(db: Db, email: string, at: string): Promise<boolean> {
  const row = await db
    .selectFrom('user_invitations')
    .select('id')
    .where('email', '=', email)
    .where('accepted_at', 'is', null)
    .where('expires_at', '>', at)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

/* Sessions */

export async function insertSession(db: Db, session: Insertable<SessionsTable>): Promise<void> {
  await db.insertInto('sessions').values(session).execute();
}

/** The session a hash names and its user, whatever its expiry (the caller checks the clock). */
export async function findSession(
  db: Db,
  idHash: string,
): Promise<{ session: SessionRow; user: UserRow } | undefined> {
  const session = await db
    .selectFrom('sessions')
    .selectAll()
    .where('id_hash', '=', idHash)
    .executeTakeFirst();
  if (!session) return undefined;
  const user = await findUserById(db, session.user_id);
  return user ? { session, user } : undefined;
}

export async function touchSession(db: Db, idHash: string, at: string): Promise<void> {
  await db
    .updateTable('sessions')
    .set({ last_seen_at: at })
    .where('id_hash', '=', idHash)
    .execute();
}

export async function deleteSession(db: Db, idHash: string): Promise<void> {
  await db.deleteFrom('sessions').where('id_hash', '=', idHash).execute();
}

export async function deleteUserSessions(db: Db, userId: number): Promise<void> {
  await db.deleteFrom('sessions').where('user_id', '=', userId).execute();
}

/** Forgets sessions past their absolute end or idle since before `idleBefore`. */
export async function deleteExpiredSessions(db: Db, at: string, idleBefore: string): Promise<void> {
  await db
    .deleteFrom('sessions')
    .where((eb) => eb.or([eb('expires_at', '<=', at), eb('last_seen_at', '<', idleBefore)]))
    .execute();
}

/* Consents: a member (by data account) to a coach (by user id) */

export async function hasCurrentConsent(
  db: Db,
  accountId: number,
  coachUserId: number,
): Promise<boolean> {
  const row = await db
    .selectFrom('consents')
    .select('id')
    .where('account_id', '=', accountId)
    .where('coach_user_id', '=', coachUserId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return row !== undefined;
}

export async function insertConsent(
  db: Db,
  accountId: number,
  coachUserId: number,
  at: string,
): Promise<void> {
  await db
    .insertInto('consents')
    .values({ account_id: accountId, coach_user_id: coachUserId, granted_at: at, revoked_at: null })
    .execute();
}

/** Ends the member's current consent to a coach; false when there was none. */
export async function revokeConsent(
  db: Db,
  accountId: number,
  coachUserId: number,
  at: string,
): Promise<boolean> {
  const result = await db
    .updateTable('consents')
    .set({ revoked_at: at })
    .where('account_id', '=', accountId)
    .where('coach_user_id', '=', coachUserId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** The coaches a member currently shares progress with. */
export async function listConsentsOfAccount(
  db: Db,
  accountId: number,
): Promise<{ coachId: number; coachName: string; grantedAt: string }[]> {
  const rows = await db
    .selectFrom('consents')
    .innerJoin('users', 'users.id', 'consents.coach_user_id')
    .select(['users.id', 'users.display_name', 'consents.granted_at'])
    .where('consents.account_id', '=', accountId)
    .where('consents.revoked_at', 'is', null)
    .where('users.role', '=', 'coach')
    .orderBy('users.display_name')
    .orderBy('users.id')
    .execute();
  return rows.map((r) => ({ coachId: r.id, coachName: r.display_name, grantedAt: r.granted_at }));
}

export interface ConsentingMember {
  userId: number;
  name: string;
  accountId: number;
  grantedAt: string;
}

/** The members whose consent to this coach is current. */
export async function listMembersConsentingTo(
  db: Db,
  coachUserId: number,
): Promise<ConsentingMember[]> {
  const rows = await db
    .selectFrom('consents')
    .innerJoin('users', 'users.account_id', 'consents.account_id')
    .select(['users.id', 'users.display_name', 'consents.account_id', 'consents.granted_at'])
    .where('consents.coach_user_id', '=', coachUserId)
    .where('consents.revoked_at', 'is', null)
    .where('users.role', '=', 'member')
    .orderBy('users.display_name')
    .orderBy('users.id')
    .execute();
  return rows.map((r) => ({
    userId: r.id,
    name: r.display_name,
    accountId: r.account_id,
    grantedAt: r.granted_at,
  }));
}

/** One member, if and only if their consent to this coach is current. */
export async function findMemberConsentingTo(
  db: Db,
  coachUserId: number,
  memberUserId: number,
): Promise<ConsentingMember | undefined> {
  const row = await db
    .selectFrom('consents')
    .innerJoin('users', 'users.account_id', 'consents.account_id')
    .select(['users.id', 'users.display_name', 'consents.account_id', 'consents.granted_at'])
    .where('consents.coach_user_id', '=', coachUserId)
    .where('consents.revoked_at', 'is', null)
    .where('users.id', '=', memberUserId)
    .where('users.role', '=', 'member')
    .executeTakeFirst();
  return row
    ? {
        userId: row.id,
        name: row.display_name,
        accountId: row.account_id,
        grantedAt: row.granted_at,
      }
    : undefined;
}

/** The data accounts of members who currently share progress with at least one coach. */
export async function listAccountsConsentingToAnyCoach(db: Db): Promise<number[]> {
  const rows = await db
    .selectFrom('consents')
    .innerJoin('users', 'users.id', 'consents.coach_user_id')
    .select('consents.account_id')
    .distinct()
    .where('consents.revoked_at', 'is', null)
    .where('users.role', '=', 'coach')
    .orderBy('consents.account_id')
    .execute();
  return rows.map((r) => r.account_id);
}

/* Audit log */

export async function appendAuditEntry(db: Db, entry: Insertable<AuditLogTable>): Promise<void> {
  await db.insertInto('audit_log').values(entry).execute();
}

export interface AuditEntry {
  id: number;
  at: string;
  event: string;
  actorUserId: number | null;
  actorName: string | null;
  subjectUserId: number | null;
  subjectName: string | null;
  ip: string;
  detail: string;
}

/** The newest entries first, `limit` of them, older than `beforeId` when given (paging). */
export async function listAuditEntries(
  db: Db,
  options: { limit: number; beforeId?: number },
): Promise<AuditEntry[]> {
  let query = db
    .selectFrom('audit_log')
    .leftJoin('users as actor', 'actor.id', 'audit_log.actor_user_id')
    .leftJoin('users as subject', 'subject.id', 'audit_log.subject_user_id')
    .select([
      'audit_log.id',
      'audit_log.at',
      'audit_log.event',
      'audit_log.actor_user_id',
      'actor.display_name as actor_name',
      'audit_log.subject_user_id',
      'subject.display_name as subject_name',
      'audit_log.ip',
      'audit_log.detail',
    ])
    .orderBy('audit_log.id', 'desc')
    .limit(options.limit);
  if (options.beforeId !== undefined) query = query.where('audit_log.id', '<', options.beforeId);
  const rows = await query.execute();
  return rows.map((r) => ({
    id: r.id,
    at: r.at,
    event: r.event,
    actorUserId: r.actor_user_id,
    actorName: r.actor_name,
    subjectUserId: r.subject_user_id,
    subjectName: r.subject_name,
    ip: r.ip,
    detail: r.detail,
  }));
}

/** Blanks the detail of entries that hold one of these texts (the events stay). */
export async function forgetAuditDetails(db: Db, details: string[]): Promise<void> {
  if (details.length === 0) return;
  await db.updateTable('audit_log').set({ detail: '' }).where('detail', 'in', details).execute();
}

/**
 * After a user is erased: their entries keep the event, the time and the former user id, but
 * no address and no text that names them (`details`: their email as the log wrote it).
 */
export async function forgetAuditPersonalData(
  db: Db,
  userId: number,
  details: string[],
): Promise<void> {
  await db
    .updateTable('audit_log')
    .set({ detail: '', ip: '' })
    .where((eb) =>
      eb.or([
        eb('actor_user_id', '=', userId),
        eb('subject_user_id', '=', userId),
        ...(details.length > 0 ? [eb('detail', 'in', details)] : []),
      ]),
    )
    .execute();
}

/* Failed sign-ins */

/** Counts an attempt under `key` before its password is checked; returns its row id. */
export async function insertLoginFailure(db: Db, key: string, at: string): Promise<number> {
  const row = await db
    .insertInto('login_failures')
    .values({ key, at })
    .returning('id')
    .executeTakeFirstOrThrow();
  return Number(row.id);
}

export async function deleteLoginFailureRows(db: Db, ids: number[]): Promise<void> {
  if (ids.length === 0) return;
  await db.deleteFrom('login_failures').where('id', 'in', ids).execute();
}

export async function countLoginFailures(db: Db, key: string, since: string): Promise<number> {
  const row = await db
    .selectFrom('login_failures')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('key', '=', key)
    .where('at', '>', since)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** The time of the oldest failure still inside the window, to say when a lock ends. */
export async function findOldestLoginFailure(
  db: Db,
  key: string,
  since: string,
): Promise<string | undefined> {
  const row = await db
    .selectFrom('login_failures')
    .select('at')
    .where('key', '=', key)
    .where('at', '>', since)
    .orderBy('at')
    .limit(1)
    .executeTakeFirst();
  return row?.at;
}

export async function deleteLoginFailures(db: Db, key: string): Promise<void> {
  await db.deleteFrom('login_failures').where('key', '=', key).execute();
}

/** The newest failure under `key` after `since`, leaving out the rows `exceptIds` name. */
export async function findLatestLoginFailure(
  db: Db,
  key: string,
  since: string,
  exceptIds: number[],
): Promise<string | undefined> {
  let query = db
    .selectFrom('login_failures')
    .select('at')
    .where('key', '=', key)
    .where('at', '>', since);
  if (exceptIds.length > 0) query = query.where('id', 'not in', exceptIds);
  const row = await query.orderBy('at', 'desc').limit(1).executeTakeFirst();
  return row?.at;
}

/**
 * Forgets every failure counted against an email (its account key and its pairs with any
 * address): the person was erased. A key range, not LIKE, so no character of the email is a
 * wildcard (a pair key is `pair:<email> <address>` and an email holds no space).
 */
export async function deleteLoginFailuresForEmail(db: Db, email: string): Promise<void> {
  await db
    .deleteFrom('login_failures')
    .where((eb) =>
      eb.or([
        eb('key', '=', `account:${email}`),
        eb.and([eb('key', '>=', `pair:${email} `), eb('key', '<', `pair:${email}!`)]),
      ]),
    )
    .execute();
}

export async function deleteLoginFailuresBefore(db: Db, before: string): Promise<void> {
  await db.deleteFrom('login_failures').where('at', '<=', before).execute();
}

/* Known devices (device cookies) */

export async function insertKnownDevice(
  db: Db,
  device: { tokenHash: string; userId: number; at: string },
): Promise<void> {
  await db
    .insertInto('known_devices')
    .values({
      token_hash: device.tokenHash,
      user_id: device.userId,
      created_at: device.at,
      last_used_at: device.at,
    })
    .execute();
}

/** Whether the device cookie's hash names a device this user signed in from. */
export async function isKnownDevice(db: Db, tokenHash: string, userId: number): Promise<boolean> {
  const row = await db
    .selectFrom('known_devices')
    .select('user_id')
    .where('token_hash', '=', tokenHash)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return row !== undefined;
}

export async function touchKnownDevice(db: Db, tokenHash: string, at: string): Promise<void> {
  await db
    .updateTable('known_devices')
    .set({ last_used_at: at })
    .where('token_hash', '=', tokenHash)
    .execute();
}

/** Forgets devices unused since `before` (design choice in accounts-service.ts). */
export async function deleteStaleKnownDevices(db: Db, before: string): Promise<void> {
  await db.deleteFrom('known_devices').where('last_used_at', '<', before).execute();
}

/* The lifecycle: disabling, passwords, resets, sessions, invitations */

export async function setUserDisabled(
  db: Db,
  userId: number,
  disabledAt: string | null,
): Promise<boolean> {
  const result = await db
    .updateTable('users')
    .set({ disabled_at: disabledAt })
    .where('id', '=', userId)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function updatePasswordHash(
  db: Db,
  userId: number,
  passwordHash: string,
): Promise<void> {
  await db
    .updateTable('users')
    .set({ password_hash: passwordHash })
    .where('id', '=', userId)
    .execute();
}

export interface SessionSummary {
  idHash: string;
  createdAt: string;
  lastSeenAt: string;
  expiresAt: string;
  ip: string;
  userAgent: string;
}

/** A user's sessions, the most recently used first. */
export async function listUserSessions(db: Db, userId: number): Promise<SessionSummary[]> {
  const rows = await db
    .selectFrom('sessions')
    .select(['id_hash', 'created_at', 'last_seen_at', 'expires_at', 'ip', 'user_agent'])
    .where('user_id', '=', userId)
    .orderBy('last_seen_at', 'desc')
    .orderBy('id_hash')
    .execute();
  return rows.map((r) => ({
    idHash: r.id_hash,
    createdAt: r.created_at,
    lastSeenAt: r.last_seen_at,
    expiresAt: r.expires_at,
    ip: r.ip,
    userAgent: r.user_agent,
  }));
}

/** Ends every session of the user but `keepIdHash` (the one asking), if given. */
export async function deleteOtherUserSessions(
  db: Db,
  userId: number,
  keepIdHash: string | undefined,
): Promise<void> {
  let query = db.deleteFrom('sessions').where('user_id', '=', userId);
  if (keepIdHash !== undefined) query = query.where('id_hash', '!=', keepIdHash);
  await query.execute();
}

/** Ends one session of the user; false when the user has no such session. */
export async function deleteUserSession(db: Db, userId: number, idHash: string): Promise<boolean> {
  const result = await db
    .deleteFrom('sessions')
    .where('user_id', '=', userId)
    .where('id_hash', '=', idHash)
    .executeTakeFirst();
  return Number(result.numDeletedRows) === 1;
}

export async function insertPasswordReset(
  db: Db,
  reset: {
    tokenHash: string;
    userId: number;
    createdBy: number | null;
    at: string;
    expiresAt: string;
  },
): Promise<void> {
  await db
    .insertInto('password_resets')
    .values({
      token_hash: reset.tokenHash,
      user_id: reset.userId,
      created_by: reset.createdBy,
      created_at: reset.at,
      expires_at: reset.expiresAt,
      used_at: null,
    })
    .execute();
}

/** Withdraws the user's unused reset links (a new one replaces them). */
export async function deleteOpenPasswordResets(db: Db, userId: number): Promise<void> {
  await db
    .deleteFrom('password_resets')
    .where('user_id', '=', userId)
    .where('used_at', 'is', null)
    .execute();
}

/** The reset link a token hash names, if unused and unexpired at `at`, and its user. */
export async function findOpenPasswordReset(
  db: Db,
  tokenHash: string,
  at: string,
): Promise<{ id: number; user: UserRow } | undefined> {
  const reset = await db
    .selectFrom('password_resets')
    .select(['id', 'user_id'])
    .where('token_hash', '=', tokenHash)
    .where('used_at', 'is', null)
    .where('expires_at', '>', at)
    .executeTakeFirst();
  if (!reset) return undefined;
  const user = await findUserById(db, reset.user_id);
  return user ? { id: reset.id, user } : undefined;
}

/** Marks a reset link used; false when another request used it first (one statement). */
export async function claimPasswordReset(db: Db, resetId: number, at: string): Promise<boolean> {
  const result = await db
    .updateTable('password_resets')
    .set({ used_at: at })
    .where('id', '=', resetId)
    .where('used_at', 'is', null)
    .where('expires_at', '>', at)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Withdraws an unused member or coach invitation; its email, or undefined when none. */
export async function deleteOpenInvitation(
  db: Db,
  invitationId: number,
): Promise<{ email: string; role: UserRole } | undefined> {
  const row = await db
    .selectFrom('user_invitations')
    .select(['email', 'role'])
    .where('id', '=', invitationId)
    .where('accepted_at', 'is', null)
    .where('role', '!=', 'administrator')
    .executeTakeFirst();
  if (!row) return undefined;
  await db.deleteFrom('user_invitations').where('id', '=', invitationId).execute();
  return row;
}

/** Withdraws every unused invitation made out to an email (a new one replaces them). */
export async function deleteOpenInvitationsFor(db: Db, email: string): Promise<void> {
  await db
    .deleteFrom('user_invitations')
    .where('email', '=', email)
    .where('accepted_at', 'is', null)
    .execute();
}

export async function countAdministrators(db: Db): Promise<number> {
  const row = await db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('role', '=', 'administrator')
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** Everything the log holds of one user's own actions, oldest first (for their export). */
export async function listAuditEntriesByActor(
  db: Db,
  userId: number,
): Promise<{ at: string; event: string; ip: string; detail: string }[]> {
  return db
    .selectFrom('audit_log')
    .select(['at', 'event', 'ip', 'detail'])
    .where('actor_user_id', '=', userId)
    .orderBy('id')
    .execute();
}

/** A user's known devices, without their token hashes (for their export). */
export async function listKnownDevices(
  db: Db,
  userId: number,
): Promise<{ createdAt: string; lastUsedAt: string }[]> {
  const rows = await db
    .selectFrom('known_devices')
    .select(['created_at', 'last_used_at'])
    .where('user_id', '=', userId)
    .orderBy('created_at')
    .execute();
  return rows.map((r) => ({ createdAt: r.created_at, lastUsedAt: r.last_used_at }));
}

/** The consents members gave a coach, current and past: dates and member ids only. */
export async function listConsentsToCoach(
  db: Db,
  coachUserId: number,
): Promise<{ memberAccountId: number; grantedAt: string; revokedAt: string | null }[]> {
  const rows = await db
    .selectFrom('consents')
    .select(['account_id', 'granted_at', 'revoked_at'])
    .where('coach_user_id', '=', coachUserId)
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    memberAccountId: r.account_id,
    grantedAt: r.granted_at,
    revokedAt: r.revoked_at,
  }));
}

/** Whether anyone but this user has an account. */
export async function hasOtherUsers(db: Db, userId: number): Promise<boolean> {
  const row = await db
    .selectFrom('users')
    .select('id')
    .where('id', '!=', userId)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}
