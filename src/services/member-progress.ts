/**
 * The coach and cohort view (issue 9, item 3; docs/product.md C10): a member's progress per ISO week
 * and a cohort's aggregates, counts only. A coach sees invitations against the pace,
 * conversations and asks by tie class, referrals, interviews and offers, connections, and the
 * tie mix and network health over time; never a name, a message or a person.
 *
 * Where each figure comes from:
 * - Activity is counted live from dated rows (invitations, pipeline moves, outreach events:
 *   core/progress/weekly-activity.ts), and connections per week from connection dates.
 * - Tie classes are the classes of the day the figures were computed (as the member's own
 *   outcomes view classes them, services/outreach-insights.ts), not of the day of the
 *   conversation: classes at the time would need the whole network re-scored as of each past
 *   week. Once a conversation's messages are imported, the tie's closeness rises, so recent
 *   conversations can read a class stronger than the tie was when they began.
 * - The tie mix and network health are recorded in a snapshot per ISO week (table
 *   progress_snapshots), because a past week's classes cannot be recomputed from dated rows
 *   alone (they depend on messages, mutual connections and dormancy on that day). A week in
 *   which no snapshot was taken shows `network: null`. A snapshot is taken whenever the
 *   progress is read in a new week or after the member's data changed (recordProgressSnapshot,
 *   which an import or a logged action may also call), and the last one of a week stays.
 * - Speed: computing the figures scores the whole network (measured: about 0.3 to 0.6 s for
 *   the 1,500-connection demo, 10 to 17 s for 30,000 connections and 200,000 messages), too
 *   slow to repeat for 30 members on every page. The snapshot of the current week also keeps
 *   the window's conversations and asks counted by class, and is reused while a cheap
 *   fingerprint of the member's data (progress-store.ts, readDataVersion) and the week are
 *   unchanged (measured: 15 to 45 ms per member at 30,000 connections); otherwise only that
 *   member's figures are recomputed.
 */
import { AppError } from '../core/app-error.js';
import type { CohortProgress } from '../core/progress/cohort-progress.js';
import { aggregateCohort, suppressedCohort } from '../core/progress/cohort-progress.js';
import { invitationPace } from '../core/progress/invitation-pace.js';
import type { IsoWeek } from '../core/progress/iso-week.js';
import { lastWeeks } from '../core/progress/iso-week.js';
import type {
  ClassifiedWeek,
  MemberProgress,
  NetworkFigures,
} from '../core/progress/member-progress.js';
import {
  assembleMemberProgress,
  countByTieClass,
  emptyClassCounts,
  TIE_CLASSES,
} from '../core/progress/member-progress.js';
import { MIN_MEMBERS_PER_CELL } from '../core/progress/small-cells.js';
import type { SnapshotFigures } from '../core/progress/snapshot-figures.js';
import { parseSnapshotFigures } from '../core/progress/snapshot-figures.js';
import type { WeekActivity } from '../core/progress/weekly-activity.js';
import { countConnectionsByWeek, countWeeklyActivity } from '../core/progress/weekly-activity.js';
import type { TieClass } from '../core/ties/classify-tie.js';
import type { Store } from '../store/open-store.js';
import {
  findRampStart,
  listExistingAccounts,
  listSnapshots,
  loadActivityRows,
  loadConnectionDays,
  readDataVersion,
  saveSnapshot,
} from '../store/progress-store.js';
import { computeNetworkHealth, type NetworkHealth } from './network-health.js';
import { loadOutreachSettings, pacingFrom } from './outreach-state.js';
import { scoreNetwork, type ScoredNetwork } from './recommend.js';

/** Weeks shown (design choice: twelve weeks, about a quarter, a usual coaching cycle). */
export const PROGRESS_WEEKS = 12;
/** The longest window a caller may ask for (design choice: a year). */
export const MAX_PROGRESS_WEEKS = 52;
/** The largest cohort one request aggregates (design choice: a big career centre's intake). */
export const MAX_COHORT_MEMBERS = 5000;
// Bumped when what a snapshot holds or how it is computed changes, so older ones are redone.
const FIGURES_VERSION = 'figures-1';

export interface ProgressOptions {
  now?: Date;
  /** Weeks to show, the current one included; PROGRESS_WEEKS by default. */
  weeks?: number;
  /** The member's network already scored today (the server keeps one); scored here otherwise. */
  network?: ScoredNetwork;
}

function windowOf(options: ProgressOptions): { now: Date; weeks: IsoWeek[] } {
  const count = options.weeks ?? PROGRESS_WEEKS;
  if (!Number.isInteger(count) || count < 1 || count > MAX_PROGRESS_WEEKS) {
    throw new AppError('usage', `weeks must be a whole number from 1 to ${MAX_PROGRESS_WEEKS}`);
  }
  const now = options.now ?? new Date();
  return { now, weeks: lastWeeks(now, count) };
}

function figuresOf(health: NetworkHealth): NetworkFigures {
  const tieMixShare = emptyClassCounts();
  for (const c of TIE_CLASSES) {
    tieMixShare[c] = health.connections > 0 ? health.tieClassMix[c] / health.connections : 0;
  }
  return {
    connections: health.connections,
    tieMix: { ...health.tieClassMix },
    tieMixShare,
    dormantShare: health.dormantShare,
    neverInteractedShare: health.neverInteractedShare,
    companyEvenness: health.companyDiversity.evenness,
    functionEvenness: health.functionDiversity.evenness,
    relevantShare: health.relevantShare,
    aboveTenMutualsShare: health.aboveTenMutualsShare,
  };
}

/** The network figures and the window's activity by the tie classes of today. */
async function computeSnapshotFigures(
  store: Store,
  accountId: number,
  now: Date,
  weeks: readonly IsoWeek[],
  activity: readonly WeekActivity[],
  scored: ScoredNetwork | undefined,
): Promise<SnapshotFigures> {
  // Scored once, for both the health figures and the classes.
  const network = scored ?? (await scoreNetwork(store, { accountId, now }));
  const health = await computeNetworkHealth(store, { accountId, now, network });
  const classes = new Map<number, TieClass>(
    network.scored.map((s) => [Number(s.personId), s.tieClass]),
  );
  const classOf = (id: number) => classes.get(id);
  const classified: ClassifiedWeek[] = weeks.map((w, i) => ({
    week: w.label,
    conversations: countByTieClass(activity[i]?.conversationPeople ?? [], classOf),
    asks: countByTieClass(activity[i]?.askPeople ?? [], classOf),
  }));
  return { network: figuresOf(health), classified };
}

function versionOf(data: string, weeks: readonly IsoWeek[]): string {
  return [FIGURES_VERSION, weeks[0]?.label ?? '', weeks[weeks.length - 1]?.label ?? '', data].join(
    '/',
  );
}

interface WindowData {
  weeks: IsoWeek[];
  activity: WeekActivity[];
  current: SnapshotFigures;
  networkByWeek: Map<string, NetworkFigures>;
}

/**
 * Reads the window's activity and snapshots, and takes this week's snapshot unless the one
 * taken already was computed from the same data.
 */
async function loadWindow(
  store: Store,
  accountId: number,
  options: ProgressOptions,
): Promise<WindowData> {
  const { now, weeks } = windowOf(options);
  const first = weeks[0];
  const last = weeks[weeks.length - 1];
  if (!first || !last) throw new Error('loadWindow: an empty window of weeks');
  // The fingerprint is read before the data: a change in between leaves an older version on
  // the new figures, so they are only ever recomputed once too often, never kept stale.
  const version = versionOf(await readDataVersion(store.db, accountId), weeks);
  const [records, stored] = await Promise.all([
    loadActivityRows(store.db, accountId, first.firstDay, last.lastDay),
    listSnapshots(store.db, accountId, first.label, last.label),
  ]);
  const activity = countWeeklyActivity(weeks, records);
  const networkByWeek = new Map<string, NetworkFigures>();
  let current: SnapshotFigures | undefined;
  for (const s of stored) {
    const figures = parseSnapshotFigures(s.figures);
    if (!figures) continue;
    networkByWeek.set(s.week, figures.network);
    if (s.week === last.label && s.dataVersion === version) current = figures;
  }
  if (!current) {
    current = await computeSnapshotFigures(store, accountId, now, weeks, activity, options.network);
    await saveSnapshot(store.db, accountId, {
      week: last.label,
      takenAt: now.toISOString(),
      dataVersion: version,
      figures: JSON.stringify(current),
    });
    networkByWeek.set(last.label, current.network);
  }
  return { weeks, activity, current, networkByWeek };
}

/**
 * Records this week's snapshot of the member's network figures unless one computed from the
 * same data exists: for an import or a logged action to call, so the weeks a member works in
 * have their tie mix recorded even when nobody looks at their progress that week.
 */
export async function recordProgressSnapshot(
  store: Store,
  accountId: number,
  options: ProgressOptions = {},
): Promise<void> {
  await loadWindow(store, accountId, options);
}

/** One member's progress per week, counts only (core/progress/member-progress.ts). */
export async function summariseMemberProgress(
  store: Store,
  accountId: number,
  options: ProgressOptions = {},
): Promise<MemberProgress> {
  const { weeks, activity, current, networkByWeek } = await loadWindow(store, accountId, options);
  const first = weeks[0];
  if (!first) throw new Error('summariseMemberProgress: an empty window of weeks');
  const [settings, rampStart, connectionDays] = await Promise.all([
    loadOutreachSettings(store, accountId),
    findRampStart(store.db, accountId),
    loadConnectionDays(store.db, accountId, first.firstDay),
  ]);
  const pacing = pacingFrom(settings);
  const classifiedByWeek = new Map(current.classified.map((c) => [c.week, c]));
  return assembleMemberProgress({
    weeks,
    activity,
    classified: weeks.map(
      (w) =>
        classifiedByWeek.get(w.label) ?? {
          week: w.label,
          conversations: { total: 0, byTieClass: emptyClassCounts() },
          asks: { total: 0, byTieClass: emptyClassCounts() },
        },
    ),
    paces: weeks.map((w) => invitationPace(pacing, w, rampStart)),
    connections: countConnectionsByWeek(weeks, connectionDays.before, connectionDays.laterDays),
    networkByWeek,
    weeklyInvitationCap: pacing.weeklyInvitations,
  });
}

/**
 * A cohort's weekly aggregates with every cell of fewer than 5 members suppressed
 * (core/progress/cohort-progress.ts). Each account counts once, and only if it exists; a cohort
 * of fewer than 5 is suppressed whole without reading any member's data.
 */
export async function summariseCohort(
  store: Store,
  accountIds: readonly number[],
  options: ProgressOptions = {},
): Promise<CohortProgress> {
  const unique = [...new Set(accountIds)].filter((id) => Number.isSafeInteger(id));
  if (unique.length > MAX_COHORT_MEMBERS) {
    throw new AppError('too-large', `a cohort is limited to ${MAX_COHORT_MEMBERS} members`);
  }
  // One clock for every member, so a cohort read across midnight on Sunday has one set of weeks.
  const { now, weeks } = windowOf(options);
  const labels = weeks.map((w) => w.label);
  const members = await listExistingAccounts(store.db, unique);
  if (members.length < MIN_MEMBERS_PER_CELL) return suppressedCohort(labels, members.length);
  const progress: MemberProgress[] = [];
  // One member at a time: each may score a whole network, and the machine is shared.
  for (const accountId of members) {
    progress.push(await summariseMemberProgress(store, accountId, { ...options, now }));
  }
  return aggregateCohort(labels, progress);
}
