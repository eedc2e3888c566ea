/**
 * What a coach and the career centre see (issue 9, "Coach and cohort view"; docs/product.md C10):
 * progress aggregates of the members who consent, computed by member-progress.ts, which emits
 * numbers, week labels and tie classes only. A coach reaches a member only through a current
 * consent to them; anything else is the same not-found as a member who does not exist, so ids
 * cannot be probed.
 */
import { AppError } from '../core/app-error.js';
import {
  findMemberConsentingTo,
  listAccountsConsentingToAnyCoach,
  listMembersConsentingTo,
} from '../store/accounts-store.js';
import type { Store } from '../store/open-store.js';
import type { SignedInUser } from './accounts-service.js';
import { summariseCohort, summariseMemberProgress } from './member-progress.js';

export type MemberProgress = Awaited<ReturnType<typeof summariseMemberProgress>>;
export type CohortSummary = Awaited<ReturnType<typeof summariseCohort>>;

export interface CoachedMember {
  userId: number;
  name: string;
  sharedSince: string;
  progress: MemberProgress;
}

function requireCoach(user: SignedInUser): void {
  if (user.role !== 'coach') throw new AppError('forbidden', 'only a coach has members');
}

const NO_SUCH_MEMBER = 'there is no such member among those who share their progress with you';

/** The members who currently share with this coach, each with their progress. */
export async function listCoachedMembers(
  store: Store,
  coach: SignedInUser,
  options: { now: Date },
): Promise<CoachedMember[]> {
  requireCoach(coach);
  const members = await listMembersConsentingTo(store.db, coach.id);
  const result: CoachedMember[] = [];
  for (const m of members) {
    result.push({
      userId: m.userId,
      name: m.name,
      sharedSince: m.grantedAt,
      progress: await summariseMemberProgress(store, m.accountId, { now: options.now }),
    });
  }
  return result;
}

/** One member's progress, only while their consent to this coach is current. */
export async function readCoachedMember(
  store: Store,
  coach: SignedInUser,
  memberUserId: string,
  options: { now: Date },
): Promise<CoachedMember> {
  requireCoach(coach);
  if (!/^\d{1,9}$/.test(memberUserId)) throw new AppError('not-found', NO_SUCH_MEMBER);
  const member = await findMemberConsentingTo(store.db, coach.id, Number(memberUserId));
  if (!member) throw new AppError('not-found', NO_SUCH_MEMBER);
  return {
    userId: member.userId,
    name: member.name,
    sharedSince: member.grantedAt,
    progress: await summariseMemberProgress(store, member.accountId, { now: options.now }),
  };
}

/** The coach's consenting members as one cohort (cells under 5 members suppressed). */
export async function summariseCoachCohort(
  store: Store,
  coach: SignedInUser,
  options: { now: Date },
): Promise<CohortSummary> {
  requireCoach(coach);
  const members = await listMembersConsentingTo(store.db, coach.id);
  return summariseCohort(
    store,
    members.map((m) => m.accountId),
    { now: options.now },
  );
}

/**
 * The career centre's cohort for the administrator: every member who currently shares with at
 * least one of the organisation's coaches. A member who shares with no coach has agreed to no
 * view of their progress, not even counted in a total; the consent page says that sharing with a
 * coach also counts the member, anonymously, in the centre's totals. Aggregates only, with the
 * same suppression of small cells.
 */
export async function summariseOrganisationCohort(
  store: Store,
  actor: SignedInUser,
  options: { now: Date },
): Promise<CohortSummary> {
  if (actor.role !== 'administrator') {
    throw new AppError('forbidden', 'only the administrator sees the whole cohort');
  }
  return summariseCohort(store, await listAccountsConsentingToAnyCoach(store.db), {
    now: options.now,
  });
}
