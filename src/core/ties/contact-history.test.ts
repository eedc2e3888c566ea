import { describe, it, expect } from 'vitest';
import { describeMessageRate, frequencyBand, measureContact } from './contact-history.js';
import { emptyTieFeatures } from './tie-features.js';
import type { TieFeatures } from './tie-features.js';
import { DEFAULT_TIE_SETTINGS, resolveTieSettings } from './tie-settings.js';

const S = DEFAULT_TIE_SETTINGS;
const NOW = new Date('2025-06-01T00:00:00Z');

function tie(overrides: Partial<TieFeatures>): TieFeatures {
  return { ...emptyTieFeatures('p'), ...overrides };
}

function daysAgo(days: number): string {
  return new Date(NOW.getTime() - days * 86_400_000).toISOString();
}

describe('frequencyBand (Granovetter 1974, docs/science.md section 2)', () => {
  it('labels twice a week or more "often"', () => {
    expect(frequencyBand(2 * (365.25 / 7), S)).toBe('often');
    expect(frequencyBand(200, S)).toBe('often');
  });

  it('labels more than once a year but less than twice a week "occasionally"', () => {
    expect(frequencyBand(52, S)).toBe('occasionally');
    expect(frequencyBand(1.01, S)).toBe('occasionally');
    expect(frequencyBand(104, S)).toBe('occasionally');
  });

  it('labels once a year or less "rarely", and no contact "never"', () => {
    expect(frequencyBand(1, S)).toBe('rarely');
    expect(frequencyBand(0.2, S)).toBe('rarely');
    expect(frequencyBand(0, S)).toBe('never');
  });

  it('reproduces Granovetter’s 16.7 / 55.6 / 27.8 % split for 54 job finders', () => {
    // 9 saw their contact often, 30 occasionally, 15 rarely (N = 54).
    const rates = [
      ...Array<number>(9).fill(150),
      ...Array<number>(30).fill(12),
      ...Array<number>(15).fill(0.5),
    ];
    const bands = rates.map((r) => frequencyBand(r, S));
    const share = (b: string): string =>
      ((100 * bands.filter((x) => x === b).length) / bands.length).toFixed(1);
    expect([share('often'), share('occasionally'), share('rarely')]).toEqual([
      '16.7',
      '55.6',
      '27.8',
    ]);
  });
});

describe('measureContact', () => {
  it('counts one exchange of two messages in a year as "rarely"', () => {
    const h = measureContact(
      tie({
        messagesSent: 1,
        messagesReceived: 1,
        firstInteractionAt: '2021-03-01',
        lastInteractionAt: '2021-03-04',
      }),
      NOW,
      S,
    );
    expect(h.occasions).toBe(1);
    expect(h.band).toBe('rarely');
  });

  it('measures a daily chat as "often" over the relationship’s span', () => {
    const h = measureContact(
      tie({
        messagesSent: 900,
        messagesReceived: 800,
        conversationsStartedByOwner: 200,
        conversationsStartedByThem: 160,
        firstInteractionAt: daysAgo(730),
        lastInteractionAt: daysAgo(1),
      }),
      NOW,
      S,
    );
    // 360 occasions over 729 days is 180 a year, above 2 a week (104.4 a year).
    expect(h.band).toBe('often');
    expect(h.contactsPerYear).toBeCloseTo((360 * 365.25) / 729, 6);
  });

  it('says "never" for a pair with no contact at all', () => {
    const h = measureContact(tie({}), NOW, S);
    expect(h.hasInteracted).toBe(false);
    expect(h.band).toBe('never');
    expect(h.daysSinceLast).toBeUndefined();
  });

  it('calls a past relationship quiet for 3 years or more dormant (Levin et al. 2011)', () => {
    const base = { messagesSent: 3, messagesReceived: 2, firstInteractionAt: daysAgo(2000) };
    expect(
      measureContact(tie({ ...base, lastInteractionAt: daysAgo(1100) }), NOW, S).isDormant,
    ).toBe(true);
    const quiet = measureContact(tie({ ...base, lastInteractionAt: daysAgo(1000) }), NOW, S);
    expect(quiet.isDormant).toBe(false);
    expect(quiet.isFading).toBe(true);
    expect(measureContact(tie({ ...base, lastInteractionAt: daysAgo(100) }), NOW, S).isFading).toBe(
      false,
    );
  });

  it('needs a real past relationship before calling a tie dormant', () => {
    const oneMessage = tie({ messagesReceived: 1, lastInteractionAt: daysAgo(2000) });
    expect(measureContact(oneMessage, NOW, S).isDormant).toBe(false);
    const recommended = tie({ recommendationsGiven: 1, lastInteractionAt: daysAgo(2000) });
    expect(measureContact(recommended, NOW, S).isDormant).toBe(true);
  });

  it('uses the configured dormancy threshold', () => {
    const settings = resolveTieSettings({
      dormancy: { dormantAfterYears: 2, fadingAfterYears: 1 },
    });
    const t = tie({ messagesSent: 2, messagesReceived: 2, lastInteractionAt: daysAgo(800) });
    expect(measureContact(t, NOW, settings).isDormant).toBe(true);
    expect(measureContact(t, NOW, S).isDormant).toBe(false);
  });

  it('survives unreadable and reversed dates and bad counts', () => {
    const h = measureContact(
      tie({
        messagesSent: -5,
        messagesReceived: Number.NaN,
        firstInteractionAt: 'not a date',
        lastInteractionAt: '2020-01-01',
      }),
      NOW,
      S,
    );
    expect(h.messages).toBe(0);
    expect(h.firstAt).toBe(Date.parse('2020-01-01'));
    const swapped = measureContact(
      tie({ messagesSent: 2, firstInteractionAt: '2024-01-01', lastInteractionAt: '2020-01-01' }),
      NOW,
      S,
    );
    expect(swapped.firstAt).toBeLessThan(swapped.lastAt ?? 0);
  });
});

describe('message rate, apart from occasions', () => {
  it('reads 128 messages in 7 months as about 18 a month, whatever the occasions', () => {
    const h = measureContact(
      {
        ...emptyTieFeatures('p'),
        messagesSent: 64,
        messagesReceived: 64,
        conversationsStartedByOwner: 2,
        conversationsStartedByThem: 1,
        firstInteractionAt: '2026-03-01',
        lastInteractionAt: '2026-09-30',
      },
      new Date('2026-11-01T00:00:00Z'),
      DEFAULT_TIE_SETTINGS,
    );
    // 213 days: 128 x 365.25 / 213 = 219.5 a year, 18.3 a month; 3 occasions.
    expect(h.occasions).toBe(3);
    expect(h.messagesPerYear).toBeCloseTo((128 * 365.25) / 213, 9);
    expect(describeMessageRate(h.messagesPerYear)).toBe('about 18 a month');
    expect(describeMessageRate(5)).toBe('about 5 a year');
    expect(describeMessageRate(0.5)).toBe('less than one a year');
  });
});
