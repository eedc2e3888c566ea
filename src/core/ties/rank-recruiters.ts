/**
 * Recruiters (docs/product.md "Grow with a target", part 2: executive recruiters in your sector).
 * Score: relevance to the goals (their sector and the companies they place into), executive
 * recruiters ahead of others (design choice: weight 1 vs 0.75; docs/product.md names executive
 * recruiters), warmer ties first among equals.
 */
import type { Goals } from './goals.js';
import type { RankedEntry } from './ranked-entry.js';
import {
  byScore,
  capitalise,
  classPhrase,
  lazyEntry,
  quoteName,
  solutionClause,
  wherePhrase,
} from './ranked-entry.js';
import type { ScoredTie } from './score-tie.js';

// Design choice: a recruiter who is not in executive search is still worth three quarters.
const OTHER_RECRUITER_WEIGHT = 0.75;
// Design choice: closeness breaks near-ties without outweighing relevance.
const WARMTH_WEIGHT = 0.2;

export function rankRecruiters(scored: readonly ScoredTie[], goals: Goals): RankedEntry[] {
  const entries: RankedEntry[] = [];
  for (const s of scored) {
    if (!s.title.isRecruiter) continue;
    const kind = s.title.isExecutiveRecruiter ? 'executive recruiter' : 'recruiter';
    const weight = s.title.isExecutiveRecruiter ? 1 : OTHER_RECRUITER_WEIGHT;
    entries.push(
      lazyEntry(
        s,
        s.relevance * weight * (1 - WARMTH_WEIGHT + WARMTH_WEIGHT * s.closeness),
        () => {
          const where = wherePhrase(s);
          const title = quoteName(s.features.title);
          return `${capitalise(kind)}${title ? ` (${title})` : ''}${where ? ` ${where}` : ''}; ${s.features.isConnection ? classPhrase(s) : 'not connected yet'}.`;
        },
        () =>
          s.features.isConnection
            ? `Send a short note: the roles, sectors and level you want and when you can start; make it easy to place you.${solutionClause(goals)}`
            : 'Invite with a short personal note (under 200 characters) naming your sector and level.',
      ),
    );
  }
  return entries.sort(byScore);
}
