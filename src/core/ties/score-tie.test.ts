import { describe, it, expect } from 'vitest';
import type { NaicsSectorCode } from '../industries/naics-sectors.js';
import type { Goals } from './goals.js';
import { emptyGoals } from './goals.js';
import { scoreTie, scoreTies } from './score-tie.js';
import { emptyTieFeatures } from './tie-features.js';
import type { TieFeatures } from './tie-features.js';
import { DEFAULT_TIE_SETTINGS, resolveTieSettings } from './tie-settings.js';

const S = DEFAULT_TIE_SETTINGS;
const NOW = new Date('2025-06-01T00:00:00Z');

function tie(id: string, overrides: Partial<TieFeatures> = {}): TieFeatures {
  return { ...emptyTieFeatures(id), ...overrides };
}

function withMutuals(id: string, count: number, overrides: Partial<TieFeatures> = {}): TieFeatures {
  return tie(id, { mutualConnections: { count, source: 'recorded' }, ...overrides });
}

function opportunity(features: TieFeatures, q = 0, goals: Goals = emptyGoals()): number {
  return scoreTie(features, goals, { interactionPercentile: q }, S, NOW).opportunity;
}

describe('job opportunity (docs/science.md section 1 and 7)', () => {
  it('matches a hand calculation', () => {
    // Never interacted, m = 5, q = 0, no goals (relevance 1), no target industry (w_d = 0.6,
    // the paper's pooled direction: novelty only): S(5) * I(0) = 0.859340
    const scored = scoreTie(
      withMutuals('a', 5),
      emptyGoals(),
      { interactionPercentile: 0 },
      S,
      NOW,
    );
    expect(scored.structuralNovelty).toBeCloseTo(0.85934, 5);
    expect(scored.interactionTerm).toBe(1);
    expect(scored.noveltyWeight).toBe(0.6);
    expect(scored.relevance).toBe(1);
    expect(scored.opportunity).toBeCloseTo(0.85934, 5);
  });

  it('rises below the peak of mutual connections and falls above it', () => {
    const scores = Array.from({ length: 61 }, (_, m) => opportunity(withMutuals('p', m)));
    for (let m = 0; m < 10; m += 1) expect(scores[m + 1]).toBeGreaterThan(scores[m] ?? 1);
    for (let m = 10; m < 60; m += 1) expect(scores[m + 1]).toBeLessThan(scores[m] ?? 0);
  });

  it('falls as the interaction percentile rises', () => {
    const features = withMutuals('p', 8);
    const byPercentile = [0, 0.25, 0.5, 0.75, 1].map((q) => opportunity(features, q));
    for (let i = 1; i < byPercentile.length; i += 1) {
      expect(byPercentile[i]).toBeLessThan(byPercentile[i - 1] ?? 0);
    }
  });

  it('orders the terciles 2-6 > 7+ > 0-1 on a population with the paper’s moments', () => {
    // Negative binomial with the paper's mean 9.71 and SD 18.3 mutual connections, 10,000 ties.
    const mean = 9.71;
    const sd = 18.3;
    const p = mean / (sd * sd);
    const r = (mean * p) / (1 - p);
    const ties: TieFeatures[] = [];
    let pmf = p ** r;
    for (let k = 0; k < 1000; k += 1) {
      const count = Math.round(pmf * 10_000);
      for (let i = 0; i < count; i += 1) ties.push(withMutuals(`m${k}-${i}`, k));
      pmf *= ((k + r) / (k + 1)) * (1 - p);
    }
    const above10 = ties.filter((t) => (t.mutualConnections?.count ?? 0) > 10).length / ties.length;
    expect(above10).toBeGreaterThan(0.22);
    expect(above10).toBeLessThan(0.28);

    const scored = scoreTies(ties, emptyGoals(), S, NOW);
    const mean3 = (tercile: string): number => {
      const group = scored.filter((s) => s.mutualTercile === tercile);
      return group.reduce((sum, s) => sum + s.opportunity, 0) / group.length;
    };
    expect(mean3('2-6')).toBeGreaterThan(mean3('7+'));
    expect(mean3('7+')).toBeGreaterThan(mean3('0-1'));
  });

  it('boosts dormant ties by the configured factor (Levin et al. 2011)', () => {
    const features = withMutuals('d', 4, {
      messagesSent: 6,
      messagesReceived: 5,
      firstInteractionAt: '2019-01-10',
      lastInteractionAt: '2021-09-01',
    });
    // A less digital target (Construction): there the score keeps the boost; for a digital one
    // it stays in the reconnect list (job-opportunity.ts).
    const goals = { ...emptyGoals(), targetIndustries: ['23' as const] };
    const dormant = scoreTie(features, goals, { interactionPercentile: 0.9 }, S, NOW);
    const patient = resolveTieSettings({ dormancy: { dormantAfterYears: 5 } });
    const current = scoreTie(features, goals, { interactionPercentile: 0.9 }, patient, NOW);
    expect(dormant.tieClass).toBe('dormant');
    expect(current.tieClass).not.toBe('dormant');
    expect(dormant.dormantBoost).toBe(1.25);
    expect(dormant.opportunity / current.opportunity).toBeCloseTo(1.25, 12);
  });

  it('lets the industry switch reorder a strong and a moderately weak tie', () => {
    const ties = (industry: NaicsSectorCode): TieFeatures[] => [
      withMutuals('strong', 30, {
        industry,
        messagesSent: 200,
        messagesReceived: 180,
        wordsSent: 9000,
        wordsReceived: 8000,
        conversationsStartedByOwner: 60,
        conversationsStartedByThem: 55,
        repliesFromThem: 58,
        firstInteractionAt: '2018-02-01',
        lastInteractionAt: '2025-05-28',
      }),
      withMutuals('moderately-weak', 9, { industry }),
    ];
    const order = (industry: NaicsSectorCode): string[] => {
      const goals = { ...emptyGoals(), targetIndustries: [industry] };
      const scored = scoreTies(ties(industry), goals, S, NOW);
      expect(scored[0]?.tieClass).toBe('strong');
      expect(scored[1]?.strength).toBe('moderately-weak');
      return [...scored].sort((a, b) => b.opportunity - a.opportunity).map((s) => s.personId);
    };
    // Software (digital, w_d = 0.8): the moderately weak tie first; construction (0.4): the strong one.
    expect(order('51')).toEqual(['moderately-weak', 'strong']);
    expect(order('23')).toEqual(['strong', 'moderately-weak']);
  });
});

describe('unknown mutual connections', () => {
  const features = tie('u', { ownerDegree: 800, contactDegree: 300, company: 'Globex' });
  const scored = scoreTie(features, emptyGoals(), { interactionPercentile: 0.5 }, S, NOW);

  it('never produce a number for m, S(m), its tercile or the overlap', () => {
    expect(scored.mutuals).toBeUndefined();
    expect(scored.structuralNovelty).toBeUndefined();
    expect(scored.mutualTercile).toBeUndefined();
    expect(scored.overlap).toBeUndefined();
    expect(scored.noveltyBasis).toBe('interaction-only');
  });

  it('use the documented average novelty and say so', () => {
    // 0.5 * I(0.5) = 0.5 * 0.75
    expect(scored.novelty).toBeCloseTo(0.375, 12);
    expect(scored.explanation.startsWith('mutual connections unknown, ')).toBe(true);
    expect(scored.explanation).not.toMatch(/\d+ mutual/);
    const factor = scored.factors.find((f) => f.key === 'mutual-connections');
    expect(factor?.value).toBe('unknown');
    expect(factor?.amount).toBeUndefined();
    expect(factor?.effect).toBe('unknown');
  });
});

describe('scoreTies', () => {
  it('computes each tie’s messaging percentile among the user’s own contacts', () => {
    const ties = [
      tie('none'),
      tie('some', { messagesSent: 3, messagesReceived: 1, lastInteractionAt: '2025-01-01' }),
      tie('most', { messagesSent: 30, messagesReceived: 20, lastInteractionAt: '2025-01-01' }),
    ];
    const scored = scoreTies(ties, emptyGoals(), S, NOW);
    expect(scored.map((s) => s.interactionPercentile)).toEqual([0, 0.5, 1]);
    const single = scoreTie(
      ties[1] ?? tie('x'),
      emptyGoals(),
      { interactionPercentile: 0.5 },
      S,
      NOW,
    );
    expect(scored[1]?.opportunity).toBe(single.opportunity);
    expect(scored[1]?.explanation).toBe(single.explanation);
  });

  it('words explanations on first read and keeps them in JSON', () => {
    const [s] = scoreTies([withMutuals('a', 3)], emptyGoals(), S, NOW);
    expect(s?.structuralNovelty).toBeCloseTo(structuralNoveltyAt(3), 12);
    expect(s?.explanation).toBe(
      '3 mutual connections (rising toward the peak of 10), never messaged: a moderately weak tie you have never interacted with',
    );
    expect(s?.explanation).toBe(s?.explanation);
    const json = JSON.parse(JSON.stringify(s)) as {
      explanation: string;
      factors: unknown[];
      opportunity: number;
    };
    expect(json.explanation).toBe(s?.explanation);
    expect(json.factors).toHaveLength(s?.factors.length ?? -1);
    expect(json.opportunity).toBe(s?.opportunity);
  });

  it('ignores bad counts instead of failing', () => {
    const [s] = scoreTies(
      [
        tie('bad', {
          messagesSent: Number.NaN,
          mutualConnections: { count: -4, source: 'imported' },
        }),
      ],
      emptyGoals(),
      S,
      NOW,
    );
    expect(s?.mutuals).toBeUndefined();
    expect(Number.isFinite(s?.opportunity)).toBe(true);
  });
});

function structuralNoveltyAt(m: number): number {
  const x = (m + 1) / 11;
  return x * Math.exp(1 - x);
}

describe('bridges (Burt 2004; structural.bridgeBoost)', () => {
  it('raises only the novelty term, by the configured boost, and says why', () => {
    const plain = withMutuals('p', 5);
    const bridge = withMutuals('b', 5, { bridgeClusters: 2 });
    const a = scoreTie(plain, emptyGoals(), { interactionPercentile: 0 }, S, NOW);
    const b = scoreTie(bridge, emptyGoals(), { interactionPercentile: 0 }, S, NOW);
    // No target industry: Opportunity = Relevance x N, and N is multiplied by the boost.
    const expected = a.relevance * a.novelty * S.structural.bridgeBoost;
    expect(b.opportunity).toBeCloseTo(expected * a.dormantBoost, 12);
    expect(b.opportunity).toBeGreaterThan(a.opportunity);
    expect(b.factors.find((f) => f.key === 'bridge')?.value).toBe(
      'your only link to 2 clusters of your network',
    );
    expect(a.factors.some((f) => f.key === 'bridge')).toBe(false);
  });
});
