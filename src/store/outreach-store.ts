/**
 * SQL of the outreach planner (issue 7): pipeline moves, logged events, the user's templates, the
 * plan items shown and their status, and outreach settings. Rows written by older versions or
 * edited by hand are read defensively: a row whose stage or kind is unknown is dropped.
 */
import type { Kysely } from 'kysely';
import type { OutreachEvent } from '../core/outreach/outreach-events.js';
import { isEventKind } from '../core/outreach/outreach-events.js';
import type { PipelineMove } from '../core/outreach/pipeline.js';
import { isHelpKind, isStage } from '../core/outreach/pipeline.js';
import type { ItemLogEntry, ItemStatus } from '../core/outreach/plan-item.js';
import type { Template } from '../core/outreach/templates.js';
import { isSituation } from '../core/outreach/templates.js';
import type { Database } from './schema.js';

type Db = Kysely<Database>;

const MOVE_SOURCES = ['user', 'plan', 'log', 'import'] as const;

export async function listMoves(db: Db, accountId: number): Promise<PipelineMove[]> {
  const rows = await db
    .selectFrom('outreach_moves')
    .selectAll()
    .where('account_id', '=', accountId)
    .orderBy('moved_at')
    .orderBy('id')
    .execute();
  const moves: PipelineMove[] = [];
  for (const r of rows) {
    if (!isStage(r.stage)) continue;
    const source = MOVE_SOURCES.find((s) => s === r.source) ?? 'user';
    moves.push({
      personId: String(r.person_id),
      stage: r.stage,
      at: r.moved_at,
      source,
      ...(isHelpKind(r.help) ? { help: r.help } : {}),
      ...(r.snooze_until ? { snoozeUntil: r.snooze_until } : {}),
      ...(r.reason ? { reason: r.reason } : {}),
      ...(r.note ? { note: r.note } : {}),
    });
  }
  return moves;
}

export async function insertMoves(
  db: Db,
  accountId: number,
  moves: readonly PipelineMove[],
): Promise<void> {
  if (moves.length === 0) return;
  await db
    .insertInto('outreach_moves')
    .values(
      moves.map((m) => ({
        account_id: accountId,
        person_id: Number(m.personId),
        stage: m.stage,
        moved_at: m.at,
        source: m.source,
        help: m.help ?? '',
        snooze_until: m.snoozeUntil ?? '',
        reason: m.reason ?? '',
        note: m.note ?? '',
      })),
    )
    .execute();
}

const EVENT_SOURCES = ['log', 'plan', 'import'] as const;

export async function listEvents(db: Db, accountId: number): Promise<OutreachEvent[]> {
  const rows = await db
    .selectFrom('outreach_events')
    .selectAll()
    .where('account_id', '=', accountId)
    .orderBy('happened_at')
    .orderBy('id')
    .execute();
  const events: OutreachEvent[] = [];
  for (const r of rows) {
    if (!isEventKind(r.kind)) continue;
    events.push({
      personId: String(r.person_id),
      kind: r.kind,
      at: r.happened_at,
      source: EVENT_SOURCES.find((s) => s === r.source) ?? 'log',
      ...(r.note ? { note: r.note } : {}),
      ...(isHelpKind(r.help) ? { help: r.help } : {}),
      ...(r.action ? { action: r.action } : {}),
      ...(r.template_id ? { templateId: r.template_id } : {}),
    });
  }
  return events;
}

export async function insertEvents(
  db: Db,
  accountId: number,
  events: readonly OutreachEvent[],
): Promise<void> {
  if (events.length === 0) return;
  await db
    .insertInto('outreach_events')
    .values(
      events.map((e) => ({
        account_id: accountId,
        person_id: Number(e.personId),
        kind: e.kind,
        happened_at: e.at,
        source: e.source,
        note: e.note ?? '',
        help: e.help ?? '',
        action: e.action ?? '',
        template_id: e.templateId ?? '',
      })),
    )
    .execute();
}

export async function listUserTemplates(db: Db, accountId: number): Promise<Template[]> {
  const rows = await db
    .selectFrom('outreach_templates')
    .selectAll()
    .where('account_id', '=', accountId)
    .orderBy('template_id')
    .execute();
  const templates: Template[] = [];
  for (const r of rows) {
    if (!isSituation(r.situation)) continue;
    templates.push({ id: r.template_id, situation: r.situation, text: r.body, builtIn: false });
  }
  return templates;
}

export async function saveUserTemplate(
  db: Db,
  accountId: number,
  template: Template,
  at: string,
): Promise<void> {
  await db
    .insertInto('outreach_templates')
    .values({
      account_id: accountId,
      template_id: template.id,
      situation: template.situation,
      body: template.text,
      created_at: at,
    })
    .onConflict((oc) =>
      oc
        .columns(['account_id', 'template_id'])
        .doUpdateSet({ situation: template.situation, body: template.text }),
    )
    .execute();
}

const STATUSES: readonly ItemStatus[] = ['shown', 'done', 'snoozed', 'skipped'];

/** Every plan item's current status, for "plans never repeat". */
export async function listItemLog(db: Db, accountId: number): Promise<ItemLogEntry[]> {
  const rows = await db
    .selectFrom('outreach_plan_items')
    .select(['item_key', 'plan_day', 'status', 'snooze_until'])
    .where('account_id', '=', accountId)
    .orderBy('id')
    .execute();
  const log: ItemLogEntry[] = [];
  for (const r of rows) {
    const status = STATUSES.find((s) => s === r.status);
    if (!status) continue;
    log.push({
      key: r.item_key,
      day: r.plan_day,
      status,
      ...(r.snooze_until ? { until: r.snooze_until } : {}),
    });
  }
  return log;
}

export interface StoredPlanItem {
  key: string;
  day: string;
  position: number;
  kind: string;
  personId: string;
  status: ItemStatus;
  statusAt: string;
  snoozeUntil?: string;
  payload: string;
}

export async function listPlanItems(
  db: Db,
  accountId: number,
  fromDay: string,
  toDay: string = fromDay,
): Promise<StoredPlanItem[]> {
  const rows = await db
    .selectFrom('outreach_plan_items')
    .selectAll()
    .where('account_id', '=', accountId)
    .where('plan_day', '>=', fromDay)
    .where('plan_day', '<=', toDay)
    .orderBy('plan_day')
    .orderBy('position')
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    key: r.item_key,
    day: r.plan_day,
    position: r.position,
    kind: r.kind,
    personId: String(r.person_id),
    status: STATUSES.find((s) => s === r.status) ?? 'shown',
    statusAt: r.status_at,
    ...(r.snooze_until ? { snoozeUntil: r.snooze_until } : {}),
    payload: r.payload,
  }));
}

export async function insertPlanItems(
  db: Db,
  accountId: number,
  items: readonly Omit<StoredPlanItem, 'status' | 'snoozeUntil'>[],
): Promise<void> {
  if (items.length === 0) return;
  await db
    .insertInto('outreach_plan_items')
    .values(
      items.map((i) => ({
        account_id: accountId,
        plan_day: i.day,
        item_key: i.key,
        position: i.position,
        kind: i.kind,
        person_id: Number(i.personId),
        status: 'shown',
        status_at: i.statusAt,
        snooze_until: '',
        payload: i.payload,
      })),
    )
    .onConflict((oc) => oc.columns(['account_id', 'plan_day', 'item_key']).doNothing())
    .execute();
}

export async function setPlanItemStatus(
  db: Db,
  accountId: number,
  day: string,
  key: string,
  status: ItemStatus,
  at: string,
  snoozeUntil = '',
): Promise<void> {
  await db
    .updateTable('outreach_plan_items')
    .set({ status, status_at: at, snooze_until: snoozeUntil })
    .where('account_id', '=', accountId)
    .where('plan_day', '=', day)
    .where('item_key', '=', key)
    .execute();
}

export interface OutreachSettingsRow {
  accountType: string;
  dailyMinutes: number;
  weeklyPosts: number;
  pacingOverrides: string;
}

export async function getOutreachSettings(
  db: Db,
  accountId: number,
): Promise<OutreachSettingsRow | undefined> {
  const r = await db
    .selectFrom('outreach_settings')
    .selectAll()
    .where('account_id', '=', accountId)
    .executeTakeFirst();
  return r
    ? {
        accountType: r.account_type,
        dailyMinutes: r.daily_minutes,
        weeklyPosts: r.weekly_posts,
        pacingOverrides: r.pacing_overrides,
      }
    : undefined;
}

export async function saveOutreachSettings(
  db: Db,
  accountId: number,
  settings: OutreachSettingsRow,
  at: string,
): Promise<void> {
  const values = {
    account_type: settings.accountType,
    daily_minutes: settings.dailyMinutes,
    weekly_posts: settings.weeklyPosts,
    pacing_overrides: settings.pacingOverrides,
    updated_at: at,
  };
  await db
    .insertInto('outreach_settings')
    .values({ account_id: accountId, ...values })
    .onConflict((oc) => oc.column('account_id').doUpdateSet(values))
    .execute();
}

export interface InvitationRow {
  personId: string;
  direction: 'in' | 'out';
  sentAt: string;
  note: string;
}

/** Imported invitations (Invitations.csv, docs/formats.md section 1), both directions. */
export async function listInvitationRows(db: Db, accountId: number): Promise<InvitationRow[]> {
  const rows = await db
    .selectFrom('invitations')
    .select(['person_id', 'direction', 'sent_at', 'note'])
    .where('account_id', '=', accountId)
    .orderBy('sent_at')
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    personId: String(r.person_id),
    direction: r.direction,
    sentAt: r.sent_at,
    note: r.note,
  }));
}

/** Days of the user's own posts (Shares.csv). */
export async function listShareDays(db: Db, accountId: number): Promise<string[]> {
  const rows = await db
    .selectFrom('shares')
    .select('shared_at')
    .where('account_id', '=', accountId)
    .orderBy('shared_at')
    .orderBy('id')
    .execute();
  return rows.map((r) => r.shared_at.slice(0, 10)).filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d));
}

/** Who the user has one-to-one messages with, and when they wrote: imports move the pipeline. */
export async function listDirectMessages(
  db: Db,
  accountId: number,
  personIds: readonly number[],
): Promise<{ personId: string; at: string; direction: 'in' | 'out' }[]> {
  if (personIds.length === 0) return [];
  const out: { personId: string; at: string; direction: 'in' | 'out' }[] = [];
  // SQLite's bound-parameter limit: query in slices (design choice: 500 per query).
  for (let i = 0; i < personIds.length; i += 500) {
    const slice = personIds.slice(i, i + 500);
    const rows = await db
      .selectFrom('messages as m')
      .innerJoin('conversation_participants as cp', 'cp.conversation_id', 'm.conversation_id')
      .select(['cp.person_id', 'm.sent_at', 'm.direction'])
      // Scoped on the participants, whose person index narrows to the slice; filtering on
      // messages' account_id led SQLite to scan the account's messages for every slice.
      .where('cp.account_id', '=', accountId)
      .where('cp.person_id', 'in', slice)
      .where((eb) =>
        eb.not(
          eb.exists(
            eb
              .selectFrom('conversation_participants as other')
              .select('other.person_id')
              .whereRef('other.conversation_id', '=', 'm.conversation_id')
              .whereRef('other.person_id', '<>', 'cp.person_id'),
          ),
        ),
      )
      .orderBy('m.sent_at')
      .orderBy('m.id')
      .execute();
    for (const r of rows)
      out.push({ personId: String(r.person_id), at: r.sent_at, direction: r.direction });
  }
  return out;
}
