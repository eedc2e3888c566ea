/**
 * A member's consent to a named coach (issue 9, "Coach and cohort view": "a member grants a
 * named coach consent, and can revoke it"). Consent lets that coach see the member's progress
 * aggregates, never a contact; revoking takes effect on the coach's next request, because every
 * coach route reads the current consent from the store. Both changes go to the audit log.
 */
import { AppError } from '../core/app-error.js';
import {
  findUserById,
  hasCurrentConsent,
  insertConsent,
  listCoaches,
  listConsentsOfAccount,
  revokeConsent,
} from '../store/accounts-store.js';
import type { Store } from '../store/open-store.js';
import { recordAudit, type RequestFacts, type SignedInUser } from './accounts-service.js';

export interface CoachChoice {
  id: number;
  name: string;
  /** When the member's current consent to this coach began; null when there is none. */
  sharedSince: string | null;
}

/** The member's own data account; anyone else is refused. */
export function requireMemberAccount(user: SignedInUser): number {
  if (user.role !== 'member' || user.accountId === null) {
    throw new AppError('forbidden', 'only a member has their own data');
  }
  return user.accountId;
}

function parseUserId(value: unknown): number {
  const id = typeof value === 'string' && /^\d{1,9}$/.test(value) ? Number(value) : value;
  if (typeof id !== 'number' || !Number.isSafeInteger(id) || id < 1) {
    throw new AppError('usage', 'a coach is named by a numeric id');
  }
  return id;
}

/** Every coach of the organisation by name, and whether the member shares with each. */
export async function listConsentChoices(
  store: Store,
  member: SignedInUser,
): Promise<{ coaches: CoachChoice[] }> {
  const accountId = requireMemberAccount(member);
  const [coaches, current] = await Promise.all([
    listCoaches(store.db),
    listConsentsOfAccount(store.db, accountId),
  ]);
  const since = new Map(current.map((c) => [c.coachId, c.grantedAt]));
  return { coaches: coaches.map((c) => ({ ...c, sharedSince: since.get(c.id) ?? null })) };
}

async function requireCoach(store: Store, coachId: number): Promise<void> {
  const coach = await findUserById(store.db, coachId);
  if (coach?.role !== 'coach') throw new AppError('not-found', 'there is no such coach');
}

/** Shares the member's progress with a coach; granting twice changes nothing. */
export async function grantConsent(
  store: Store,
  member: SignedInUser,
  coachIdValue: unknown,
  facts: RequestFacts,
): Promise<{ coaches: CoachChoice[] }> {
  const accountId = requireMemberAccount(member);
  const coachId = parseUserId(coachIdValue);
  await requireCoach(store, coachId);
  await store.db.transaction().execute(async (trx) => {
    if (await hasCurrentConsent(trx, accountId, coachId)) return;
    await insertConsent(trx, accountId, coachId, facts.now.toISOString());
    await recordAudit(trx, 'consent-granted', facts, { actor: member.id, subject: coachId });
  });
  return listConsentChoices(store, member);
}

/** Stops sharing with a coach, at once. */
export async function withdrawConsent(
  store: Store,
  member: SignedInUser,
  coachIdValue: unknown,
  facts: RequestFacts,
): Promise<{ coaches: CoachChoice[] }> {
  const accountId = requireMemberAccount(member);
  const coachId = parseUserId(coachIdValue);
  const isRevoked = await store.db.transaction().execute(async (trx) => {
    if (!(await revokeConsent(trx, accountId, coachId, facts.now.toISOString()))) return false;
    await recordAudit(trx, 'consent-revoked', facts, { actor: member.id, subject: coachId });
    return true;
  });
  if (!isRevoked) throw new AppError('not-found', 'you do not share your progress with that coach');
  return listConsentChoices(store, member);
}
