/**
 * Today's outreach plan as a use case (issue 7, item 3): build it from the state, keep it for the
 * day (so it reads the same all day and never repeats once acted on), and record what the user
 * did with each item. weakties never sends anything: items carry the link and the text to copy.
 */
import { writeFile } from 'node:fs/promises';
import { AppError } from '../core/app-error.js';
import type { PipelineMove } from '../core/outreach/pipeline.js';
import type { ItemStatus, PlanItem } from '../core/outreach/plan-item.js';
import { completeItem } from '../core/outreach/plan-item.js';
import type { DayPlan, ShapingNote } from '../core/outreach/planner.js';
import { planDay, planWeek } from '../core/outreach/planner.js';
import {
  addDays,
  invitationAllowance,
  isPacingKey,
  PACING_DEFAULTS,
} from '../core/outreach/pacing.js';
import { planCsv } from '../core/outreach/reminders.js';
import type { Store } from '../store/open-store.js';
import { LOCAL_ACCOUNT_ID } from '../store/open-store.js';
import {
  getOutreachSettings,
  insertEvents,
  insertMoves,
  insertPlanItems,
  listPlanItems,
  saveOutreachSettings,
  setPlanItemStatus,
} from '../store/outreach-store.js';
import {
  loadOutreachSettings,
  loadOutreachState,
  materialise,
  type OutreachSettingsView,
} from './outreach-state.js';

export interface PlanOptions {
  accountId?: number;
  /** `YYYY-MM-DD`; today (UTC) by default. */
  day?: string;
  now?: Date;
}

export interface ShownItem extends PlanItem {
  status: ItemStatus;
  snoozeUntil?: string;
}

export interface ShownPlan extends Omit<DayPlan, 'items'> {
  items: ShownItem[];
  goalsConfirmed: boolean;
}

const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

export function resolveDay(day: string | undefined, now: Date): string {
  if (day === undefined) return now.toISOString().slice(0, 10);
  if (!DAY_PATTERN.test(day) || Number.isNaN(Date.parse(`${day}T00:00:00Z`))) {
    throw new AppError('usage', `--date must be a day as YYYY-MM-DD, not "${day}"`);
  }
  return day;
}

/** When an action on `day` happened: now, if `day` is today; otherwise noon of that day. */
function actionTime(day: string, now: Date): string {
  return now.toISOString().slice(0, 10) === day ? now.toISOString() : `${day}T12:00:00.000Z`;
}

interface StoredPayload {
  item: PlanItem;
  shapedBy: ShapingNote[];
  notes: string[];
  minutesAvailable: number;
}

function parsePayload(json: string): StoredPayload | undefined {
  try {
    const value = JSON.parse(json) as StoredPayload;
    return value && typeof value === 'object' && value.item ? value : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The plan of a day: the stored one when the day was already planned, otherwise a new plan,
 * stored as shown.
 */
export async function planOutreach(store: Store, options: PlanOptions = {}): Promise<ShownPlan> {
  const accountId = options.accountId ?? LOCAL_ACCOUNT_ID;
  const now = options.now ?? new Date();
  const day = resolveDay(options.day, now);
  const state = await loadOutreachState(store, {
    accountId,
    day,
    now: new Date(`${day}T12:00:00Z`),
  });
  const allowance = invitationAllowance(state.input.pacing, state.input.invitations, day);
  const stored = await listPlanItems(store.db, accountId, day);
  const goalsConfirmed = state.network.goals.confirmed;
  if (stored.length > 0) {
    const items: ShownItem[] = [];
    let meta: StoredPayload | undefined;
    for (const row of stored) {
      const payload = parsePayload(row.payload);
      if (!payload) continue;
      meta ??= payload;
      items.push({
        ...payload.item,
        status: row.status,
        ...(row.snoozeUntil ? { snoozeUntil: row.snoozeUntil } : {}),
      });
    }
    return {
      day,
      items,
      minutesAvailable: meta?.minutesAvailable ?? state.input.pacing.dailyMinutes,
      minutesPlanned: items.reduce((sum, i) => sum + i.minutes, 0),
      limits: allowance.limits,
      shapedBy: meta?.shapedBy ?? [],
      notes: meta?.notes ?? [],
      goalsConfirmed,
    };
  }
  const plan = planDay(state.input);
  const statusAt = now.toISOString();
  await insertPlanItems(
    store.db,
    accountId,
    plan.items.map((item) => ({
      key: item.key,
      day,
      position: item.position,
      kind: item.kind,
      personId: item.personId,
      statusAt,
      payload: JSON.stringify({
        item,
        shapedBy: plan.shapedBy,
        notes: plan.notes,
        minutesAvailable: plan.minutesAvailable,
      } satisfies StoredPayload),
    })),
  );
  return { ...plan, items: plan.items.map((i) => ({ ...i, status: 'shown' })), goalsConfirmed };
}

/** The week ahead from `day`, assuming each item is done on its day and nobody answers yet. */
export async function planWeekAhead(store: Store, options: PlanOptions = {}): Promise<DayPlan[]> {
  const accountId = options.accountId ?? LOCAL_ACCOUNT_ID;
  const now = options.now ?? new Date();
  const day = resolveDay(options.day, now);
  const state = await loadOutreachState(store, {
    accountId,
    day,
    now: new Date(`${day}T12:00:00Z`),
  });
  return planWeek(state.input, 7);
}

/** Finds an item of the day's plan by its position ("3") or its key. */
async function findItem(store: Store, accountId: number, day: string, ref: string) {
  const items = await listPlanItems(store.db, accountId, day);
  const row = /^\d+$/.test(ref)
    ? items.find((i) => i.position === Number(ref))
    : items.find((i) => i.key === ref);
  if (!row) {
    throw new AppError(
      'not-found',
      items.length === 0
        ? `there is no plan for ${day} yet: run weakties plan${day ? ` --date ${day}` : ''} first`
        : `no item "${ref}" in the plan of ${day} (items 1 to ${items.length})`,
    );
  }
  const payload = parsePayload(row.payload);
  if (!payload) throw new AppError('invalid-input', `the stored item "${ref}" cannot be read`);
  return { row, item: payload.item };
}

/**
 * Records what the user did with an item: done (its moves and events are written), snoozed
 * until a day, or skipped (never shown again).
 */
export async function markPlanItem(
  store: Store,
  ref: string,
  status: Exclude<ItemStatus, 'shown'>,
  options: PlanOptions & { until?: string } = {},
): Promise<{ item: PlanItem; status: ItemStatus; moves: PipelineMove[] }> {
  const accountId = options.accountId ?? LOCAL_ACCOUNT_ID;
  const now = options.now ?? new Date();
  const day = resolveDay(options.day, now);
  const { row, item } = await findItem(store, accountId, day, ref);
  if (row.status === 'done' || row.status === 'skipped') {
    throw new AppError('conflict', `item ${row.position} is already ${row.status}`);
  }
  const at = actionTime(day, now);
  let until = '';
  if (status === 'snoozed') {
    until = options.until ?? addDays(day, 1);
    if (!DAY_PATTERN.test(until) || until <= day) {
      throw new AppError('usage', `--until must be a day after ${day} (YYYY-MM-DD)`);
    }
  }
  let moves: PipelineMove[] = [];
  await store.db.transaction().execute(async (trx) => {
    if (status === 'done') {
      const state = await loadOutreachState(
        { ...store, db: trx },
        { accountId, day, now: new Date(at) },
      );
      const entry = state.entries.get(item.personId);
      const done = completeItem(item, entry, at);
      moves = done.moves.map((m) =>
        item.kind === 'invite' && item.withNote ? { ...m, reason: 'with-note' } : m,
      );
      await insertMoves(trx, accountId, [...materialise(state, item.personId), ...moves]);
      await insertEvents(trx, accountId, done.events);
    }
    await setPlanItemStatus(trx, accountId, day, row.key, status, at, until);
  });
  return { item, status, moves };
}

export async function writePlanCsv(
  store: Store,
  path: string,
  options: PlanOptions & { week?: boolean } = {},
): Promise<number> {
  const plans = options.week
    ? await planWeekAhead(store, options)
    : [await planOutreach(store, options)];
  try {
    await writeFile(path, planCsv(plans), 'utf8');
  } catch (error) {
    throw new AppError('io', `cannot write ${path}: ${(error as Error).message}`);
  }
  return plans.reduce((n, p) => n + p.items.length, 0);
}

export interface SettingsChange {
  accountType?: string;
  dailyMinutes?: number;
  weeklyPosts?: number;
  /** `key=value` pacing overrides, e.g. weeklyInvitations=80. */
  pacing?: Record<string, number>;
}

export async function updateOutreachSettings(
  store: Store,
  change: SettingsChange,
  options: { accountId?: number; now?: Date } = {},
): Promise<OutreachSettingsView> {
  const accountId = options.accountId ?? LOCAL_ACCOUNT_ID;
  const current = await getOutreachSettings(store.db, accountId);
  const view = await loadOutreachSettings(store, accountId);
  if (
    change.accountType !== undefined &&
    change.accountType !== 'free' &&
    change.accountType !== 'premium'
  ) {
    throw new AppError('usage', '--account is "free" or "premium"');
  }
  const bounded = (value: number | undefined, name: string, max: number) => {
    if (value !== undefined && (!Number.isInteger(value) || value < 1 || value > max)) {
      throw new AppError('usage', `${name} must be a whole number from 1 to ${max}`);
    }
    return value;
  };
  const minutes = bounded(change.dailyMinutes, '--minutes', 480);
  const posts = bounded(change.weeklyPosts, '--weekly-posts', 50);
  const overrides = { ...view.overrides };
  for (const [key, value] of Object.entries(change.pacing ?? {})) {
    if (!isPacingKey(key)) {
      throw new AppError(
        'usage',
        `unknown pacing setting "${key}"; known: ${Object.keys(PACING_DEFAULTS).join(', ')}`,
      );
    }
    if (!Number.isInteger(value) || value < 0 || value > 1_000_000) {
      throw new AppError('usage', `${key} must be a whole number from 0 to 1,000,000`);
    }
    overrides[key] = value;
  }
  await saveOutreachSettings(
    store.db,
    accountId,
    {
      accountType: change.accountType ?? current?.accountType ?? 'free',
      dailyMinutes: minutes ?? current?.dailyMinutes ?? 20,
      weeklyPosts: posts ?? current?.weeklyPosts ?? 1,
      pacingOverrides: JSON.stringify(overrides),
    },
    (options.now ?? new Date()).toISOString(),
  );
  return loadOutreachSettings(store, accountId);
}
