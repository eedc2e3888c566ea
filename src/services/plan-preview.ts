/**
 * Today's plan for the web app (issue 8): reading it never writes. The CLI's `weakties plan`
 * stores a day's plan the first time it is shown (plan-outreach.ts), so that it reads the same
 * all day; the web app shows the plan the planner would store, and stores it when the user first
 * acts on it (marks an item, or asks to keep it), so opening a page is never an action.
 */
import { planDay } from '../core/outreach/planner.js';
import type { Store } from '../store/open-store.js';
import { LOCAL_ACCOUNT_ID } from '../store/open-store.js';
import { listPlanItems } from '../store/outreach-store.js';
import { loadOutreachState, type OutreachState } from './outreach-state.js';
import { planOutreach, resolveDay, type PlanOptions, type ShownPlan } from './plan-outreach.js';

export interface PlanView extends ShownPlan {
  /** False for a plan computed to be shown, which the first action on it will store. */
  isSaved: boolean;
}

function optionsFor(accountId: number, day: string, now: Date): PlanOptions {
  return { accountId, day, now };
}

/**
 * The day's stored plan, else the plan the planner would store, computed and not written.
 * `state` is the day's outreach state when the caller holds it already (the server caches it).
 */
export async function showPlan(
  store: Store,
  options: PlanOptions = {},
  state?: () => Promise<OutreachState>,
): Promise<PlanView> {
  const accountId = options.accountId ?? LOCAL_ACCOUNT_ID;
  const now = options.now ?? new Date();
  const day = resolveDay(options.day, now);
  const stored = await listPlanItems(store.db, accountId, day);
  if (stored.length > 0) {
    return { ...(await planOutreach(store, optionsFor(accountId, day, now))), isSaved: true };
  }
  const loaded = state
    ? await state()
    : await loadOutreachState(store, { accountId, day, now: new Date(`${day}T12:00:00Z`) });
  const plan = planDay(loaded.input);
  return {
    ...plan,
    items: plan.items.map((item) => ({ ...item, status: 'shown' as const })),
    goalsConfirmed: loaded.network.goals.confirmed,
    isSaved: false,
  };
}

/** Stores the day's plan as the planner makes it now, unless the day has one (plan-outreach.ts). */
export async function savePlan(store: Store, options: PlanOptions = {}): Promise<PlanView> {
  return { ...(await planOutreach(store, options)), isSaved: true };
}

/** Stores the day's plan before an action on one of its items, unless it is stored already. */
export async function ensurePlanSaved(store: Store, options: PlanOptions = {}): Promise<void> {
  const accountId = options.accountId ?? LOCAL_ACCOUNT_ID;
  const now = options.now ?? new Date();
  const day = resolveDay(options.day, now);
  if ((await listPlanItems(store.db, accountId, day)).length > 0) return;
  await planOutreach(store, optionsFor(accountId, day, now));
}
