import { describe, it, expect } from 'vitest';
import { closeness, reciprocity } from './closeness.js';
import { emptyTieFeatures } from './tie-features.js';
import type { TieFeatures } from './tie-features.js';
import { DEFAULT_TIE_SETTINGS } from './tie-settings.js';

const S = DEFAULT_TIE_SETTINGS;
const NOW = new Date('2025-06-01T00:00:00Z');

function daysAgo(days: number): string {
  return new Date(NOW.getTime() - days * 86_400_000).toISOString();
}

function tie(overrides: Partial<TieFeatures>): TieFeatures {
  return { ...emptyTieFeatures('p'), ...overrides };
}

const base = tie({
  messagesSent: 4,
  messagesReceived: 4,
  wordsSent: 200,
  wordsReceived: 200,
  firstInteractionAt: daysAgo(400),
  lastInteractionAt: daysAgo(60),
});

describe('closeness (Gilbert and Karahalios 2009 signs, docs/science.md section 3)', () => {
  it('matches a hand calculation', () => {
    // 1 sent, 1 received, 100 days ago, no words: reciprocity = 0.4 (balanced messages).
    // z = -2.5 - 0.7 ln 101 + 0.35 ln 101 + 0.55 ln 3 + 1.0 * 0.4 = -3.11106; logistic = 0.042654
    const t = tie({
      messagesSent: 1,
      messagesReceived: 1,
      firstInteractionAt: daysAgo(100),
      lastInteractionAt: daysAgo(100),
    });
    expect(closeness(t, NOW, S)).toBeCloseTo(0.042654, 5);
  });

  it('gives never-interacted pairs their own constant, not a huge number of days', () => {
    // logistic(-2.5 - 1.4) = 0.019840
    expect(closeness(tie({}), NOW, S)).toBeCloseTo(0.01984, 5);
    // Mutual connections only multiply intimacy: with no messages they change nothing.
    const withMutuals = tie({ mutualConnections: { count: 40, source: 'recorded' } });
    expect(closeness(withMutuals, NOW, S)).toBe(closeness(tie({}), NOW, S));
  });

  it('falls with days since last contact', () => {
    const later = { ...base, lastInteractionAt: daysAgo(600), firstInteractionAt: daysAgo(940) };
    expect(closeness(later, NOW, S)).toBeLessThan(closeness(base, NOW, S));
  });

  it('rises with days since first contact', () => {
    const longer = { ...base, firstInteractionAt: daysAgo(3000) };
    expect(closeness(longer, NOW, S)).toBeGreaterThan(closeness(base, NOW, S));
  });

  it('rises with messages and words exchanged', () => {
    expect(closeness({ ...base, messagesSent: 40, messagesReceived: 40 }, NOW, S)).toBeGreaterThan(
      closeness(base, NOW, S),
    );
    expect(closeness({ ...base, wordsSent: 5000 }, NOW, S)).toBeGreaterThan(
      closeness(base, NOW, S),
    );
  });

  it('rises with reciprocity and with mutual connections as a multiplier', () => {
    expect(closeness({ ...base, recommendationsReceived: 1 }, NOW, S)).toBeGreaterThan(
      closeness(base, NOW, S),
    );
    const mutuals = { ...base, mutualConnections: { count: 20, source: 'inferred' as const } };
    expect(closeness(mutuals, NOW, S)).toBeGreaterThan(closeness(base, NOW, S));
  });

  it('stays inside (0, 1) at the extremes', () => {
    const extreme = tie({
      messagesSent: 1e9,
      messagesReceived: 1e9,
      wordsSent: 1e12,
      firstInteractionAt: daysAgo(20_000),
      lastInteractionAt: daysAgo(0),
    });
    const c = closeness(extreme, NOW, S);
    expect(c).toBeGreaterThan(0.99);
    expect(c).toBeLessThanOrEqual(1);
  });
});

describe('reciprocity', () => {
  it('scores balanced messaging, replies and services', () => {
    expect(reciprocity(tie({}), S)).toBe(0);
    // Balanced messages only: 0.4 * 1.
    expect(reciprocity(tie({ messagesSent: 3, messagesReceived: 3 }), S)).toBeCloseTo(0.4, 12);
    // Owner started 4, they started 2 (balance 0.5), sent 10 / received 5 (0.5),
    // they answered 2 of 4: 0.4 * 0.5 + 0.3 * 0.5 = 0.35.
    const t = tie({
      messagesSent: 10,
      messagesReceived: 5,
      conversationsStartedByOwner: 4,
      conversationsStartedByThem: 2,
      repliesFromThem: 2,
    });
    expect(reciprocity(t, S)).toBeCloseTo(0.35, 12);
    // One recommendation received: 0.3 * (1 - e^-1.5) = 0.233061.
    expect(reciprocity(tie({ recommendationsReceived: 1 }), S)).toBeCloseTo(0.233061, 6);
  });

  it('counts their invitation but not the owner’s', () => {
    expect(reciprocity(tie({ invitationDirection: 'received' }), S)).toBeGreaterThan(0);
    expect(reciprocity(tie({ invitationDirection: 'sent' }), S)).toBe(0);
  });
});
