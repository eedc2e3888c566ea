/**
 * Accounts and sessions for server mode (issue 9, "Accounts and sessions"; docs/product.md C10): the
 * first-run setup of the organisation, invitation links for members and coaches, sign-in and
 * sign-out, and the sessions behind the cookie. Every change a person would want to trace later
 * is written to the audit log with its time, actor and client address.
 */
import { AppError } from '../core/app-error.js';
import { stripControlCharacters } from '../core/control-characters.js';
import {
  appendAuditEntry,
  claimInvitation,
  deleteExpiredSessions,
  deleteSession,
  deleteOpenInvitationsFor,
  deleteStaleKnownDevices,
  deleteUnusedSetupLinks,
  findOpenInvitation,
  findOrganisation,
  findSession,
  findUserByEmail,
  hasAdministrator,
  hasOpenInvitationFor,
  insertDataAccount,
  insertInvitation,
  insertKnownDevice,
  isKnownDevice,
  insertOrganisation,
  insertSession,
  insertUser,
  listAuditEntries,
  listInvitations,
  listUsers,
  recordSignIn,
  renameOrganisation,
  touchKnownDevice,
  touchSession,
  type AuditEntry,
  type InvitationSummary,
  type UserRow,
  type UserSummary,
} from '../store/accounts-store.js';
import type { Db, Store } from '../store/open-store.js';
import type { UserRole } from '../store/schema.js';
import { countSignInAttempt, describeWait, type CountedAttempt } from './login-throttle.js';
import {
  checkNewPassword,
  DEFAULT_SCRYPT_COST,
  hashPassword,
  MAX_PASSWORD_LENGTH,
  verifyPassword,
  type ScryptCost,
} from './password-hash.js';
import {
  createSecretToken,
  deriveCsrfToken,
  hashSecretToken,
  isTokenShaped,
} from './secret-tokens.js';

export type { AuditEntry, InvitationSummary, UserRole, UserSummary };

// NIST SP 800-63B (2017) §4.2.3, AAL2: sign in again after 30 minutes without activity and at
// least every 12 hours whatever the activity. A member's contacts are personal data of others.
export const SESSION_IDLE_MS = 30 * 60_000;
export const SESSION_LIFETIME_MS = 12 * 60 * 60_000;
// Activity is written at most once a minute, not on every request (design choice).
const TOUCH_INTERVAL_MS = 60_000;
// Design choices: a week gives an invitee time to act; the setup link is for the person starting
// the server, now, and a restart prints a fresh one.
export const INVITATION_LIFETIME_MS = 7 * 24 * 60 * 60_000;
export const SETUP_LINK_LIFETIME_MS = 24 * 60 * 60_000;
// RFC 5321 §4.5.3.1.3: a path is at most 256 octets, so an address at most 254 characters.
const MAX_EMAIL_LENGTH = 254;
// Design choice: room for any real name, not for an essay.
const MAX_NAME_LENGTH = 120;
const MAX_LISTED = 500;

export type AuditEvent =
  | 'organisation-set-up'
  | 'signed-in'
  | 'sign-in-failed'
  | 'sign-in-locked'
  | 'signed-out'
  | 'invitation-created'
  | 'invitation-accepted'
  | 'consent-granted'
  | 'consent-revoked'
  | 'account-exported'
  | 'account-deleted'
  | 'password-changed'
  | 'password-reset-issued'
  | 'password-reset'
  | 'user-disabled'
  | 'user-enabled'
  | 'user-removed'
  | 'invitation-withdrawn'
  | 'sessions-ended';

/** Who a request acts for. */
export interface SignedInUser {
  id: number;
  email: string;
  name: string;
  role: UserRole;
  /** A member's own data account; null for coaches and the administrator. */
  accountId: number | null;
}

/** A signed-in session as the server sees it on each request. */
export interface ActiveSession {
  user: SignedInUser;
  /** The hash the store keeps (to sign out). */
  idHash: string;
  /** The value every state change must carry in its X-CSRF-Token header. */
  csrfToken: string;
  expiresAt: Date;
}

/** A new session: the cookie's value goes to the browser once and is never stored. */
export interface NewSession extends ActiveSession {
  sessionId: string;
  /** The device cookie's value (login-throttle.ts): this browser is now a known device. */
  deviceToken: string;
}

/** What a request knows of its circumstances: the clock and the client's address. */
export interface RequestFacts {
  now: Date;
  ip: string;
  /** The browser's User-Agent, for the person's list of sessions. */
  userAgent?: string;
}

export interface AccountSettings {
  /** scrypt cost for new passwords; tests lower it. DEFAULT_SCRYPT_COST otherwise. */
  passwordCost?: ScryptCost;
}

/**
 * What an unknown email's password is checked against, so that the answer takes as long as for
 * a known email (OWASP Authentication Cheat Sheet, "Authentication Responses"): the same scrypt
 * work, against a digest no password has.
 */
function decoyHashFor(cost: ScryptCost): string {
  const zeros = (bytes: number) => Buffer.alloc(bytes).toString('base64url');
  return ['scrypt', cost.log2N, cost.r, cost.p, zeros(16), zeros(32)].join('$');
}

function viewUser(row: UserRow): SignedInUser {
  return {
    id: row.id,
    email: row.email,
    name: row.display_name,
    role: row.role,
    accountId: row.account_id,
  };
}

/** Lower-cased and trimmed; the shape is checked where an email is created. */
export function normaliseSignInEmail(text: string): string {
  return text.trim().toLowerCase();
}

function requireEmail(text: unknown): string {
  if (typeof text !== 'string') throw new AppError('usage', 'email must be text');
  const email = normaliseSignInEmail(text);
  if (email.length > MAX_EMAIL_LENGTH || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) {
    throw new AppError('invalid-input', 'give a valid email address');
  }
  return email;
}

function requireName(text: unknown, what: string): string {
  if (typeof text !== 'string') throw new AppError('usage', `${what} must be text`);
  // Control characters have no place in a name shown to others.
  // eslint-disable-next-line no-control-regex
  const name = text.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim();
  if (name === '') throw new AppError('invalid-input', `give ${what}`);
  if ([...name].length > MAX_NAME_LENGTH) {
    throw new AppError('invalid-input', `${what} is limited to ${MAX_NAME_LENGTH} characters`);
  }
  return name;
}

function requirePasswordText(password: unknown): string {
  if (typeof password !== 'string') throw new AppError('usage', 'password must be text');
  return password;
}

export async function recordAudit(
  db: Db,
  event: AuditEvent,
  facts: RequestFacts,
  entry: { actor?: number | null; subject?: number | null; detail?: string } = {},
): Promise<void> {
  await appendAuditEntry(db, {
    at: facts.now.toISOString(),
    event,
    actor_user_id: entry.actor ?? null,
    subject_user_id: entry.subject ?? null,
    ip: facts.ip.slice(0, 64),
    detail: (entry.detail ?? '').slice(0, 300),
  });
}

// Design choice: a browser stays a known device for 180 days after its last sign-in.
export const KNOWN_DEVICE_LIFETIME_MS = 180 * 24 * 60 * 60_000;
// What the session list keeps of a User-Agent (design choice: enough to tell browsers apart).
const MAX_USER_AGENT_LENGTH = 160;

/**
 * The device cookie this browser keeps for the user: the one it sent when it already names one
 * of the user's known devices, else a new one.
 */
async function rememberDevice(
  store: Store,
  userId: number,
  given: string | undefined,
  now: Date,
): Promise<string> {
  const at = now.toISOString();
  await deleteStaleKnownDevices(
    store.db,
    new Date(now.getTime() - KNOWN_DEVICE_LIFETIME_MS).toISOString(),
  );
  if (given !== undefined && isTokenShaped(given)) {
    const hash = hashSecretToken(given);
    if (await isKnownDevice(store.db, hash, userId)) {
      await touchKnownDevice(store.db, hash, at);
      return given;
    }
  }
  const token = createSecretToken();
  await insertKnownDevice(store.db, { tokenHash: hashSecretToken(token), userId, at });
  return token;
}

/** The hash of the device cookie when it names one of this user's known devices. */
export async function knownDeviceHash(
  store: Store,
  userId: number | undefined,
  given: string | undefined,
): Promise<string | undefined> {
  if (userId === undefined || given === undefined || !isTokenShaped(given)) return undefined;
  const hash = hashSecretToken(given);
  return (await isKnownDevice(store.db, hash, userId)) ? hash : undefined;
}

export async function startSession(
  store: Store,
  user: UserRow,
  facts: RequestFacts,
  replacedSessionId: string | undefined,
  deviceToken?: string,
): Promise<NewSession> {
  const at = facts.now.toISOString();
  // A new id at every sign-in, and the old one (if any) ended: a session id planted before
  // sign-in never becomes a signed-in session (OWASP Session Management, "Renew the Session ID").
  if (replacedSessionId !== undefined && isTokenShaped(replacedSessionId)) {
    await endSession(store, hashSecretToken(replacedSessionId));
  }
  await deleteExpiredSessions(
    store.db,
    at,
    new Date(facts.now.getTime() - SESSION_IDLE_MS).toISOString(),
  );
  const sessionId = createSecretToken();
  const idHash = hashSecretToken(sessionId);
  const expiresAt = new Date(facts.now.getTime() + SESSION_LIFETIME_MS);
  await insertSession(store.db, {
    id_hash: idHash,
    user_id: user.id,
    created_at: at,
    last_seen_at: at,
    expires_at: expiresAt.toISOString(),
    ip: facts.ip.slice(0, 64),
    user_agent: stripControlCharacters(facts.userAgent ?? '').slice(0, MAX_USER_AGENT_LENGTH),
  });
  await recordSignIn(store.db, user.id, at);
  return {
    sessionId,
    deviceToken: await rememberDevice(store, user.id, deviceToken, facts.now),
    idHash,
    csrfToken: deriveCsrfToken(sessionId),
    expiresAt,
    user: viewUser(user),
  };
}

// Sessions read from the store in the last few seconds, per store. Every request of a signed-in
// person looks its session up; on SQLite that lookup waits whenever an import holds the one
// connection, so a busy server answers most reads without the store (bench:server: with 20
// imports running, reads timed out without this). Ending a session here forgets it at once, and
// erasing an account forgets them all; the recheck interval only bounds how late this process
// sees a session ended by another process (design choice: 5 s, well under the idle timeout).
const SESSION_RECHECK_MS = 5_000;
const MAX_REMEMBERED_SESSIONS = 10_000;
type FoundSession = NonNullable<Awaited<ReturnType<typeof findSession>>>;
const rememberedSessions = new WeakMap<Store, Map<string, { found: FoundSession; at: number }>>();

async function findSessionRecently(
  store: Store,
  idHash: string,
  now: Date,
): Promise<FoundSession | undefined> {
  let remembered = rememberedSessions.get(store);
  if (!remembered) {
    remembered = new Map();
    rememberedSessions.set(store, remembered);
  }
  const recent = remembered.get(idHash);
  if (recent && now.getTime() - recent.at < SESSION_RECHECK_MS && now.getTime() >= recent.at) {
    return recent.found;
  }
  const found = await findSession(store.db, idHash);
  if (remembered.size >= MAX_REMEMBERED_SESSIONS) remembered.clear();
  if (found) remembered.set(idHash, { found, at: now.getTime() });
  else remembered.delete(idHash);
  return found;
}

/** Ends a session in the store and in this process's memory of recent sessions. */
async function endSession(store: Store, idHash: string): Promise<void> {
  rememberedSessions.get(store)?.delete(idHash);
  await deleteSession(store.db, idHash);
}

/** Forgets every remembered session of the store: a user or an account was erased. */
export function forgetRememberedSessions(store: Store): void {
  rememberedSessions.delete(store);
}

/**
 * The session a cookie names, if it is current: not past its absolute end, not idle for too
 * long. An expired session is deleted on sight.
 */
export async function resolveSession(
  store: Store,
  sessionId: string,
  now: Date,
): Promise<ActiveSession | undefined> {
  if (!isTokenShaped(sessionId)) return undefined;
  const idHash = hashSecretToken(sessionId);
  const found = await findSessionRecently(store, idHash, now);
  if (!found) return undefined;
  const { session, user } = found;
  const lastSeen = new Date(session.last_seen_at).getTime();
  const expiresAt = new Date(session.expires_at);
  const isOver = expiresAt <= now || now.getTime() - lastSeen >= SESSION_IDLE_MS;
  if (isOver || user.disabled_at !== null) {
    await endSession(store, idHash);
    return undefined;
  }
  if (now.getTime() - lastSeen >= TOUCH_INTERVAL_MS) {
    await touchSession(store.db, idHash, now.toISOString());
    // The remembered row still holds the old time: read the touched one next time.
    rememberedSessions.get(store)?.delete(idHash);
  }
  return { user: viewUser(user), idHash, csrfToken: deriveCsrfToken(sessionId), expiresAt };
}

/* First run */

export async function needsSetup(store: Store): Promise<boolean> {
  return !(await hasAdministrator(store.db));
}

/**
 * The one-time link that sets up the organisation, for the console of a server with no
 * administrator yet. Any earlier unused link is withdrawn.
 */
export async function issueSetupLink(
  store: Store,
  now: Date,
): Promise<{ token: string; expiresAt: Date }> {
  if (!(await needsSetup(store))) {
    throw new AppError('conflict', 'the organisation is already set up');
  }
  const token = createSecretToken();
  const expiresAt = new Date(now.getTime() + SETUP_LINK_LIFETIME_MS);
  await deleteUnusedSetupLinks(store.db);
  await insertInvitation(store.db, {
    token_hash: hashSecretToken(token),
    role: 'administrator',
    email: '',
    created_by: null,
    created_at: now.toISOString(),
    expires_at: expiresAt.toISOString(),
    accepted_at: null,
    accepted_user_id: null,
  });
  return { token, expiresAt };
}

export interface SetupInput {
  /** The browser's current session, if any: it ends when the new one starts. */
  replacedSessionId?: string;
  /** The browser's device cookie, if any. */
  deviceToken?: string;
  token: unknown;
  organisation: unknown;
  name: unknown;
  email: unknown;
  password: unknown;
}

const INVALID_SETUP_LINK =
  'this setup link is not valid: it expired or was used (restart the server for a new one)';
const INVALID_INVITATION =
  'this invitation link is not valid: it expired or was used (ask for a new one)';

/** Names the organisation and creates its administrator, who is signed in. */
export async function setUpOrganisation(
  store: Store,
  input: SetupInput,
  facts: RequestFacts,
  settings: AccountSettings = {},
): Promise<NewSession> {
  const token = typeof input.token === 'string' ? input.token : '';
  if (!isTokenShaped(token)) throw new AppError('not-found', INVALID_SETUP_LINK);
  const organisation = requireName(input.organisation, "the organisation's name");
  const name = requireName(input.name, 'your name');
  const email = requireEmail(input.email);
  const password = requirePasswordText(input.password);
  checkNewPassword(password, [email, email.split('@')[0] ?? '', organisation]);
  const at = facts.now.toISOString();
  if (!(await findOpenInvitation(store.db, hashSecretToken(token), at))) {
    throw new AppError('not-found', INVALID_SETUP_LINK);
  }
  const passwordHash = await hashPassword(password, settings.passwordCost ?? DEFAULT_SCRYPT_COST);
  const user = await store.db.transaction().execute(async (trx) => {
    const link = await findOpenInvitation(trx, hashSecretToken(token), at);
    if (!link || link.role !== 'administrator') throw new AppError('not-found', INVALID_SETUP_LINK);
    if (await hasAdministrator(trx)) {
      throw new AppError('conflict', 'the organisation is already set up');
    }
    // An organisation whose only administrator erased their account keeps its row and is
    // handed to the new administrator, renamed if they like.
    if (await findOrganisation(trx)) await renameOrganisation(trx, organisation);
    else await insertOrganisation(trx, organisation, at);
    const userId = await insertUser(trx, {
      email,
      display_name: name,
      role: 'administrator',
      account_id: null,
      password_hash: passwordHash,
      created_at: at,
      last_sign_in_at: null,
    });
    if (!(await claimInvitation(trx, link.id, userId, at))) {
      throw new AppError('not-found', INVALID_SETUP_LINK);
    }
    await recordAudit(trx, 'organisation-set-up', facts, {
      actor: userId,
      subject: userId,
      detail: organisation,
    });
    return findUserByEmail(trx, email);
  });
  if (!user) throw new Error('the administrator just created is missing');
  return startSession(store, user, facts, input.replacedSessionId, input.deviceToken);
}

export async function describeOrganisation(store: Store): Promise<{ name: string } | undefined> {
  const organisation = await findOrganisation(store.db);
  return organisation ? { name: organisation.name } : undefined;
}

/* Invitations */

export function requireAdministrator(actor: SignedInUser): void {
  if (actor.role !== 'administrator') {
    throw new AppError('forbidden', 'only the administrator may do this');
  }
}

export interface CreatedInvitation {
  /** Shown once to the administrator, inside the link; only its hash is kept. */
  token: string;
  role: 'member' | 'coach';
  email: string;
  expiresAt: Date;
}

/** An invitation link for a member or a coach, its role and email fixed by the administrator. */
export async function inviteUser(
  store: Store,
  actor: SignedInUser,
  input: { role: unknown; email: unknown },
  facts: RequestFacts,
): Promise<CreatedInvitation> {
  requireAdministrator(actor);
  const role = input.role;
  if (role !== 'member' && role !== 'coach') {
    throw new AppError('usage', 'role is "member" or "coach"');
  }
  const email = requireEmail(input.email);
  const at = facts.now.toISOString();
  if (await findUserByEmail(store.db, email)) {
    throw new AppError('conflict', `${email} already has an account`);
  }
  // Inviting again replaces the open invitation: the person lost the link, or it went to the
  // wrong place; the old link stops working.
  if (await hasOpenInvitationFor(store.db, email, at)) {
    await deleteOpenInvitationsFor(store.db, email);
  }
  const token = createSecretToken();
  const expiresAt = new Date(facts.now.getTime() + INVITATION_LIFETIME_MS);
  await insertInvitation(store.db, {
    token_hash: hashSecretToken(token),
    role,
    email,
    created_by: actor.id,
    created_at: at,
    expires_at: expiresAt.toISOString(),
    accepted_at: null,
    accepted_user_id: null,
  });
  await recordAudit(store.db, 'invitation-created', facts, {
    actor: actor.id,
    detail: `${role} ${email}`,
  });
  return { token, role, email, expiresAt };
}

/** What the invitation page shows before the invitee accepts. */
export async function describeInvitation(
  store: Store,
  token: string,
  now: Date,
): Promise<{ role: UserRole; email: string; organisation: string }> {
  const invitation = isTokenShaped(token)
    ? await findOpenInvitation(store.db, hashSecretToken(token), now.toISOString())
    : undefined;
  if (!invitation || invitation.role === 'administrator') {
    throw new AppError('not-found', INVALID_INVITATION);
  }
  const organisation = await findOrganisation(store.db);
  return { role: invitation.role, email: invitation.email, organisation: organisation?.name ?? '' };
}

/** The invitee names themself and sets a password; a member gets their own data account. */
export async function acceptInvitation(
  store: Store,
  token: string,
  input: { name: unknown; password: unknown; replacedSessionId?: string; deviceToken?: string },
  facts: RequestFacts,
  settings: AccountSettings = {},
): Promise<NewSession> {
  const { email } = await describeInvitation(store, token, facts.now);
  const name = requireName(input.name, 'your name');
  const password = requirePasswordText(input.password);
  const organisation = (await findOrganisation(store.db))?.name ?? '';
  checkNewPassword(password, [email, email.split('@')[0] ?? '', organisation]);
  const passwordHash = await hashPassword(password, settings.passwordCost ?? DEFAULT_SCRYPT_COST);
  const at = facts.now.toISOString();
  const user = await store.db.transaction().execute(async (trx) => {
    const invitation = await findOpenInvitation(trx, hashSecretToken(token), at);
    if (!invitation || invitation.role === 'administrator') {
      throw new AppError('not-found', INVALID_INVITATION);
    }
    if (await findUserByEmail(trx, invitation.email)) {
      throw new AppError('conflict', `${invitation.email} already has an account`);
    }
    const accountId = invitation.role === 'member' ? await insertDataAccount(trx, name, at) : null;
    const userId = await insertUser(trx, {
      email: invitation.email,
      display_name: name,
      role: invitation.role,
      account_id: accountId,
      password_hash: passwordHash,
      created_at: at,
      last_sign_in_at: null,
    });
    if (!(await claimInvitation(trx, invitation.id, userId, at))) {
      throw new AppError('not-found', INVALID_INVITATION);
    }
    await recordAudit(trx, 'invitation-accepted', facts, {
      actor: userId,
      subject: userId,
      detail: invitation.role,
    });
    return findUserByEmail(trx, invitation.email);
  });
  if (!user) throw new Error('the user just created is missing');
  return startSession(store, user, facts, input.replacedSessionId, input.deviceToken);
}

/* Sign-in and sign-out */

const WRONG_CREDENTIALS = 'the email or the password is not right';
const DISABLED = 'this account is disabled; ask your administrator';

export interface SignInInput {
  email: unknown;
  password: unknown;
  replacedSessionId?: string;
  /** The browser's device cookie, if any (login-throttle.ts). */
  deviceToken?: string;
}

/** The message for an attempt refused unchecked (login-throttle.ts). */
export function describeThrottle(attempt: CountedAttempt, now: Date): string {
  const wait = describeWait(attempt.retryAt ?? now, now);
  return attempt.reason === 'slow-down'
    ? `too many wrong passwords; try again in ${wait}`
    : `too many failed sign-ins; try again in ${wait} (or from a browser you signed in with before)`;
}

/**
 * Signs in with email and password. Wrong email and wrong password get the same answer after the
 * same work; failures slow down further attempts (login-throttle.ts) but never lock the member
 * out of a browser they signed in with before.
 */
export async function signIn(
  store: Store,
  input: SignInInput,
  facts: RequestFacts,
  settings: AccountSettings = {},
): Promise<NewSession> {
  if (typeof input.email !== 'string' || typeof input.password !== 'string') {
    throw new AppError('usage', 'send an email and a password');
  }
  const email = normaliseSignInEmail(input.email).slice(0, MAX_EMAIL_LENGTH);
  const user = await findUserByEmail(store.db, email);
  const deviceHash = await knownDeviceHash(store, user?.id, input.deviceToken);
  const attempt = await countSignInAttempt(
    store,
    { email, ip: facts.ip, ...(deviceHash !== undefined ? { knownDeviceHash: deviceHash } : {}) },
    facts.now,
  );
  if (attempt.retryAt) throw new AppError('rate-limited', describeThrottle(attempt, facts.now));
  const isTooLong = [...input.password].length > MAX_PASSWORD_LENGTH;
  const stored = user?.password_hash ?? decoyHashFor(settings.passwordCost ?? DEFAULT_SCRYPT_COST);
  const isRight = (await verifyPassword(isTooLong ? '' : input.password, stored)) && !isTooLong;
  if (!user || !isRight) {
    await recordAudit(store.db, 'sign-in-failed', facts, {
      actor: user?.id ?? null,
      detail: email,
    });
    throw new AppError('unauthenticated', WRONG_CREDENTIALS);
  }
  await attempt.succeed();
  // Only someone who knows the password learns that the account is disabled.
  if (user.disabled_at !== null) throw new AppError('forbidden', DISABLED);
  const session = await startSession(
    store,
    user,
    facts,
    input.replacedSessionId,
    input.deviceToken,
  );
  await recordAudit(store.db, 'signed-in', facts, { actor: user.id });
  return session;
}

export async function signOut(
  store: Store,
  session: ActiveSession,
  facts: RequestFacts,
): Promise<void> {
  await endSession(store, session.idHash);
  await recordAudit(store.db, 'signed-out', facts, { actor: session.user.id });
}

/* The administrator's views */

export async function listOrganisationUsers(
  store: Store,
  actor: SignedInUser,
): Promise<UserSummary[]> {
  requireAdministrator(actor);
  return listUsers(store.db);
}

export async function listOrganisationInvitations(
  store: Store,
  actor: SignedInUser,
  now: Date,
): Promise<(InvitationSummary & { status: 'open' | 'accepted' | 'expired' })[]> {
  requireAdministrator(actor);
  const at = now.toISOString();
  return (await listInvitations(store.db, MAX_LISTED)).map((i) => ({
    ...i,
    status: i.acceptedAt !== null ? 'accepted' : i.expiresAt <= at ? 'expired' : 'open',
  }));
}

export async function readAuditLog(
  store: Store,
  actor: SignedInUser,
  options: { limit: number; beforeId?: number },
): Promise<AuditEntry[]> {
  requireAdministrator(actor);
  return listAuditEntries(store.db, {
    limit: Math.min(Math.max(options.limit, 1), MAX_LISTED),
    ...(options.beforeId !== undefined ? { beforeId: options.beforeId } : {}),
  });
}
