import { describe, expect, it } from 'vitest';
import { lastWeeks } from './iso-week.js';
import { countConnectionsByWeek, countWeeklyActivity } from './weekly-activity.js';

// Two weeks: 2026-W47 (Mon 16 to Sun 22 November) and 2026-W48 (23 to 29 November).
const weeks = lastWeeks(new Date('2026-11-25T12:00:00Z'), 2);

const move = (personId: number, stage: string, at: string, extra = {}) => ({
  personId,
  stage,
  at,
  help: '',
  source: 'user',
  ...extra,
});
const event = (personId: number, kind: string, at: string, extra = {}) => ({
  personId,
  kind,
  at,
  help: '',
  action: '',
  ...extra,
});

describe('countWeeklyActivity', () => {
  it('counts invitations once per person and day, whether imported or marked done', () => {
    const [w47, w48] = countWeeklyActivity(weeks, {
      invitations: [
        { personId: 1, at: '2026-11-17T09:00:00' },
        { personId: 2, at: '2026-11-17T10:00:00' },
        { personId: 3, at: '2026-11-24T10:00:00' },
      ],
      moves: [
        // The same invitation to person 1, marked done in the plan: not a second one.
        move(1, 'invited', '2026-11-17T12:00:00.000Z', { source: 'plan' }),
        // Another day: a new invitation.
        move(1, 'invited', '2026-11-25T12:00:00.000Z', { source: 'plan' }),
      ],
      events: [],
    });
    expect(w47?.invitations).toBe(2);
    expect(w48?.invitations).toBe(2);
  });

  it('counts people, so an event and the move it implies are one conversation', () => {
    const [w47, w48] = countWeeklyActivity(weeks, {
      invitations: [],
      moves: [
        move(5, 'in-conversation', '2026-11-18T10:00:00Z'),
        move(6, 'met', '2026-11-24T10:00:00Z'),
        move(7, 'messaged', '2026-11-24T10:00:00Z'),
      ],
      events: [
        event(5, 'answer', '2026-11-18T10:00:00Z'),
        event(5, 'call', '2026-11-20T10:00:00Z'),
        event(8, 'coffee', '2026-11-24T10:00:00Z'),
        // A message the member wrote is not a conversation until they answer.
        event(9, 'message', '2026-11-24T10:00:00Z'),
      ],
    });
    expect(w47?.conversationPeople).toEqual([5]);
    expect(w48?.conversationPeople).toEqual([6, 8]);
  });

  it('counts asks on both paths: a move to asked, or an ask sent as a message', () => {
    const [, w48] = countWeeklyActivity(weeks, {
      invitations: [],
      moves: [move(3, 'asked', '2026-11-23T10:00:00Z', { source: 'plan' })],
      events: [
        event(3, 'message', '2026-11-23T10:00:00Z', { action: 'ask' }),
        event(4, 'message', '2026-11-24T10:00:00Z', { action: 'ask' }),
        event(10, 'message', '2026-11-24T10:00:00Z', { action: 'recruiter-note' }),
        event(11, 'message', '2026-11-24T10:00:00Z', { action: 'nurture' }),
      ],
    });
    expect(w48?.askPeople).toEqual([3, 4, 10]);
  });

  it('counts referrals, interviews and offers by person, events and moves together', () => {
    const [w47, w48] = countWeeklyActivity(weeks, {
      invitations: [],
      moves: [
        move(1, 'helped', '2026-11-19T10:00:00Z', { help: 'referral' }),
        move(2, 'helped', '2026-11-26T10:00:00Z', { help: 'interview' }),
        move(3, 'helped', '2026-11-26T10:00:00Z', { help: 'advice' }),
      ],
      events: [
        event(1, 'help-received', '2026-11-19T10:00:00Z', { help: 'referral' }),
        event(4, 'help-received', '2026-11-19T11:00:00Z', { help: 'referral' }),
        event(2, 'help-received', '2026-11-26T10:00:00Z', { help: 'interview' }),
        event(5, 'offer', '2026-11-27T10:00:00Z'),
        event(5, 'offer', '2026-11-28T10:00:00Z'),
      ],
    });
    expect([w47?.referrals, w47?.interviews, w47?.offers]).toEqual([2, 0, 0]);
    expect([w48?.referrals, w48?.interviews, w48?.offers]).toEqual([0, 1, 1]);
  });

  it('leaves out rows dated outside the weeks or not dated at all', () => {
    const result = countWeeklyActivity(weeks, {
      invitations: [
        { personId: 1, at: '2026-11-15T23:00:00Z' },
        { personId: 1, at: '' },
      ],
      moves: [move(1, 'asked', '2026-11-30T00:00:00Z')],
      events: [event(1, 'offer', 'yesterday')],
    });
    expect(result).toEqual([
      {
        invitations: 0,
        conversationPeople: [],
        askPeople: [],
        referrals: 0,
        interviews: 0,
        offers: 0,
      },
      {
        invitations: 0,
        conversationPeople: [],
        askPeople: [],
        referrals: 0,
        interviews: 0,
        offers: 0,
      },
    ]);
  });
});

describe('countConnectionsByWeek', () => {
  it('adds each week the connections dated up to its Sunday', () => {
    // 10 before the window; 2 in W47 (one on its Sunday), 1 in W48, 1 after the window.
    expect(
      countConnectionsByWeek(weeks, 10, ['2026-11-24', '2026-11-16', '2026-11-22', '2026-12-02']),
    ).toEqual([12, 13]);
  });
});
