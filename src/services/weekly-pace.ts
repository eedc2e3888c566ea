/**
 * This week's outreach against the pace (issue 8, dashboard: "the goal and this week's progress
 * against the pace"): invitations sent in the current ISO week against what the planner's pacing
 * lets the week carry (core/progress/invitation-pace.ts: the ramp of docs/product.md "Grow with a
 * target", never above the weekly cap of docs/science.md section 6), and the conversations, asks and
 * help the week brought. Counted as the coach view counts them (core/progress/weekly-activity.ts),
 * so a member and their coach read the same figures. Reads only dated rows: no scoring.
 */
import { invitationPace } from '../core/progress/invitation-pace.js';
import { isoWeekAt } from '../core/progress/iso-week.js';
import { countWeeklyActivity } from '../core/progress/weekly-activity.js';
import { addDays, dayNumber, rampPerDay } from '../core/outreach/pacing.js';
import type { Store } from '../store/open-store.js';
import { LOCAL_ACCOUNT_ID } from '../store/open-store.js';
import { findRampStart, loadActivityRows } from '../store/progress-store.js';
import { loadOutreachSettings, pacingFrom } from './outreach-state.js';

export interface WeekPace {
  /** `2026-W45`. */
  week: string;
  firstDay: string;
  lastDay: string;
  /** Today, `YYYY-MM-DD` (UTC). */
  day: string;
  /** Days of the week gone by, today included: 1 on Monday, 7 on Sunday. */
  daysElapsed: number;
  /** Invitations sent this week: distinct person and day. */
  invitations: number;
  /** What the whole week may carry. */
  pace: number;
  /** What the days from Monday to today may carry: where the pace stands today. */
  paceByToday: number;
  weeklyCap: number;
  /** The ramp's invitations a day today. */
  perDay: number;
  /** People talked to, asked, and who helped, this week. */
  conversations: number;
  asks: number;
  referrals: number;
  interviews: number;
  offers: number;
  dailyMinutes: number;
}

export async function measureWeekPace(
  store: Store,
  options: { accountId?: number; now?: Date } = {},
): Promise<WeekPace> {
  const accountId = options.accountId ?? LOCAL_ACCOUNT_ID;
  const now = options.now ?? new Date();
  const week = isoWeekAt(now.getTime());
  const day = now.toISOString().slice(0, 10);
  const [settings, rampStart, rows] = await Promise.all([
    loadOutreachSettings(store, accountId),
    findRampStart(store.db, accountId),
    loadActivityRows(store.db, accountId, week.firstDay, week.lastDay),
  ]);
  const pacing = pacingFrom(settings);
  const [activity] = countWeeklyActivity([week], rows);
  const daysElapsed = Math.min(7, Math.max(1, dayNumber(day) - dayNumber(week.firstDay) + 1));
  let soFar = 0;
  for (let d = 0; d < daysElapsed; d += 1) {
    soFar += rampPerDay(pacing, addDays(week.firstDay, d), rampStart);
  }
  return {
    week: week.label,
    firstDay: week.firstDay,
    lastDay: week.lastDay,
    day,
    daysElapsed,
    invitations: activity?.invitations ?? 0,
    pace: invitationPace(pacing, week, rampStart),
    paceByToday: Math.min(pacing.weeklyInvitations, soFar),
    weeklyCap: pacing.weeklyInvitations,
    perDay: rampPerDay(pacing, day, rampStart),
    conversations: activity?.conversationPeople.length ?? 0,
    asks: activity?.askPeople.length ?? 0,
    referrals: activity?.referrals ?? 0,
    interviews: activity?.interviews ?? 0,
    offers: activity?.offers ?? 0,
    dailyMinutes: settings.dailyMinutes,
  };
}
