/**
 * SQL of the coach view (issue 9, "Coach and cohort view"): the dated rows a member's weekly
 * progress is counted from, the connection dates, a cheap version of everything the network
 * figures depend on, and the weekly progress snapshots. Every query is scoped by account.
 */
import type { Kysely } from 'kysely';
import { readDataVersions } from './data-version.js';
import type {
  ActivityRecords,
  EventRecord,
  InvitationRecord,
  MoveRecord,
} from '../core/progress/weekly-activity.js';
import type { Database } from './schema.js';

type Db = Kysely<Database>;

/**
 * Outgoing invitations, pipeline moves and outreach events dated from `fromDay` to `toDay`
 * (`YYYY-MM-DD`, both included), with a day's margin either side for times written with a
 * zone offset; the caller puts each row in its UTC week.
 */
export async function loadActivityRows(
  db: Db,
  accountId: number,
  fromDay: string,
  toDay: string,
): Promise<ActivityRecords> {
  const from = shiftDay(fromDay, -1);
  const to = shiftDay(toDay, 2);
  const [invitations, moves, events] = await Promise.all([
    db
      .selectFrom('invitations')
      .select(['person_id', 'sent_at'])
      .where('account_id', '=', accountId)
      .where('direction', '=', 'out')
      .where('sent_at', '>=', from)
      .where('sent_at', '<', to)
      .execute(),
    db
      .selectFrom('outreach_moves')
      .select(['person_id', 'stage', 'help', 'source', 'moved_at'])
      .where('account_id', '=', accountId)
      .where('moved_at', '>=', from)
      .where('moved_at', '<', to)
      .execute(),
    db
      .selectFrom('outreach_events')
      .select(['person_id', 'kind', 'help', 'action', 'happened_at'])
      .where('account_id', '=', accountId)
      .where('happened_at', '>=', from)
      .where('happened_at', '<', to)
      .execute(),
  ]);
  return {
    invitations: invitations.map((r): InvitationRecord => ({
      personId: r.person_id,
      at: r.sent_at,
    })),
    moves: moves.map((r): MoveRecord => ({
      personId: r.person_id,
      stage: r.stage,
      help: r.help,
      source: r.source,
      at: r.moved_at,
    })),
    events: events.map((r): EventRecord => ({
      personId: r.person_id,
      kind: r.kind,
      help: r.help,
      action: r.action,
      at: r.happened_at,
    })),
  };
}

function shiftDay(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * The first day the member marked a planned invitation done: the planner's ramp counts its
 * weeks from it (services/outreach-state.ts). Undefined when they never did.
 */
export async function findRampStart(db: Db, accountId: number): Promise<string | undefined> {
  const row = await db
    .selectFrom('outreach_moves')
    .select((eb) => eb.fn.min('moved_at').as('first'))
    .where('account_id', '=', accountId)
    .where('stage', '=', 'invited')
    .where('source', '=', 'plan')
    .executeTakeFirst();
  const first = row?.first;
  return typeof first === 'string' && first !== '' ? first.slice(0, 10) : undefined;
}

/**
 * Connections from before `fromDay` (and those with no date), and the connection days from
 * `fromDay` on.
 */
export async function loadConnectionDays(
  db: Db,
  accountId: number,
  fromDay: string,
): Promise<{ before: number; laterDays: string[] }> {
  const [before, later] = await Promise.all([
    db
      .selectFrom('connections')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('account_id', '=', accountId)
      .where('connected_on', '<', fromDay)
      .executeTakeFirst(),
    db
      .selectFrom('connections')
      .select('connected_on')
      .where('account_id', '=', accountId)
      .where('connected_on', '>=', fromDay)
      .execute(),
  ]);
  // The empty string sorts before every day, so undated connections are in `before`.
  return { before: Number(before?.n ?? 0), laterDays: later.map((r) => r.connected_on) };
}

/**
 * A cheap fingerprint of the member's data (data-version.ts): an unchanged fingerprint means
 * the network figures and the classified activity have unchanged inputs.
 */
export async function readDataVersion(db: Db, accountId: number): Promise<string> {
  const versions = await readDataVersions(db, accountId);
  return `${versions.network}/${versions.outreach}`;
}

export interface StoredSnapshot {
  week: string;
  takenAt: string;
  dataVersion: string;
  figures: string;
}

/** Snapshots of the weeks from `fromWeek` to `toWeek` (ISO labels, both included), oldest first. */
export async function listSnapshots(
  db: Db,
  accountId: number,
  fromWeek: string,
  toWeek: string,
): Promise<StoredSnapshot[]> {
  const rows = await db
    .selectFrom('progress_snapshots')
    .select(['week', 'taken_at', 'data_version', 'figures'])
    .where('account_id', '=', accountId)
    .where('week', '>=', fromWeek)
    .where('week', '<=', toWeek)
    .orderBy('week')
    .execute();
  return rows.map((r) => ({
    week: r.week,
    takenAt: r.taken_at,
    dataVersion: r.data_version,
    figures: r.figures,
  }));
}

/** Writes the week's snapshot, replacing the one taken earlier that week. */
export async function saveSnapshot(
  db: Db,
  accountId: number,
  snapshot: StoredSnapshot,
): Promise<void> {
  await db
    .insertInto('progress_snapshots')
    .values({
      account_id: accountId,
      week: snapshot.week,
      taken_at: snapshot.takenAt,
      data_version: snapshot.dataVersion,
      figures: snapshot.figures,
    })
    .onConflict((oc) =>
      oc.columns(['account_id', 'week']).doUpdateSet({
        taken_at: snapshot.takenAt,
        data_version: snapshot.dataVersion,
        figures: snapshot.figures,
      }),
    )
    .execute();
}

/** Which of `accountIds` exist, ascending: a cohort never counts an account that is gone. */
export async function listExistingAccounts(
  db: Db,
  accountIds: readonly number[],
): Promise<number[]> {
  if (accountIds.length === 0) return [];
  const rows = await db
    .selectFrom('accounts')
    .select('id')
    .where('id', 'in', [...accountIds])
    .orderBy('id')
    .execute();
  return rows.map((r) => r.id);
}
