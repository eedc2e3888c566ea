import { describe, expect, it } from 'vitest';
import { createSeededRng } from './seeded-rng.js';

describe('createSeededRng', () => {
  it('repeats its sequence for a seed, in [0, 1)', () => {
    const draw = (seed: number): number[] => {
      const rng = createSeededRng(seed);
      return Array.from({ length: 1_000 }, () => rng());
    };
    const first = draw(11);
    expect(draw(11)).toEqual(first);
    expect(draw(12)).not.toEqual(first);
    expect(Math.min(...first)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...first)).toBeLessThan(1);
  });

  it('is roughly uniform', () => {
    const rng = createSeededRng(1);
    const buckets = new Array<number>(10).fill(0);
    for (let i = 0; i < 100_000; i += 1) {
      const bucket = Math.floor(rng() * 10);
      buckets[bucket] = (buckets[bucket] ?? 0) + 1;
    }
    // 10,000 expected per bucket; 5 standard deviations is about 475.
    for (const count of buckets) expect(Math.abs(count - 10_000)).toBeLessThan(500);
  });
});
