/**
 * The pace a member's invitations are measured against (issue 9: "invitations sent per week
 * against the pace"): what the planner lets a calendar week carry under the member's own
 * pacing settings (core/outreach/pacing.ts; docs/science.md section 6 and docs/product.md "Grow with a
 * target"): the ramp's allowance for each of the week's seven days, never above the weekly cap.
 */
import type { PacingSettings } from '../outreach/pacing.js';
import { addDays, rampPerDay } from '../outreach/pacing.js';
import type { IsoWeek } from './iso-week.js';

/**
 * Invitations the week may carry. `rampStartedOn` is the first day the member marked a planned
 * invitation done (the planner's ramp counts weeks from it); before it, and without it, the
 * ramp is in its first week, 5 a day by default.
 */
export function invitationPace(
  settings: PacingSettings,
  week: IsoWeek,
  rampStartedOn: string | undefined,
): number {
  let ramp = 0;
  for (let d = 0; d < 7; d += 1) {
    ramp += rampPerDay(settings, addDays(week.firstDay, d), rampStartedOn);
  }
  return Math.min(settings.weeklyInvitations, ramp);
}
