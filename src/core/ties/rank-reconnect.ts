/**
 * The reconnect list (docs/product.md "Reconnect"; docs/science.md section 5): dormant and fading ties,
 * former colleagues first, then by past strength x novelty x relevance. Dormant ties were as
 * useful as current ones and more novel (Levin, Walter and Murnighan 2011), so they keep their
 * dormancy boost here too. People from every source take part (the phone book, chats and mail:
 * source-mix.ts keeps a fifth of the places for them while they wait), and current colleagues
 * stay out while the user is discreet; colleagues at the current employer are never "former".
 */
import { colleagueKind, hiddenForDiscretion } from '../outreach/current-employer.js';
import { mixSources } from '../outreach/source-mix.js';
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
      const kind = colleagueKind(s.features.company, s.features.formerColleague, goals);
      const colleague =
        kind === 'current' ? 'colleague, ' : kind === 'former' ? 'former colleague, ' : '';
      return `${capitalise(`${colleague}${classPhrase(s)}`)}${where ? ` ${where}` : ''}, ${quietPhrase(s)}: ${inputsPhrase(s)}.`;
    },
    () =>
      `Reconnect: recall what you did together, share your news, and ask how they are doing; they are likelier to help than you think (Flynn and Lake 2008).${solutionClause(goals)}`,
  );
}

/** Known from outside LinkedIn: by default, people who are not LinkedIn connections. */
export type OutsideLinkedIn = (s: ScoredTie) => boolean;
export const notConnected: OutsideLinkedIn = (s) => !s.features.isConnection;

export function rankReconnect(
  scored: readonly ScoredTie[],
  goals: Goals,
  isOutside: OutsideLinkedIn = notConnected,
): RankedEntry[] {
  const colleagues: ScoredTie[] = [];
  const others: ScoredTie[] = [];
  const entries = new Map<ScoredTie, RankedEntry>();
  for (const s of scored) {
    if (!isReconnectCandidate(s) || hiddenForDiscretion(s.features.company, goals)) continue;
    entries.set(s, reconnectEntry(s, goals));
    (colleagueKind(s.features.company, s.features.formerColleague, goals) === 'former'
      ? colleagues
      : others
    ).push(s);
  }
  const order = (a: ScoredTie, b: ScoredTie) =>
    byScore(entries.get(a) as RankedEntry, entries.get(b) as RankedEntry);
  const ranked = [...colleagues.sort(order), ...others.sort(order)];
  return mixSources(ranked, isOutside).map((s) => entries.get(s) as RankedEntry);
}

/** Current colleagues the reconnect list leaves out while the user is discreet. */
export function hiddenReconnectColleagues(scored: readonly ScoredTie[], goals: Goals): number {
  let n = 0;
  for (const s of scored)
    if (isReconnectCandidate(s) && hiddenForDiscretion(s.features.company, goals)) n += 1;
  return n;
}
