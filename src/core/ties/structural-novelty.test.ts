import { describe, it, expect } from 'vitest';
import { isWeakOverlap, mutualTercile, overlap, structuralNovelty } from './structural-novelty.js';

describe('structuralNovelty (docs/science.md section 1)', () => {
  it.each([
    [0, 0.226],
    [2, 0.564],
    [5, 0.859],
    [10, 1.0],
    [20, 0.769],
    [30, 0.457],
    [50, 0.122],
  ])('S(%i) = %f at m* = 10', (m, expected) => {
    expect(structuralNovelty(m, 10)).toBeCloseTo(expected, 3);
  });

  it('rises below the peak and falls above it', () => {
    for (let m = 0; m < 10; m += 1) {
      expect(structuralNovelty(m + 1, 10)).toBeGreaterThan(structuralNovelty(m, 10));
    }
    for (let m = 10; m < 100; m += 1) {
      expect(structuralNovelty(m + 1, 10)).toBeLessThan(structuralNovelty(m, 10));
    }
  });

  it('peaks at whichever m* is configured', () => {
    expect(structuralNovelty(6, 6)).toBe(1);
    expect(structuralNovelty(5, 6)).toBeLessThan(1);
    expect(structuralNovelty(7, 6)).toBeLessThan(1);
  });

  it('gives no number for something that is not a count', () => {
    expect(structuralNovelty(-1, 10)).toBeNaN();
    expect(structuralNovelty(Number.NaN, 10)).toBeNaN();
  });
});

describe('mutualTercile', () => {
  it('uses the paper’s terciles 0-1, 2-6, 7+', () => {
    expect([0, 1, 2, 6, 7, 40].map(mutualTercile)).toEqual([
      '0-1',
      '0-1',
      '2-6',
      '2-6',
      '7+',
      '7+',
    ]);
  });
});

describe('overlap', () => {
  it('is m / (k_u + k_v - m - 2)', () => {
    // 2 / (100 + 50 - 2 - 2) = 2 / 146
    expect(overlap(2, 100, 50)).toBeCloseTo(2 / 146, 12);
    expect(overlap(0, 500, 300)).toBe(0);
  });

  it('calls overlap below the median 0.0024 weak', () => {
    // 1 / (500 + 300 - 1 - 2) = 0.001255
    expect(isWeakOverlap(overlap(1, 500, 300) ?? 1, 0.0024)).toBe(true);
    // 5 / 797 = 0.00627
    expect(isWeakOverlap(overlap(5, 500, 300) ?? 0, 0.0024)).toBe(false);
  });

  it('refuses degrees that cannot hold the mutual connections', () => {
    expect(overlap(5, 3, 100)).toBeUndefined();
    expect(overlap(0, 1, 1)).toBeUndefined();
    expect(overlap(-1, 10, 10)).toBeUndefined();
    expect(overlap(1, Number.NaN, 10)).toBeUndefined();
  });
});
