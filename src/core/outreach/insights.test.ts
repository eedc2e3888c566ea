import { describe, expect, it } from 'vitest';
import { emptyGoals } from '../ties/goals.js';
import { suggestIntroductions } from './introductions.js';
import { triageInvitation, type ReceivedInvitation } from './invitation-triage.js';
import { summariseOutcomes } from './outcomes.js';
import { mondayOf, postingRhythm } from './posting-rhythm.js';
import { buildLedger } from './reciprocity.js';

const invitation = (over: Partial<ReceivedInvitation>): ReceivedInvitation => ({
  personId: '1',
  name: 'Sam Doe',
  note: '',
  sentAt: '2026-10-01T10:00:00',
  isKnown: false,
  ...over,
});

describe('triageInvitation', () => {
  const open = emptyGoals();
  const curator = { ...emptyGoals(), style: 'curator' as const };

  it('ignores a sales pitch even from a relevant sender', () => {
    const t = triageInvitation(
      invitation({ note: 'Book a demo of our platform!', relevance: 'a recruiter' }),
      open,
    );
    expect(t.verdict).toBe('ignore');
    expect(t.reason).toContain('Book a demo');
  });

  it('accepts people the user knows', () => {
    expect(
      triageInvitation(invitation({ isKnown: true, knownFrom: 'you have messaged' }), curator)
        .verdict,
    ).toBe('accept');
  });

  it('asks first when relevant but unknown (curator), accepts (open networker)', () => {
    const relevant = invitation({ relevance: 'at Acme, a target company' });
    expect(triageInvitation(relevant, curator).verdict).toBe('ask-first');
    expect(triageInvitation(relevant, open).verdict).toBe('accept');
  });

  it('ignores no relevance and no mutual context, asks first with mutual connections', () => {
    const placed = { title: 'Florist', company: 'Petal Shop' };
    expect(triageInvitation(invitation(placed), open).verdict).toBe('ignore');
    expect(triageInvitation(invitation({ ...placed, mutuals: 4 }), open).verdict).toBe('ask-first');
  });

  it('never treats a webinar invitation as spam', () => {
    const t = triageInvitation(
      invitation({
        note: 'Enjoyed your question at the payments webinar, let us connect',
        relevance: 'in a target role',
      }),
      open,
    );
    expect(t.verdict).toBe('accept');
  });

  it('accepts people in the user industry as an open networker, asks a curator', () => {
    const peer = invitation({
      title: 'Analyst',
      company: 'Initech',
      inUserIndustry: true,
      userIndustries: 'Information',
    });
    expect(triageInvitation(peer, open).verdict).toBe('accept');
    expect(triageInvitation(peer, open).reason).toContain('Information');
    expect(triageInvitation(peer, curator).verdict).toBe('ignore');
  });

  it('sends an open networker to the profile when the export names the sender only', () => {
    const t = triageInvitation(invitation({ userIndustries: 'Information' }), open);
    expect(t.verdict).toBe('ask-first');
    expect(t.reason).toContain('open their profile');
    expect(triageInvitation(invitation({}), curator).verdict).toBe('ignore');
  });
});

describe('suggestIntroductions', () => {
  it('pairs ties in the same field at different companies, never colleagues', () => {
    const pairs = suggestIntroductions([
      {
        personId: 'a',
        name: 'A',
        company: 'Acme',
        field: 'engineering',
        fieldLabel: 'engineering',
        closeness: 0.9,
      },
      {
        personId: 'b',
        name: 'B',
        company: 'acme ',
        field: 'engineering',
        fieldLabel: 'engineering',
        closeness: 0.8,
      },
      {
        personId: 'c',
        name: 'C',
        company: 'Globex',
        field: 'engineering',
        fieldLabel: 'engineering',
        closeness: 0.3,
      },
      {
        personId: 'd',
        name: 'D',
        company: 'Initech',
        field: 'sales',
        fieldLabel: 'sales',
        closeness: 0.9,
      },
    ]);
    expect(pairs.map((p) => [p.a.personId, p.b.personId])).toEqual([['a', 'c']]);
    expect(pairs[0]?.reason).toContain('Acme and Globex');
  });
});

describe('buildLedger', () => {
  it('puts people the user owes first', () => {
    const ledger = buildLedger([
      { personId: '1', kind: 'help-given', at: '2026-01-01', source: 'log' },
      {
        personId: '2',
        kind: 'help-received',
        at: '2026-01-02',
        source: 'log',
        note: 'intro to Globex',
      },
      { personId: '2', kind: 'call', at: '2026-01-03', source: 'log' },
    ]);
    expect(ledger.map((l) => [l.personId, l.balance])).toEqual([
      ['2', 1],
      ['1', -1],
    ]);
  });
});

describe('postingRhythm', () => {
  it('finds Mondays (2026-11-04 is a Wednesday)', () => {
    expect(mondayOf('2026-11-04')).toBe('2026-11-02');
    expect(mondayOf('2026-11-02')).toBe('2026-11-02');
    expect(mondayOf('2026-11-08')).toBe('2026-11-02');
  });

  it('counts weeks meeting the goal and the streak up to last week', () => {
    const r = postingRhythm(['2026-10-20', '2026-10-27', '2026-10-28'], '2026-11-04', 1, 4);
    expect(r.weeks.map((w) => w.posts)).toEqual([0, 1, 2, 0]);
    expect(r.streak).toBe(2);
    expect(r.thisWeek).toBe(0);
    expect(r.advice).toContain('last post 2026-10-28');
  });
});

describe('summariseOutcomes', () => {
  it('counts people reaching each outcome after first contact, per class, list and template', () => {
    const events = new Map([
      [
        '1',
        [
          {
            personId: '1',
            kind: 'message' as const,
            at: '2026-11-01',
            source: 'plan' as const,
            templateId: 't1',
          },
          { personId: '1', kind: 'answer' as const, at: '2026-11-02', source: 'log' as const },
          { personId: '1', kind: 'answer' as const, at: '2026-11-03', source: 'log' as const },
          {
            personId: '1',
            kind: 'help-received' as const,
            at: '2026-11-04',
            source: 'log' as const,
            help: 'referral' as const,
          },
        ],
      ],
      // An answer before the user reached out is not an outcome.
      [
        '2',
        [
          { personId: '2', kind: 'answer' as const, at: '2026-10-01', source: 'import' as const },
          { personId: '2', kind: 'message' as const, at: '2026-11-01', source: 'plan' as const },
        ],
      ],
    ]);
    const report = summariseOutcomes(
      [
        { personId: '1', tieClass: 'moderately-weak', list: 'ask', templateId: 't1' },
        { personId: '2', tieClass: 'moderately-weak', list: 'reconnect' },
        { personId: '3', tieClass: 'strong' },
      ],
      events,
      new Map(),
    );
    expect(report.byTieClass).toEqual([
      expect.objectContaining({ group: 'moderately-weak', contacted: 2, replies: 1, referrals: 1 }),
    ]);
    expect(report.byTieClass[0]?.research).toMatch(/Rajkumar/);
    expect(report.byTemplate.map((r) => [r.group, r.replies])).toEqual([
      ['no template', 0],
      ['t1', 1],
    ]);
  });
});
