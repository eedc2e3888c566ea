/**
 * One member's progress as a coach may see it (issue 9, "Coach and cohort view"; docs/product.md
 * C10, "aggregates only, never contacts"): per ISO week, numbers, week labels and tie class
 * names only. Nothing here can carry a name, a message, a person id or any contact-level record:
 * every field is a number, a week label, or a record keyed by tie class.
 */
import type { TieClass } from '../ties/classify-tie.js';
import type { IsoWeek } from './iso-week.js';
import type { WeekActivity } from './weekly-activity.js';

/** Tie classes in the order they are shown (core/ties/classify-tie.ts). */
export const TIE_CLASSES = [
  'strong',
  'moderately-weak',
  'weak',
  'dormant',
  'never-interacted',
] as const satisfies readonly TieClass[];

export type ClassCounts = Record<TieClass, number>;

export interface CountByClass {
  /** Everyone counted; equals the sum of byTieClass unless a person could not be scored. */
  total: number;
  byTieClass: ClassCounts;
}

/** The member's network on the day of a snapshot (services/network-health.ts figures). */
export interface NetworkFigures {
  connections: number;
  tieMix: ClassCounts;
  /** Each class's share of connections, 0 to 1. */
  tieMixShare: ClassCounts;
  dormantShare: number;
  neverInteractedShare: number;
  /** Evenness (Shannon entropy over its maximum) of employers and of job functions, 0 to 1. */
  companyEvenness: number;
  functionEvenness: number;
  /** Share of connections relevant to the member's goals. */
  relevantShare: number;
  /** Share of ties with a known mutual count above 10 (the paper's 24 %), null when none known. */
  aboveTenMutualsShare: number | null;
}

export interface WeekProgress {
  /** ISO week, `2026-W47`. */
  week: string;
  invitations: number;
  /** What the member's pacing allows this week (core/progress/invitation-pace.ts). */
  invitationPace: number;
  conversations: CountByClass;
  asks: CountByClass;
  referrals: number;
  interviews: number;
  offers: number;
  /** Connections held at the week's end, from their connection dates. */
  connections: number;
  /** The network as recorded that week; null when no snapshot was taken that week. */
  network: NetworkFigures | null;
}

/** How the network changed between the first and the last recorded week (last minus first). */
export interface NetworkChange {
  fromWeek: string;
  toWeek: string;
  connections: number;
  tieMixShare: ClassCounts;
  dormantShare: number;
  companyEvenness: number;
  functionEvenness: number;
  relevantShare: number;
}

export interface MemberProgress {
  /** The weekly invitation cap of the member's pacing settings. */
  weeklyInvitationCap: number;
  /** Oldest first; the last is the current, partial week. */
  weeks: WeekProgress[];
  /** Null until two weeks have snapshots. */
  networkChange: NetworkChange | null;
}

export function emptyClassCounts(): ClassCounts {
  return { strong: 0, 'moderately-weak': 0, weak: 0, dormant: 0, 'never-interacted': 0 };
}

/** Counts people by the tie class `classOf` gives them. */
export function countByTieClass(
  people: readonly number[],
  classOf: (personId: number) => TieClass | undefined,
): CountByClass {
  const byTieClass = emptyClassCounts();
  for (const id of people) {
    const c = classOf(id);
    if (c !== undefined) byTieClass[c] += 1;
  }
  return { total: people.length, byTieClass };
}

/** What a snapshot keeps for its week's activity: the counts by class, never the people. */
export interface ClassifiedWeek {
  week: string;
  conversations: CountByClass;
  asks: CountByClass;
}

export interface ProgressParts {
  weeks: readonly IsoWeek[];
  activity: readonly WeekActivity[];
  /** Conversations and asks by tie class, one per week, in the same order. */
  classified: readonly ClassifiedWeek[];
  paces: readonly number[];
  connections: readonly number[];
  /** Snapshots' network figures by week label. */
  networkByWeek: ReadonlyMap<string, NetworkFigures>;
  weeklyInvitationCap: number;
}

function difference(a: ClassCounts, b: ClassCounts): ClassCounts {
  const d = emptyClassCounts();
  for (const c of TIE_CLASSES) d[c] = a[c] - b[c];
  return d;
}

/** Puts the parts together; counts only, nothing else leaves. */
export function assembleMemberProgress(parts: ProgressParts): MemberProgress {
  const none: CountByClass = { total: 0, byTieClass: emptyClassCounts() };
  const weeks: WeekProgress[] = parts.weeks.map((w, i) => {
    const a = parts.activity[i];
    const c = parts.classified[i];
    return {
      week: w.label,
      invitations: a?.invitations ?? 0,
      invitationPace: parts.paces[i] ?? 0,
      conversations: c?.conversations ?? none,
      asks: c?.asks ?? none,
      referrals: a?.referrals ?? 0,
      interviews: a?.interviews ?? 0,
      offers: a?.offers ?? 0,
      connections: parts.connections[i] ?? 0,
      network: parts.networkByWeek.get(w.label) ?? null,
    };
  });
  const recorded = weeks.filter((w) => w.network !== null);
  const first = recorded[0];
  const last = recorded[recorded.length - 1];
  let networkChange: NetworkChange | null = null;
  if (first?.network && last?.network && first !== last) {
    const from = first.network;
    const to = last.network;
    networkChange = {
      fromWeek: first.week,
      toWeek: last.week,
      connections: to.connections - from.connections,
      tieMixShare: difference(to.tieMixShare, from.tieMixShare),
      dormantShare: to.dormantShare - from.dormantShare,
      companyEvenness: to.companyEvenness - from.companyEvenness,
      functionEvenness: to.functionEvenness - from.functionEvenness,
      relevantShare: to.relevantShare - from.relevantShare,
    };
  }
  return { weeklyInvitationCap: parts.weeklyInvitationCap, weeks, networkChange };
}
