import { describe, it, expect } from 'vitest';
import { jobOpportunity } from './job-opportunity.js';
import { scoreTies } from './score-tie.js';
import { emptyTieFeatures, type TieFeatures } from './tie-features.js';
import { DEFAULT_TIE_SETTINGS } from './tie-settings.js';
import { emptyGoals } from './goals.js';

const S = DEFAULT_TIE_SETTINGS;
const base = {
  relevance: 0.83,
  noveltyWeight: 0.4,
  industryClass: 'non-digital' as const,
  structuralNovelty: 0.564,
  interactionTerm: 0.75,
  closeness: 0.3,
  isDormant: false,
};

describe('jobOpportunity (docs/science.md section 1)', () => {
  it('is Relevance x [w_d S I + (1 - w_d) Closeness] for a less digital target', () => {
    // 0.83 * (0.4 * 0.564 * 0.75 + 0.6 * 0.3) = 0.83 * 0.3492 = 0.289836
    expect(jobOpportunity(base, S)).toBeCloseTo(0.289836, 12);
  });

  it('is Relevance x S x I for a digital or unknown target: closeness does not decide whom', () => {
    // 0.83 * 0.564 * 0.75 = 0.351090, whatever the closeness
    for (const industryClass of ['digital', 'unknown'] as const) {
      const digital = { ...base, industryClass, noveltyWeight: 0.8 };
      expect(jobOpportunity(digital, S)).toBeCloseTo(0.35109, 12);
      expect(jobOpportunity({ ...digital, closeness: 0.99 }, S)).toBeCloseTo(0.35109, 12);
    }
  });

  it('applies the dormancy boost for a less digital target only', () => {
    expect(jobOpportunity({ ...base, isDormant: true }, S)).toBeCloseTo(0.289836 * 1.25, 12);
    const digital = { ...base, industryClass: 'digital' as const, noveltyWeight: 0.8 };
    expect(jobOpportunity({ ...digital, isDormant: true }, S)).toBeCloseTo(0.35109, 12);
  });

  it('uses the average novelty, not a guessed m, when mutual connections are unknown', () => {
    // 0.83 * (0.4 * 0.5 * 0.75 + 0.6 * 0.3) = 0.83 * 0.33 = 0.2739
    expect(jobOpportunity({ ...base, structuralNovelty: undefined }, S)).toBeCloseTo(0.2739, 12);
  });
});

describe('the interaction axis follows the paper per industry (Figure 3)', () => {
  // The case that went wrong: m = 10 with 0, 4 and 256 messages over the last months, among
  // contacts nobody messages (so q is 0 for the silent tie and rises with the count).
  const now = new Date('2026-11-01T00:00:00Z');
  const tie = (id: string, messages: number): TieFeatures => ({
    ...emptyTieFeatures(id),
    mutualConnections: { count: 10, source: 'recorded' },
    industry: '52',
    ...(messages > 0
      ? {
          messagesSent: messages / 2,
          messagesReceived: messages / 2,
          conversationsStartedByOwner: 2,
          conversationsStartedByThem: 2,
          repliesFromThem: 2,
          firstInteractionAt: '2026-04-01',
          lastInteractionAt: '2026-10-20',
        }
      : {}),
  });
  const network = [
    tie('silent', 0),
    tie('some', 4),
    tie('many', 256),
    ...Array.from({ length: 7 }, (_, i) => tie(`other-${i}`, 0)),
  ];
  const score = (digitalSectors: readonly ('52' | '51')[]) => {
    const settings = { ...S, industry: { ...S.industry, digitalSectors } };
    const scored = scoreTies(network, { ...emptyGoals(), targetIndustries: ['52'] }, settings, now);
    const of = (id: string) => scored.find((s) => s.personId === id)!.opportunity;
    return [of('silent'), of('some'), of('many')] as const;
  };

  it('never rises with messages for a digital target', () => {
    const [silent, some, many] = score(['52']);
    expect(some).toBeLessThan(silent);
    expect(many).toBeLessThan(some);
  });

  it('lets the strongest tie score highest for a less digital target', () => {
    const [silent, some, many] = score(['51']);
    expect(many).toBeGreaterThan(some);
    expect(many).toBeGreaterThan(silent);
  });
});
