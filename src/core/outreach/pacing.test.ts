import { describe, expect, it } from 'vitest';
import { buildPipeline } from './pipeline.js';
import {
  addDays,
  dayNumber,
  defaultPacing,
  invitationAllowance,
  rampPerDay,
  resolvePacing,
} from './pacing.js';
import { applyPlanDone, planDay, planWeek, type DayPlan, type PlanInput } from './planner.js';
import { inviteOnlyInput, person } from './test-support/plan-fixtures.js';

/** Runs the planner day after day, every item done, as a user keeping the habit would. */
function simulate(input: PlanInput, days: number): DayPlan[] {
  const plans: DayPlan[] = [];
  let state = input;
  for (let d = 0; d < days; d += 1) {
    const day = addDays(input.day, d);
    const plan = planDay({ ...state, day });
    plans.push(plan);
    state = applyPlanDone({ ...state, day }, plan, `${day}T12:00:00.000Z`);
  }
  return plans;
}

const invitesOf = (p: DayPlan) => p.items.filter((i) => i.kind === 'invite');

describe('pacing defaults (docs/science.md section 6)', () => {
  it('holds the platform figures, each with a source', () => {
    const free = defaultPacing('free');
    expect(free.weeklyInvitations).toBe(100);
    expect(free.rampStartPerDay).toBe(5);
    expect(free.freeNotesPerMonth).toBe(5);
    expect(free.freeNoteLength).toBe(200);
    expect(free.premiumNoteLength).toBe(300);
    expect(free.connectionCap).toBe(30_000);
    expect(free.reinviteBlockDays).toBe(21);
  });

  it('rejects overrides that are not whole numbers and keeps the default', () => {
    const { settings, issues } = resolvePacing('free', { weeklyInvitations: -3, nonsense: 1 });
    expect(settings.weeklyInvitations).toBe(100);
    expect(issues).toHaveLength(2);
  });

  it('ramps 5, 10, 15 ... invitations a day by week from the first planned invitation', () => {
    const s = defaultPacing();
    expect(rampPerDay(s, '2026-03-02')).toBe(5);
    expect(rampPerDay(s, '2026-03-08', '2026-03-02')).toBe(5);
    expect(rampPerDay(s, '2026-03-09', '2026-03-02')).toBe(10);
    expect(rampPerDay(s, '2026-03-23', '2026-03-02')).toBe(20);
  });
});

describe('pacing on simulated weeks', () => {
  const start = '2026-03-02';
  const plans = simulate(inviteOnlyInput(400, start), 42);

  it('starts at 5 invitations a day and never exceeds the ramp', () => {
    expect(invitesOf(plans[0]!)).toHaveLength(5);
    plans.forEach((plan, d) => {
      const week = Math.floor(d / 7);
      expect(invitesOf(plan).length).toBeLessThanOrEqual(5 + 5 * week);
    });
    // Week 2 allows 10 a day: 70 in the week, under the weekly cap.
    expect(invitesOf(plans[7]!)).toHaveLength(10);
  });

  it('never sends more than 100 invitations in any 7 days', () => {
    for (let d = 0; d < plans.length; d += 1) {
      const window = plans.slice(Math.max(0, d - 6), d + 1);
      const sent = window.reduce((n, p) => n + invitesOf(p).length, 0);
      expect(sent).toBeLessThanOrEqual(100);
    }
    // Week 3 (15 a day) hits the cap: 100 in 7 days, so some days are cut and say so.
    const capped = plans.filter((p) => p.shapedBy.some((s) => s.limit === 'weekly-cap'));
    expect(capped.length).toBeGreaterThan(0);
  });

  it('uses at most 5 personalised notes per calendar month on a free account, and resets', () => {
    const notesByMonth = new Map<string, number>();
    for (const p of plans) {
      for (const i of invitesOf(p)) {
        if (i.withNote)
          notesByMonth.set(p.day.slice(0, 7), (notesByMonth.get(p.day.slice(0, 7)) ?? 0) + 1);
        else {
          expect(i.limit).toMatch(/note quota/);
          // The item says so and carries no note to paste.
          expect(i.action).toMatch(/^Invite without a note/);
          expect(i.draft).toBeUndefined();
        }
      }
    }
    // 42 days from 2 March run into April: five notes in March, five more in April.
    expect(notesByMonth.get('2026-03')).toBe(5);
    expect(notesByMonth.get('2026-04')).toBe(5);
    const lastMarch = invitesOf(plans.find((p) => p.day === '2026-03-31')!).at(-1);
    const firstApril = invitesOf(plans.find((p) => p.day === '2026-04-01')!)[0];
    expect(lastMarch?.withNote).toBe(false);
    expect(firstApril?.withNote).toBe(true);
  });

  it('gives Premium a note on every invitation, up to 300 characters', () => {
    const premium = simulate(inviteOnlyInput(60, start, 'premium'), 7);
    const invites = premium.flatMap(invitesOf);
    expect(invites.every((i) => i.withNote && i.draft?.maxLength === 300)).toBe(true);
  });

  it('stops at the pending-invitations limit and says so', () => {
    const input = inviteOnlyInput(50, start);
    const plan = planDay({ ...input, invitations: { ...input.invitations, pending: 498 } });
    expect(invitesOf(plan)).toHaveLength(2);
    expect(plan.shapedBy.map((s) => s.limit)).toContain('pending-limit');
  });

  it('stops at the 30,000-connection cap', () => {
    const input = inviteOnlyInput(50, start);
    const plan = planDay({
      ...input,
      invitations: { ...input.invitations, connections: 29_999, pending: 0 },
    });
    expect(invitesOf(plan)).toHaveLength(1);
    expect(plan.shapedBy.map((s) => s.limit)).toContain('connection-cap');
  });

  it('counts invitations already sent (imported) against the weekly cap', () => {
    const allowance = invitationAllowance(
      defaultPacing(),
      {
        sentDays: Array.from({ length: 98 }, () => '2026-03-01'),
        noteDays: [],
        pending: 0,
        connections: 10,
      },
      '2026-03-02',
    );
    expect(allowance.invitations).toBe(2);
    expect(allowance.shapedBy).toEqual(['weekly-cap']);
  });

  it('fits the plan into the daily minutes', () => {
    const short = simulate(inviteOnlyInput(40, start, 'free', 7), 3);
    for (const p of short) {
      expect(p.minutesPlanned).toBeLessThanOrEqual(7);
      // 2 minutes an invitation: 3 fit in 7 minutes.
      expect(invitesOf(p)).toHaveLength(3);
    }
  });
});

describe('the re-invite block after a withdrawn invitation', () => {
  it('does not schedule the person until 21 days have passed', () => {
    const input = inviteOnlyInput(0, '2026-05-01');
    const p = person(7);
    const { entries } = buildPipeline([
      { personId: '7', stage: 'invited', at: '2026-04-20T10:00:00Z', source: 'plan' },
      {
        personId: '7',
        stage: 'closed-lost',
        at: '2026-05-01T09:00:00Z',
        source: 'user',
        reason: 'withdrawn',
      },
      { personId: '7', stage: 'to-invite', at: '2026-05-01T10:00:00Z', source: 'user' },
    ]);
    const state: PlanInput = { ...input, people: new Map([['7', p]]), entries };
    const days = planWeek({ ...state, day: '2026-05-01' }, 30);
    const firstInvite = days.find((d) => invitesOf(d).length > 0);
    expect(firstInvite?.day).toBe('2026-05-22');
    for (const d of days.filter((x) => x.day < '2026-05-22')) {
      expect(invitesOf(d)).toHaveLength(0);
      expect(d.shapedBy.some((s) => s.limit === 'reinvite-block')).toBe(true);
    }
    expect(dayNumber('2026-05-22') - dayNumber('2026-05-01')).toBe(21);
  });
});
