/**
 * The reconnect list (docs/product.md "Reconnect"; docs/science.md section 5): dormant and fading ties,
 * former colleagues first, then by past strength x novelty x relevance. Dormant ties were as
 * useful as current ones and more novel (Levin, Walter and Murnighan 2011), so they keep their
 * dormancy boost here too.
 */
import type { Goals } from './goals.js';
import type { RankedEntry } from './ranked-entry.js';
import {
  byScore,
  capitalise,
  classPhrase,
  inputsPhrase,
  lazyEntry,
  solutionClause,
  wherePhrase,
} from './ranked-entry.js';
import type { ScoredTie } from './score-tie.js';

export function isReconnectCandidate(s: ScoredTie): boolean {
  return s.history.isDormant || s.history.isFading;
}

/** Past strength x novelty x relevance (x the dormancy boost). */
export function reconnectScore(s: ScoredTie): number {
  return (s.pastCloseness ?? s.closeness) * s.novelty * s.relevance * s.dormantBoost;
}

function quietPhrase(s: ScoredTie): string {
  const days = s.history.daysSinceLast ?? 0;
  const years = Math.floor(days / 365.25);
  return years >= 1
    ? `quiet for ${years} year${years === 1 ? '' : 's'}`
    : `quiet for ${Math.floor(days / 30.44)} months`;
}

export function reconnectEntry(s: ScoredTie, goals: Goals): RankedEntry {
  return lazyEntry(
    s,
    reconnectScore(s),
    () => {
      const where = wherePhrase(s);
      const colleague = s.features.formerColleague ? 'former colleague, ' : '';
      return `${capitalise(`${colleague}${classPhrase(s)}`)}${where ? ` ${where}` : ''}, ${quietPhrase(s)}: ${inputsPhrase(s)}.`;
    },
    () =>
      `Reconnect: recall what you did together, share your news, and ask how they are doing; they are likelier to help than you think (Flynn and Lake 2008).${solutionClause(goals)}`,
  );
}

export function rankReconnect(scored: readonly ScoredTie[], goals: Goals): RankedEntry[] {
  const colleagues: RankedEntry[] = [];
  const others: RankedEntry[] = [];
  for (const s of scored) {
    if (!isReconnectCandidate(s)) continue;
    (s.features.formerColleague ? colleagues : others).push(reconnectEntry(s, goals));
  }
  return [...colleagues.sort(byScore), ...others.sort(byScore)];
}
