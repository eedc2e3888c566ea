import { describe, expect, it } from 'vitest';
import type { OutreachEvent } from './outreach-events.js';
import { buildPipeline, type PipelineMove } from './pipeline.js';
import { planDay, planWeek, type PlanInput } from './planner.js';
import { inviteOnlyInput, person } from './test-support/plan-fixtures.js';

function withPerson(
  moves: PipelineMove[],
  events: OutreachEvent[],
  day: string,
  overrides = {},
): PlanInput {
  const base = inviteOnlyInput(0, day);
  const p = person(3, { isConnection: true, ...overrides });
  return {
    ...base,
    people: new Map([['3', p]]),
    entries: buildPipeline(moves).entries,
    events: new Map([['3', events]]),
  };
}

const mv = (
  stage: PipelineMove['stage'],
  at: string,
  extra: Partial<PipelineMove> = {},
): PipelineMove => ({
  personId: '3',
  stage,
  at,
  source: 'plan',
  ...extra,
});
const ev = (
  kind: OutreachEvent['kind'],
  at: string,
  extra: Partial<OutreachEvent> = {},
): OutreachEvent => ({
  personId: '3',
  kind,
  at,
  source: 'plan',
  ...extra,
});

describe('planDay for one person in the pipeline', () => {
  it('asks a weak tie only after the homework, two days later', () => {
    const moves = [mv('connected', '2026-11-01T09:00:00Z')];
    expect(planDay(withPerson(moves, [], '2026-11-01')).items[0]?.kind).toBe('homework');
    const comment = ev('comment', '2026-11-01T10:00:00Z', { action: 'homework' });
    expect(planDay(withPerson(moves, [comment], '2026-11-02')).items).toEqual([]);
    const ask = planDay(withPerson(moves, [comment], '2026-11-03')).items[0];
    expect(ask?.kind).toBe('ask');
    expect(ask?.reason).toContain('You commented on 2026-11-01');
    expect(ask?.draft?.situation).toBe('advice-request');
  });

  it('asks a strong tie directly', () => {
    const moves = [mv('connected', '2026-11-01T09:00:00Z')];
    const item = planDay(withPerson(moves, [], '2026-11-01', { tieClass: 'strong' })).items[0];
    expect(item?.kind).toBe('ask');
  });

  it('follows up a week after an unanswered ask, at most twice', () => {
    const moves = [mv('asked', '2026-11-01T09:00:00Z')];
    const ask = ev('message', '2026-11-01T09:00:00Z', { action: 'ask' });
    expect(planDay(withPerson(moves, [ask], '2026-11-07')).items).toEqual([]);
    expect(planDay(withPerson(moves, [ask], '2026-11-08')).items[0]?.kind).toBe('follow-up');
    const f1 = ev('message', '2026-11-08T09:00:00Z', { action: 'follow-up' });
    const f2 = ev('message', '2026-11-15T09:00:00Z', { action: 'follow-up' });
    expect(planDay(withPerson(moves, [ask, f1], '2026-11-15')).items[0]?.reason).toContain(
      'follow-up 2 of 2',
    );
    expect(planDay(withPerson(moves, [ask, f1, f2], '2026-11-30')).items).toEqual([]);
  });

  it('thanks the same day help arrives, circles back two weeks later, then nurtures', () => {
    const moves = [mv('helped', '2026-11-01T09:00:00Z', { help: 'referral' })];
    const thanks = planDay(withPerson(moves, [], '2026-11-01')).items[0];
    expect(thanks?.kind).toBe('thank-you');
    expect(thanks?.draft?.text).toContain('for the referral');
    const thanked = ev('message', '2026-11-01T12:00:00Z', { action: 'thank-you' });
    expect(planDay(withPerson(moves, [thanked], '2026-11-14')).items).toEqual([]);
    const circle = planDay(withPerson(moves, [thanked], '2026-11-15')).items[0];
    expect(circle?.kind).toBe('circle-back');
    const circled = ev('message', '2026-11-15T12:00:00Z', { action: 'circle-back' });
    // Helpers are nurtured every 6 weeks from the last contact: 15 Nov + 42 days = 27 Dec.
    expect(planDay(withPerson(moves, [thanked, circled], '2026-12-26')).items).toEqual([]);
    expect(planDay(withPerson(moves, [thanked, circled], '2026-12-27')).items[0]?.kind).toBe(
      'nurture',
    );
    const coffee = ev('coffee', '2026-12-20T12:00:00Z', { source: 'log' });
    expect(planDay(withPerson(moves, [thanked, circled, coffee], '2026-12-27')).items).toEqual([]);
  });

  it('hides a skipped item for good and a snoozed one until its day', () => {
    const moves = [mv('helped', '2026-11-01T09:00:00Z', { help: 'advice' })];
    const input = withPerson(moves, [], '2026-11-02');
    const key = planDay(input).items[0]?.key ?? '';
    expect(
      planDay({ ...input, itemLog: [{ key, day: '2026-11-01', status: 'skipped' }] }).items,
    ).toEqual([]);
    const snoozed = {
      ...input,
      itemLog: [{ key, day: '2026-11-01', status: 'snoozed' as const, until: '2026-11-05' }],
    };
    expect(planDay(snoozed).items).toEqual([]);
    expect(planDay({ ...snoozed, day: '2026-11-05' }).items[0]?.key).toBe(key);
  });

  it('warns when the solution message says "looking for a job"', () => {
    const input = inviteOnlyInput(1, '2026-11-01');
    const plan = planDay({
      ...input,
      goals: { ...input.goals, solution: 'Engineer looking for a job' },
    });
    expect(plan.notes[0]).toMatch(/looking for a job/);
    expect(plan.items[0]?.draft?.problems.map((p) => p.code)).toContain('generic-phrase');
  });
});

describe('balance across lists', () => {
  it('takes new people from each list in turn', () => {
    const base = inviteOnlyInput(0, '2026-11-01');
    const people = new Map(
      [1, 2, 3, 4, 5, 6].map((i) => [
        String(i),
        person(i, { isConnection: true, tieClass: i <= 3 ? 'strong' : 'dormant' }),
      ]),
    );
    const plan = planDay({
      ...base,
      people,
      candidates: [
        { personId: '1', list: 'helpers', reason: 'a' },
        { personId: '2', list: 'helpers', reason: 'b' },
        { personId: '3', list: 'helpers', reason: 'c' },
        { personId: '4', list: 'reconnect', reason: 'd' },
        { personId: '5', list: 'reconnect', reason: 'e' },
        { personId: '6', list: 'reconnect', reason: 'f' },
      ],
    });
    expect(plan.items.slice(0, 4).map((i) => i.list)).toEqual([
      'reconnect',
      'helpers',
      'reconnect',
      'helpers',
    ]);
  });
});

describe('one person, one thread', () => {
  it('holds a first contact to a second record of the same name within a week', () => {
    const base = inviteOnlyInput(0, '2026-11-01');
    // The same human, once as a connection to reconnect with and once as a phone contact.
    const connection = person(1, {
      name: 'Youssef Hamdan',
      isConnection: true,
      tieClass: 'dormant',
    });
    const phone = person(2, { name: 'Youssef Hamdan', isConnection: false });
    const plans = planWeek({
      ...base,
      people: new Map([
        ['1', connection],
        ['2', phone],
      ]),
      candidates: [
        { personId: '2', list: 'invite', reason: 'a peer.' },
        { personId: '1', list: 'reconnect', reason: 'dormant.' },
      ],
    });
    const firsts = plans.flatMap((p) =>
      p.items.filter((i) => i.stage === 'new').map((i) => `${p.day} ${i.kind} ${i.personId}`),
    );
    expect(firsts).toHaveLength(1);
  });
});

describe('ready replies to "are you hiring?"', () => {
  const welcomeInput = (stance: 'active' | 'contemplating') => {
    const base = inviteOnlyInput(0, '2026-11-10');
    const p = person(1, { isConnection: true, company: 'Cinavia AI' });
    return {
      ...base,
      goals: { ...base.goals, stance },
      people: new Map([['1', p]]),
      entries: new Map([
        [
          '1',
          {
            personId: '1',
            stage: 'connected' as const,
            path: 'invite' as const,
            since: '2026-11-05T10:00:00Z',
            activeStage: 'connected' as const,
            moves: [
              {
                personId: '1',
                stage: 'invited' as const,
                at: '2026-11-01T10:00:00Z',
                source: 'plan' as const,
              },
              {
                personId: '1',
                stage: 'connected' as const,
                at: '2026-11-05T10:00:00Z',
                source: 'import' as const,
              },
            ],
          },
        ],
      ]),
    };
  };

  it("answers in the method's words, for active and contemplating seekers", () => {
    const active = planDay(welcomeInput('active')).items[0]?.replies?.[0];
    expect(active?.text).toMatch(
      /^Not right now, I'm not\. However, I am actively looking for my next opportunity/,
    );
    expect(active?.problems).toEqual([]);
    const contemplating = planDay(welcomeInput('contemplating')).items[0]?.replies?.[0];
    expect(contemplating?.text).toMatch(
      /^Not right now, I'm not\. However, I am contemplating my next opportunity/,
    );
    expect(contemplating?.problems).toEqual([]);
  });
});

describe('following up after an event', () => {
  it('proposes it for two weeks after an event the user went to, naming who they met', () => {
    const base = inviteOnlyInput(1, '2026-09-20');
    const input: PlanInput = {
      ...base,
      attendedEvents: [
        { name: 'Platform Engineering Week 2026', day: '2026-09-11' },
        { name: 'SRE Meetup 2026', day: '2026-07-11' },
      ],
      metAtEvent: new Map([['Platform Engineering Week 2026', ['Aiko Sato']]]),
    };
    const notes = planDay(input).notes.join('\n');
    expect(notes).toContain('You went to Platform Engineering Week 2026 on 2026-09-11');
    expect(notes).toContain('Aiko Sato');
    // Ten weeks later it is no longer fresh.
    expect(notes).not.toContain('SRE Meetup 2026');
    expect(planDay({ ...input, day: '2026-09-26' }).notes.join('\n')).not.toContain(
      'Platform Engineering Week',
    );
  });
});
