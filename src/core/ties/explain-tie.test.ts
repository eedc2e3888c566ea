import { describe, it, expect } from 'vitest';
import type { Goals } from './goals.js';
import { emptyGoals } from './goals.js';
import { scoreTie } from './score-tie.js';
import { emptyTieFeatures } from './tie-features.js';
import type { TieFeatures } from './tie-features.js';
import { DEFAULT_TIE_SETTINGS } from './tie-settings.js';

const S = DEFAULT_TIE_SETTINGS;
const NOW = new Date('2025-06-01T00:00:00Z');

function explain(overrides: Partial<TieFeatures>, goals: Goals = emptyGoals(), q = 0.9) {
  return scoreTie(
    { ...emptyTieFeatures('p'), ...overrides },
    goals,
    { interactionPercentile: q },
    S,
    NOW,
  );
}

describe('explainTie', () => {
  it('names the inputs and what they make of the tie (docs/product.md example)', () => {
    const scored = explain(
      {
        mutualConnections: { count: 9, source: 'recorded' },
        messagesSent: 1,
        messagesReceived: 1,
        firstInteractionAt: '2021-03-01',
        lastInteractionAt: '2021-03-04',
        company: 'Acme',
      },
      { ...emptyGoals(), targetCompanies: ['ACME Inc.'] },
    );
    expect(scored.explanation).toBe(
      '9 mutual connections (at the peak of 10), 2 messages in 2021 (1 occasion of contact, rarely), dormant 4 years, ' +
        'at Acme (a target company): a moderately weak, dormant tie at a target company',
    );
  });

  it('describes never-contacted ties, inferred counts, roles and seniority', () => {
    const scored = explain(
      {
        mutualConnections: {
          count: 4,
          source: 'inferred',
          estimate: { low: 1, high: 9, observed: 2, colleagues: 5, employer: 'Globex' },
        },
        title: 'VP Engineering',
        company: 'Globex',
        industry: '51',
      },
      {
        ...emptyGoals(),
        targetIndustries: ['51'],
        targetRoles: ['Engineering Manager'],
        ownerLevel: 'manager',
      },
      0,
    );
    expect(scored.explanation).toBe(
      'about 4 mutual connections (rising toward the peak of 10; estimated from at least 2 contacts seen ' +
        'with them in your conversations and 5 other contacts at Globex in your network), never messaged, ' +
        'VP Engineering (a target role) at Globex, in Information (a target industry), two levels above you: ' +
        'a moderately weak tie you have never interacted with in a target industry',
    );
  });

  it('words a close, current tie above the peak', () => {
    const scored = explain({
      mutualConnections: { count: 35, source: 'imported' },
      messagesSent: 160,
      messagesReceived: 150,
      conversationsStartedByOwner: 60,
      conversationsStartedByThem: 60,
      repliesFromThem: 55,
      firstInteractionAt: '2019-05-01',
      lastInteractionAt: '2025-05-30',
    });
    expect(scored.explanation).toBe(
      '35 mutual connections (past the peak of 10, falling), 310 messages from 2019 to 2025 (about 4 a month; 120 occasions of contact, occasionally): a strong tie',
    );
  });

  it('says when a tie is fading', () => {
    const scored = explain({
      messagesSent: 4,
      messagesReceived: 4,
      firstInteractionAt: '2022-01-01',
      lastInteractionAt: '2023-11-15',
    });
    expect(scored.explanation).toContain('quiet for 18 months');
  });

  it('lists factors with values and effects for UIs', () => {
    const scored = explain(
      {
        mutualConnections: { count: 9, source: 'recorded' },
        ownerDegree: 500,
        contactDegree: 300,
        company: 'Acme',
      },
      { ...emptyGoals(), targetCompanies: ['Acme'] },
      0,
    );
    const byKey = new Map(scored.factors.map((f) => [f.key, f]));
    expect(byKey.get('mutual-connections')).toMatchObject({
      value: '9 (recorded)',
      amount: 9,
      effect: 'raises',
    });
    // 9 / (500 + 300 - 9 - 2) = 0.0114
    expect(byKey.get('overlap')?.value).toBe('0.0114 (strong)');
    expect(byKey.get('messages')).toMatchObject({ amount: 0, effect: 'raises' });
    expect(byKey.get('company')).toMatchObject({ value: 'Acme', effect: 'raises' });
    expect(byKey.get('frequency')?.value).toBe('never');
    expect(byKey.get('industry-switch')?.value).toBe('w_d = 0.6 (unknown)');
  });

  it('quotes long names from other people only in part', () => {
    const scored = explain({ company: 'A'.repeat(500) });
    expect(scored.explanation.length).toBeLessThan(300);
    expect(scored.explanation).toContain('…');
  });
});
