/**
 * The ask list (docs/product.md "Turn new connections into asks"): moderately weak and weak ties
 * first when they sit at a target company, then a target industry, then a target role, each
 * group by job-opportunity score (docs/science.md section 1). Strong ties at a target company come
 * back separately as high-probability helpers: most help arrives through the many weak ties,
 * but a single strong tie is worth more at the margin (Gee, Jones and Burke 2017, docs/science.md
 * section 5). Dormant ties belong to the reconnect list.
 */
import type { Goals } from './goals.js';
import type { RankedEntry } from './ranked-entry.js';
import {
  byScore,
  capitalise,
  classPhrase,
  inputsPhrase,
  lazyEntry,
  quoteName,
  solutionClause,
  wherePhrase,
} from './ranked-entry.js';
import type { ScoredTie } from './score-tie.js';

export interface AskLists {
  ask: RankedEntry[];
  strongHelpers: RankedEntry[];
}

/** 0 target company, 1 target industry, 2 target role, 3 none. */
function goalGroup(s: ScoredTie): number {
  if (s.goalMatch.company !== undefined) return 0;
  if (s.goalMatch.isTargetIndustry) return 1;
  return s.goalMatch.isTargetRole ? 2 : 3;
}

function askAction(s: ScoredTie, goals: Goals): string {
  const company = quoteName(s.features.company);
  const opener =
    goals.stance === 'active'
      ? 'Follow and comment on their posts first, then ask for specific advice'
      : 'Follow their work and comment first; when it feels natural, ask for a short conversation';
  const topic =
    s.goalMatch.company !== undefined && company
      ? ` about roles and teams at ${company}`
      : s.goalMatch.isTargetIndustry
        ? ' about moving into their industry'
        : s.goalMatch.isTargetRole
          ? ' about how they got into their role'
          : ' about their field';
  return `${opener}${topic}, never "can I pick your brain?", and offer something in return.${solutionClause(goals)}`;
}

function askReason(s: ScoredTie): string {
  const where = wherePhrase(s);
  return `${capitalise(classPhrase(s))}${where ? ` ${where}` : ''}: ${inputsPhrase(s)}.`;
}

function helperAction(s: ScoredTie, goals: Goals): string {
  return `Ask directly: would they refer you or introduce you to the hiring manager at ${quoteName(s.features.company) ?? 'their company'}? People agree far more often than we expect (Flynn and Lake 2008).${solutionClause(goals)}`;
}

export function rankAsk(scored: readonly ScoredTie[], goals: Goals): AskLists {
  const groups: RankedEntry[][] = [[], [], [], []];
  const strongHelpers: RankedEntry[] = [];
  for (const s of scored) {
    if (!s.features.isConnection) continue;
    if (s.tieClass === 'strong') {
      if (s.goalMatch.company !== undefined) {
        strongHelpers.push(
          lazyEntry(
            s,
            s.opportunity,
            () => askReason(s),
            () => helperAction(s, goals),
          ),
        );
      }
      continue;
    }
    if (s.tieClass === 'dormant') continue;
    groups[goalGroup(s)]?.push(
      lazyEntry(
        s,
        s.opportunity,
        () => askReason(s),
        () => askAction(s, goals),
      ),
    );
  }
  const ask = groups.flatMap((g) => g.sort(byScore));
  return { ask, strongHelpers: strongHelpers.sort(byScore) };
}
