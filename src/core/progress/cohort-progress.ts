/**
 * A cohort's progress for a career centre (issue 9, "Coach and cohort view"; docs/product.md C10):
 * members' weekly figures summed, or their medians taken, cell by cell, and every cell with
 * fewer than 5 contributing members suppressed (small-cells.ts). A cohort of fewer than 5
 * members shows no figure at all. Who contributes to a cell:
 * - a total (invitations, conversations, asks, referrals, interviews, offers, each tie class):
 *   the members whose own figure is above zero, so "3 of 6 members logged an interview" is
 *   suppressed rather than shown as a sum of three;
 * - a count of members (at pace, with a snapshot): the members it counts;
 * - a median of activity or connections: every member (a zero is a member's figure too);
 * - a median of network figures: the members with a snapshot that week.
 */
import type { TieClass } from '../ties/classify-tie.js';
import type {
  ClassCounts,
  MemberProgress,
  NetworkFigures,
  WeekProgress,
} from './member-progress.js';
import type { Cell } from './small-cells.js';
import { cellOf, median, MIN_MEMBERS_PER_CELL, suppressedCell } from './small-cells.js';

export type ClassCells = Record<TieClass, Cell>;

export interface CohortWeek {
  week: string;
  invitations: { total: Cell; medianPerMember: Cell; membersAtPace: Cell };
  conversations: { total: Cell; byTieClass: ClassCells };
  asks: { total: Cell; byTieClass: ClassCells };
  referrals: Cell;
  interviews: Cell;
  offers: Cell;
  connections: { medianPerMember: Cell };
  network: {
    membersRecorded: Cell;
    /** Medians over the members with a snapshot that week. */
    tieMixShare: ClassCells;
    dormantShare: Cell;
    companyEvenness: Cell;
    functionEvenness: Cell;
    relevantShare: Cell;
  };
}

export interface CohortProgress {
  /** Members in the cohort (each counted once). */
  members: number;
  /** The smallest number of members a shown cell may have. */
  threshold: number;
  /** True when the cohort itself is smaller than the threshold: every cell is suppressed. */
  suppressed: boolean;
  weeks: CohortWeek[];
}

function classCells(make: (c: TieClass) => Cell): ClassCells {
  return {
    strong: make('strong'),
    'moderately-weak': make('moderately-weak'),
    weak: make('weak'),
    dormant: make('dormant'),
    'never-interacted': make('never-interacted'),
  };
}

/** The sum over members, shown when at least `threshold` members have a figure above zero. */
function total(values: readonly number[], threshold: number): Cell {
  const positive = values.filter((v) => v > 0);
  const sum = positive.reduce((a, b) => a + b, 0);
  return cellOf(sum, positive.length, threshold);
}

function medianCell(values: readonly number[], threshold: number): Cell {
  return values.length === 0 ? suppressedCell() : cellOf(median(values), values.length, threshold);
}

function count(n: number, threshold: number): Cell {
  return cellOf(n, n, threshold);
}

function aggregateWeek(week: string, rows: readonly WeekProgress[], threshold: number): CohortWeek {
  const sum = (pick: (w: WeekProgress) => number) => total(rows.map(pick), threshold);
  const middle = (pick: (w: WeekProgress) => number) => medianCell(rows.map(pick), threshold);
  const sumByClass = (pick: (w: WeekProgress) => ClassCounts) =>
    classCells((c) => sum((w) => pick(w)[c]));
  const networks = rows.map((w) => w.network).filter((n): n is NetworkFigures => n !== null);
  const middleNetwork = (pick: (n: NetworkFigures) => number) =>
    medianCell(networks.map(pick), threshold);
  return {
    week,
    invitations: {
      total: sum((w) => w.invitations),
      medianPerMember: middle((w) => w.invitations),
      membersAtPace: count(rows.filter((w) => w.invitations >= w.invitationPace).length, threshold),
    },
    conversations: {
      total: sum((w) => w.conversations.total),
      byTieClass: sumByClass((w) => w.conversations.byTieClass),
    },
    asks: {
      total: sum((w) => w.asks.total),
      byTieClass: sumByClass((w) => w.asks.byTieClass),
    },
    referrals: sum((w) => w.referrals),
    interviews: sum((w) => w.interviews),
    offers: sum((w) => w.offers),
    connections: { medianPerMember: middle((w) => w.connections) },
    network: {
      membersRecorded: count(networks.length, threshold),
      tieMixShare: classCells((c) => middleNetwork((n) => n.tieMixShare[c])),
      dormantShare: middleNetwork((n) => n.dormantShare),
      companyEvenness: middleNetwork((n) => n.companyEvenness),
      functionEvenness: middleNetwork((n) => n.functionEvenness),
      relevantShare: middleNetwork((n) => n.relevantShare),
    },
  };
}

/** A cohort too small to show anything: its size, its weeks, and every cell suppressed. */
export function suppressedCohort(
  weeks: readonly string[],
  members: number,
  threshold: number = MIN_MEMBERS_PER_CELL,
): CohortProgress {
  return {
    members,
    threshold,
    suppressed: true,
    // No member's figure is read: an unreachable threshold suppresses every cell through the
    // same code that shows them.
    weeks: weeks.map((week) => aggregateWeek(week, [], Number.POSITIVE_INFINITY)),
  };
}

/**
 * Aggregates members' progress over the same weeks (`weeks`, oldest first). With fewer members
 * than the threshold the cohort is suppressed whole (suppressedCohort).
 */
export function aggregateCohort(
  weeks: readonly string[],
  members: readonly MemberProgress[],
  threshold: number = MIN_MEMBERS_PER_CELL,
): CohortProgress {
  if (members.length < threshold) return suppressedCohort(weeks, members.length, threshold);
  return {
    members: members.length,
    threshold,
    suppressed: false,
    weeks: weeks.map((week) =>
      aggregateWeek(
        week,
        members.map((m) => m.weeks.find((w) => w.week === week)).filter((w) => w !== undefined),
        threshold,
      ),
    ),
  };
}
