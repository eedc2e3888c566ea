/**
 * The ask list (docs/product.md "Turn new connections into asks"): a shortlist of the people
 * who can hire or refer for the target role. Only people who match a goal take part (a target
 * company or industry, a target role, a recruiter), ranked in tiers of who can act on an ask:
 * the target function at the levels that hire it, then recruiters and talent staff, then the
 * target function below those levels and people in the target role elsewhere; the rest of the
 * target companies is "more people at your targets", one step away and not in the shortlist.
 * Within a tier, the job-opportunity score (docs/science.md section 1) decides; near-equal scores
 * are separated by evidence (shared history, mutual connections, the hiring level), never by the
 * order people were imported in. Strong ties at a target company come back separately as
 * high-probability helpers (Gee, Jones and Burke 2017, docs/science.md section 5); dormant ties
 * belong to the reconnect list. Current colleagues stay out while the user is discreet.
 */
import { hiddenForDiscretion, isCurrentEmployer } from '../outreach/current-employer.js';
import { parseTitle } from '../titles/parse-title.js';
import { SENIORITY_RANK } from '../titles/seniority.js';
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
  /** The shortlist: people who can hire or refer for the target role. */
  ask: RankedEntry[];
  /** Everyone else who matches a goal: "more people at your targets". */
  more: RankedEntry[];
  strongHelpers: RankedEntry[];
  /** Current colleagues left out while the user is discreet. */
  hiddenColleagues: number;
}

/** Tiers of the ask list; TIER_MORE and above are "more people at your targets". */
export type AskTier = 0 | 1 | 2 | 3;
const TIER_MORE = 3;

const TIER_LABELS: Readonly<Record<AskTier, string>> = {
  0: 'can hire or refer for your target role',
  1: 'recruits for the company',
  2: 'in your target function',
  3: 'at one of your targets',
};

// Scores this close count as equal, so evidence decides (design choice: the second decimal).
const SCORE_BAND = 0.01;

/** The lowest level of the target roles: the levels that hire them sit at or above it. */
function targetLevelRank(goals: Goals): number | undefined {
  let lowest: number | undefined;
  for (const role of goals.targetRoles.slice(0, 50)) {
    const rank = SENIORITY_RANK[parseTitle(role).seniority];
    if (rank !== undefined && (lowest === undefined || rank < lowest)) lowest = rank;
  }
  if (lowest !== undefined) return lowest;
  return goals.ownerLevel === undefined ? undefined : SENIORITY_RANK[goals.ownerLevel];
}

/** The tier of a person, or undefined when they match no goal. */
export function askTier(s: ScoredTie, hireRank: number | undefined): AskTier | undefined {
  const atTarget = s.goalMatch.company !== undefined || s.goalMatch.isTargetIndustry;
  const inFunction = s.goalMatch.isTargetRole;
  const rank = s.title.seniorityRank;
  const hires = hireRank === undefined || rank === undefined || rank >= hireRank;
  if (atTarget && inFunction && hires) return 0;
  if (s.title.isRecruiter && (atTarget || s.title.isExecutiveRecruiter)) return 1;
  if (inFunction && (atTarget || hires)) return 2;
  if (atTarget || inFunction || s.title.isRecruiter) return 3;
  return undefined;
}

/** Shared history the store holds for the pair: each kind of evidence counts once. */
function evidenceOf(s: ScoredTie): number {
  const f = s.features;
  let n = 0;
  if (f.formerColleague) n += 1;
  if (s.history.hasInteracted) n += 1;
  if (f.recommendationsReceived + f.recommendationsGiven + f.endorsementsReceived > 0) n += 1;
  if (f.introductionsLogged > 0) n += 1;
  if ((f.bridgeClusters ?? 0) > 0) n += 1;
  return n;
}

interface Ranked {
  entry: RankedEntry;
  tier: AskTier;
  band: number;
  evidence: number;
  mutuals: number;
  /** Steps from the level just above the target role (the hiring manager's), smaller first. */
  levelDistance: number;
}

function compareRanked(a: Ranked, b: Ranked): number {
  return (
    a.tier - b.tier ||
    b.band - a.band ||
    b.evidence - a.evidence ||
    a.levelDistance - b.levelDistance ||
    b.mutuals - a.mutuals ||
    byScore(a.entry, b.entry)
  );
}

function askAction(s: ScoredTie, goals: Goals, tier: AskTier): string {
  const company = quoteName(s.features.company);
  const opener = !s.features.isConnection
    ? 'Write to them directly (you have their details outside LinkedIn)'
    : goals.stance === 'active'
      ? 'Follow and comment on their posts first, then ask for specific advice'
      : 'Follow their work and comment first; when it feels natural, ask for a short conversation';
  const topic =
    tier === 0 && company
      ? ` about how their team at ${company} hires for your target role`
      : tier === 1 && company
        ? ` about the roles ${company} is hiring for and how to be considered`
        : s.goalMatch.company !== undefined && company
          ? ` about roles and teams at ${company}`
          : s.goalMatch.isTargetIndustry
            ? ' about moving into their industry'
            : s.goalMatch.isTargetRole
              ? ' about how they got into their role'
              : ' about their field';
  return `${opener}${topic}, never "can I pick your brain?", and offer something in return.${solutionClause(goals)}`;
}

function askReason(s: ScoredTie, tier: AskTier, goals: Goals): string {
  const where = wherePhrase(s);
  const colleague = isCurrentEmployer(s.features.company, goals) ? 'colleague, ' : '';
  return `${capitalise(`${colleague}${classPhrase(s)}`)}${where ? ` ${where}` : ''}, ${TIER_LABELS[tier]}: ${inputsPhrase(s)}.`;
}

function helperAction(s: ScoredTie, goals: Goals): string {
  return `Ask directly: would they refer you or introduce you to the hiring manager at ${quoteName(s.features.company) ?? 'their company'}? People agree far more often than we expect (Flynn and Lake 2008).${solutionClause(goals)}`;
}

/** Somebody one can ask: a connection, or a contact the store can place (company or title). */
function canBeAsked(s: ScoredTie): boolean {
  return s.features.isConnection || Boolean(s.features.company?.trim() || s.features.title?.trim());
}

export function rankAsk(scored: readonly ScoredTie[], goals: Goals): AskLists {
  const hireRank = targetLevelRank(goals);
  const ranked: Ranked[] = [];
  const strongHelpers: RankedEntry[] = [];
  let hiddenColleagues = 0;
  for (const s of scored) {
    if (!canBeAsked(s)) continue;
    if (hiddenForDiscretion(s.features.company, goals)) {
      if (s.tieClass !== 'dormant') hiddenColleagues += 1;
      continue;
    }
    if (s.tieClass === 'strong') {
      if (s.goalMatch.company !== undefined) {
        strongHelpers.push(
          lazyEntry(
            s,
            s.opportunity,
            () => askReason(s, askTier(s, hireRank) ?? TIER_MORE, goals),
            () => helperAction(s, goals),
          ),
        );
      }
      continue;
    }
    if (s.tieClass === 'dormant') continue;
    const tier = askTier(s, hireRank);
    if (tier === undefined) continue;
    const rank = s.title.seniorityRank;
    ranked.push({
      entry: lazyEntry(
        s,
        s.opportunity,
        () => askReason(s, tier, goals),
        () => askAction(s, goals, tier),
      ),
      tier,
      band: Math.round(s.opportunity / SCORE_BAND),
      evidence: evidenceOf(s),
      mutuals: s.mutuals?.count ?? -1,
      levelDistance:
        hireRank === undefined || rank === undefined ? 9 : Math.abs(rank - (hireRank + 1)),
    });
  }
  ranked.sort(compareRanked);
  const ask: RankedEntry[] = [];
  const more: RankedEntry[] = [];
  for (const r of ranked) (r.tier < TIER_MORE ? ask : more).push(r.entry);
  return { ask, more, strongHelpers: strongHelpers.sort(byScore), hiddenColleagues };
}
