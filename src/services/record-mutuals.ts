/**
 * `weakties mutuals <person> <count>` (issue 5, item 2): the user records the number of mutual
 * connections LinkedIn shows on a profile, since the export has none (docs/science.md section 6). A
 * recorded count always wins over the estimate (build-ego-network.ts, docs/science.md section 9).
 */
import { AppError } from '../core/app-error.js';
import { recordMutualCount } from '../store/goals-store.js';
import type { Store } from '../store/open-store.js';
import { LOCAL_ACCOUNT_ID } from '../store/open-store.js';
import { getPerson } from '../store/people-store.js';
import { describeMutuals } from '../core/ties/mutual-words.js';
import { scoreTie } from '../core/ties/score-tie.js';
import { resolvePersonId } from './people-queries.js';
import { rankList, scoreNetwork, tiesByPerson } from './recommend.js';

/** LinkedIn's first-degree cap (docs/science.md section 6): nobody has more mutual connections. */
export const MAX_MUTUAL_CONNECTIONS = 30_000;

export interface RecordedMutualsView {
  personId: number;
  name: string;
  count: number;
  recordedOn: string;
}

export async function recordMutuals(
  store: Store,
  personQuery: string,
  count: number,
  options: { accountId?: number; now?: Date } = {},
): Promise<RecordedMutualsView> {
  if (!Number.isSafeInteger(count) || count < 0 || count > MAX_MUTUAL_CONNECTIONS) {
    throw new AppError(
      'usage',
      `the count must be a whole number from 0 to ${MAX_MUTUAL_CONNECTIONS}, as LinkedIn shows it`,
    );
  }
  const accountId = options.accountId ?? LOCAL_ACCOUNT_ID;
  const personId = await resolvePersonId(store, personQuery, accountId);
  const person = await getPerson(store.db, accountId, personId);
  if (!person) throw new AppError('not-found', `no person with id ${personId}`);
  const recordedOn = (options.now ?? new Date()).toISOString().slice(0, 10);
  await recordMutualCount(store.db, { accountId, personId, count, recordedOn, source: 'recorded' });
  return { personId, name: person.displayName, count, recordedOn };
}

export interface MutualsQueueEntry {
  personId: number;
  name: string;
  company: string;
  /** Place among the ask list's scores now (1-based). */
  rank: number;
  /** Places it could take if the true count were the low or the high end of the estimate. */
  rankIfLow: number;
  rankIfHigh: number;
  /** How far the place could move: |rankIfLow - rankIfHigh|. */
  swing: number;
  /** The count in words ("about 4 mutual connections (estimated from ...)", or "unknown"). */
  current: string;
}

/**
 * Unknown counts are tried at 0 and at 30 (design choice: 30 is about the paper's mean 9.71 plus
 * one SD 18.3, docs/science.md section 1), so the queue also reaches people with no evidence.
 */
const UNKNOWN_RANGE = { low: 0, high: 30 };

/**
 * The record-the-real-count queue (docs/science.md section 9): the people at the user's targets
 * (ask and the rest at the targets; everyone scored while there are no goals) whose place would
 * change most if their true m were known, that is between the ask-list place their
 * score would take at the low and at the high end of the estimate's range. A recorded count is
 * known and never queued. Scores are recomputed on every call, so recording one moves that
 * person's scores at once.
 */
export async function nextMutualsToRecord(
  store: Store,
  options: { accountId?: number; now?: Date; limit?: number } = {},
): Promise<MutualsQueueEntry[]> {
  const accountId = options.accountId ?? LOCAL_ACCOUNT_ID;
  const now = options.now ?? new Date();
  const network = await scoreNetwork(store, { accountId, now });
  // The people at the user's targets (ask, then the rest at the targets); with no goals yet,
  // everyone scored, so the queue is never empty for want of goals.
  const listed = [...rankList(network, 'ask'), ...rankList(network, 'more')];
  const pool =
    listed.length > 0
      ? listed.map((e) => ({ personId: e.personId, score: e.score }))
      : network.scored.map((s) => ({ personId: s.personId, score: s.opportunity }));
  const scores = pool.map((e) => e.score).sort((a, b) => b - a);
  const byId = tiesByPerson(network);
  // Place a score would take: 1 + how many others score higher (binary search, descending).
  const placeOf = (value: number, own: number): number => {
    let lo = 0;
    let hi = scores.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (scores[mid]! > value) lo = mid + 1;
      else hi = mid;
    }
    return 1 + lo - (own > value ? 1 : 0);
  };
  const goals = network.goals.goals;
  const entries: MutualsQueueEntry[] = [];
  for (const entry of pool) {
    const tie = byId.get(entry.personId);
    if (!tie) continue;
    const m = tie.mutuals;
    if (m && m.source !== 'inferred') continue;
    const range = m?.estimate ? { low: m.estimate.low, high: m.estimate.high } : UNKNOWN_RANGE;
    const at = (count: number): number =>
      scoreTie(
        { ...tie.features, mutualConnections: { count, source: 'recorded' } },
        goals,
        { interactionPercentile: tie.interactionPercentile },
        network.settings,
        now,
      ).opportunity;
    const rankIfLow = placeOf(at(range.low), tie.opportunity);
    const rankIfHigh = placeOf(at(range.high), tie.opportunity);
    const person = network.people.get(Number(entry.personId));
    entries.push({
      personId: Number(entry.personId),
      name: person?.displayName ?? '',
      company: person?.company ?? '',
      rank: placeOf(tie.opportunity, tie.opportunity),
      rankIfLow,
      rankIfHigh,
      swing: Math.abs(rankIfLow - rankIfHigh),
      current: m ? describeMutuals(m) : 'mutual connections unknown',
    });
  }
  entries.sort((a, b) => b.swing - a.swing || a.rank - b.rank);
  return entries.slice(0, Math.max(0, options.limit ?? 10));
}
