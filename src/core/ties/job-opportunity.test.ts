import { describe, it, expect } from 'vitest';
import { jobOpportunity } from './job-opportunity.js';
import { DEFAULT_TIE_SETTINGS } from './tie-settings.js';

const S = DEFAULT_TIE_SETTINGS;
const base = {
  relevance: 0.83,
  noveltyWeight: 0.8,
  structuralNovelty: 0.564,
  interactionTerm: 0.75,
  closeness: 0.3,
  isDormant: false,
};

describe('jobOpportunity (docs/science.md section 1)', () => {
  it('is Relevance x [w_d S I + (1 - w_d) Closeness]', () => {
    // 0.83 * (0.8 * 0.564 * 0.75 + 0.2 * 0.3) = 0.83 * 0.3984 = 0.330672
    expect(jobOpportunity(base, S)).toBeCloseTo(0.330672, 12);
  });

  it('applies the dormancy boost', () => {
    expect(jobOpportunity({ ...base, isDormant: true }, S)).toBeCloseTo(0.330672 * 1.25, 12);
  });

  it('uses the average novelty, not a guessed m, when mutual connections are unknown', () => {
    // 0.83 * (0.8 * 0.5 * 0.75 + 0.2 * 0.3) = 0.83 * 0.36 = 0.2988
    expect(jobOpportunity({ ...base, structuralNovelty: undefined }, S)).toBeCloseTo(0.2988, 12);
  });
});
