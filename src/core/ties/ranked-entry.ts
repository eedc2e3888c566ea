/**
 * One line of a recommendation list (docs/product.md C5): who, how strongly, why, and what to do
 * next. Reasons are built from the same figures as the tie's explanation.
 */
import { describeMessageRate } from './contact-history.js';
import { shortMutuals } from './mutual-words.js';
import { naicsSectorName } from '../industries/naics-sectors.js';
import type { TieClass } from './classify-tie.js';
import { describeStrength } from './classify-tie.js';
import type { Goals } from './goals.js';
import type { ScoredTie } from './score-tie.js';

export interface RankedEntry {
  personId: string;
  score: number;
  tieClass: TieClass;
  reason: string;
  nextAction: string;
}

/**
 * An entry whose reason and next step are worded only when read. A list ranks every candidate
 * (tens of thousands on a full network) but a person reads the top few, so wording all of them
 * was most of the ranking time (bench-score). The getters are own and enumerable, so spreading
 * and JSON output see plain strings; each is worded once.
 */
export function lazyEntry(
  s: Pick<ScoredTie, 'personId' | 'tieClass'>,
  score: number,
  reason: () => string,
  nextAction: () => string,
): RankedEntry {
  let reasonText: string | undefined;
  let actionText: string | undefined;
  return {
    personId: s.personId,
    score,
    tieClass: s.tieClass,
    get reason() {
      return (reasonText ??= reason());
    },
    get nextAction() {
      return (actionText ??= nextAction());
    },
  };
}

/** Highest score first; person id breaks ties so lists are the same on every run. */
export function byScore(a: RankedEntry, b: RankedEntry): number {
  return b.score - a.score || (a.personId < b.personId ? -1 : a.personId > b.personId ? 1 : 0);
}

// Names come from other people: reasons quote at most this much of them.
const MAX_QUOTED = 60;

export function quoteName(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  const trimmed = text.trim().replace(/\s+/g, ' ');
  if (trimmed === '') return undefined;
  return trimmed.length > MAX_QUOTED ? `${trimmed.slice(0, MAX_QUOTED - 1)}…` : trimmed;
}

/** "at Acme (a target company)", "in Information (a target industry)", or "at Initech". */
export function wherePhrase(s: ScoredTie): string | undefined {
  const company = quoteName(s.features.company);
  if (s.goalMatch.company !== undefined && company) return `at ${company} (a target company)`;
  if (s.goalMatch.isTargetIndustry && s.features.industry !== undefined) {
    return `in ${naicsSectorName(s.features.industry)} (a target industry)`;
  }
  const title = quoteName(s.features.title);
  if (s.goalMatch.isTargetRole && title) return `as ${title} (a target role)`;
  return company ? `at ${company}` : undefined;
}

/** The structural and interaction inputs in a few words. */
export function inputsPhrase(s: ScoredTie): string {
  const mutuals = s.mutuals === undefined ? 'mutual connections unknown' : shortMutuals(s.mutuals);
  const messages =
    s.history.messages > 0
      ? `${s.history.messages} message${s.history.messages === 1 ? '' : 's'}${(s.history.spanDays ?? 0) >= 30 ? ` (${describeMessageRate(s.history.messagesPerYear)})` : ''}`
      : s.history.hasInteracted
        ? `in touch ${s.history.band}`
        : 'never messaged';
  return `${mutuals}, ${messages}`;
}

export function classPhrase(s: ScoredTie): string {
  if (s.tieClass === 'dormant') return `${describeStrength(s.strength)}, dormant tie`;
  if (s.tieClass === 'never-interacted')
    return `${describeStrength(s.strength)} tie, never contacted`;
  if (s.features.metAtEvent !== undefined && !s.history.hasInteracted)
    return `${describeStrength(s.strength)} tie (met at ${s.features.metAtEvent})`;
  return `${describeStrength(s.strength)} tie`;
}

export function capitalise(text: string): string {
  return text.length === 0 ? text : `${text[0]?.toUpperCase() ?? ''}${text.slice(1)}`;
}

/** The user's "solution" line (docs/product.md: the problems you solve), bounded for templates. */
export function solutionClause(goals: Goals): string {
  const solution = quoteName(goals.solution);
  return solution
    ? ` Say what you solve: "${solution}".`
    : ' Say specifically what you are looking for.';
}
