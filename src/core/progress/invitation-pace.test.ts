import { describe, expect, it } from 'vitest';
import { defaultPacing, resolvePacing } from '../outreach/pacing.js';
import { invitationPace } from './invitation-pace.js';
import { isoWeekAt } from './iso-week.js';

const week = (monday: string) => isoWeekAt(Date.parse(`${monday}T00:00:00Z`));

describe('invitationPace', () => {
  const pacing = defaultPacing();

  it('is the first week of the ramp, 5 a day, until the member starts it', () => {
    // docs/product.md "Grow with a target": start with 5 a day; 7 days x 5.
    expect(invitationPace(pacing, week('2026-11-02'), undefined)).toBe(35);
  });

  it('adds 5 a day each week from the ramp start, up to the weekly cap of 100', () => {
    expect(invitationPace(pacing, week('2026-11-02'), '2026-11-02')).toBe(35);
    expect(invitationPace(pacing, week('2026-11-09'), '2026-11-02')).toBe(70);
    // 15 a day would be 105: the weekly cap (docs/science.md section 6, about 100) binds.
    expect(invitationPace(pacing, week('2026-11-16'), '2026-11-02')).toBe(100);
  });

  it('steps up mid-week when the ramp started mid-week', () => {
    // Started Thursday 5 November: 9 to 11 November are still in the ramp's first week (5 a
    // day), 12 to 15 November in its second (10 a day): 3 x 5 + 4 x 10 = 55.
    expect(invitationPace(pacing, week('2026-11-09'), '2026-11-05')).toBe(55);
  });

  it("follows the member's own pacing settings", () => {
    const { settings } = resolvePacing('free', { weeklyInvitations: 50, rampStartPerDay: 3 });
    expect(invitationPace(settings, week('2026-11-02'), undefined)).toBe(21);
    // 3 + 5 = 8 a day is 56: capped at the member's 50.
    expect(invitationPace(settings, week('2026-11-09'), '2026-11-02')).toBe(50);
  });
});
