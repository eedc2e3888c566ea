import { describe, it, expect } from 'vitest';
import { classifyTie, tieStrength } from './classify-tie.js';
import type { TieClassInput } from './classify-tie.js';
import { DEFAULT_TIE_SETTINGS } from './tie-settings.js';

const S = DEFAULT_TIE_SETTINGS;
const input = (overrides: Partial<TieClassInput>): TieClassInput => ({
  closeness: 0.1,
  pastCloseness: 0.1,
  mutuals: undefined,
  hasInteracted: true,
  isDormant: false,
  ...overrides,
});

describe('classifyTie', () => {
  it('splits interacted ties at closeness 0.6 and 0.2', () => {
    expect(classifyTie(input({ closeness: 0.6 }), S)).toBe('strong');
    expect(classifyTie(input({ closeness: 0.59 }), S)).toBe('moderately-weak');
    expect(classifyTie(input({ closeness: 0.2 }), S)).toBe('moderately-weak');
    expect(classifyTie(input({ closeness: 0.19 }), S)).toBe('weak');
  });

  it('reads the inverted U: rising from 2 and the peak band are moderately weak, past it not', () => {
    // At m* = 10 the peak band S(m) >= 0.9 is m = 6 to 15: S(15) = 0.923, S(16) = 0.896.
    expect(classifyTie(input({ mutuals: 1 }), S)).toBe('weak');
    expect(classifyTie(input({ mutuals: 2 }), S)).toBe('moderately-weak');
    expect(classifyTie(input({ mutuals: 15 }), S)).toBe('moderately-weak');
    expect(classifyTie(input({ mutuals: 16 }), S)).toBe('weak');
    expect(classifyTie(input({ mutuals: 49 }), S)).toBe('weak');
    expect(classifyTie(input({ mutuals: 49, closeness: 0.3 }), S)).toBe('moderately-weak');
  });

  it('labels a contact met at an event moderately weak, unless many shared contacts embed it', () => {
    // Connected right after an event the user attended, never messaged: an acquaintance.
    const met = input({ hasInteracted: false, closeness: 0, metAtEvent: true });
    expect(classifyTie(met, S)).toBe('moderately-weak');
    expect(classifyTie({ ...met, mutuals: 1 }, S)).toBe('moderately-weak');
    expect(classifyTie({ ...met, mutuals: 20 }, S)).toBe('weak');
    expect(classifyTie({ ...met, metAtEvent: false }, S)).toBe('never-interacted');
  });

  it('puts dormancy and never-interacted before strength', () => {
    expect(classifyTie(input({ isDormant: true, closeness: 0.9 }), S)).toBe('dormant');
    expect(classifyTie(input({ hasInteracted: false, mutuals: 9 }), S)).toBe('never-interacted');
  });

  it('judges a dormant tie on its past closeness', () => {
    const dormant = input({ isDormant: true, closeness: 0.3, pastCloseness: 0.8 });
    expect(tieStrength(dormant, S)).toBe('strong');
    expect(tieStrength({ ...dormant, isDormant: false }, S)).toBe('moderately-weak');
  });
});
