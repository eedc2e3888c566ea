import { describe, expect, it } from 'vitest';
import { createRng, cumulativeWeights, deriveRng, pickIndex, sampleWeighted } from './rng.js';

function draws(seed: number, count: number): number[] {
  const rng = createRng(seed);
  return Array.from({ length: count }, () => rng.next());
}

describe('createRng', () => {
  it('repeats its sequence for a seed and changes it for another', () => {
    expect(draws(42, 50)).toEqual(draws(42, 50));
    expect(draws(42, 50)).not.toEqual(draws(43, 50));
    for (const value of draws(7, 1000)) {
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThan(1);
    }
  });

  it('spreads int() evenly over both ends of the range', () => {
    const rng = createRng(1);
    const counts = [0, 0, 0, 0, 0, 0];
    for (let i = 0; i < 60_000; i++) {
      const value = rng.int(1, 6);
      counts[value - 1] = (counts[value - 1] ?? 0) + 1;
    }
    // Each face expects 10,000; 4 standard deviations is about 365.
    for (const count of counts) expect(Math.abs(count - 10_000)).toBeLessThan(400);
  });

  it('gives each named stream of a seed its own sequence', () => {
    const a = deriveRng(42, 'connections');
    const b = deriveRng(42, 'messages');
    const again = deriveRng(42, 'connections');
    const first = [a.next(), a.next()];
    expect([again.next(), again.next()]).toEqual(first);
    expect([b.next(), b.next()]).not.toEqual(first);
  });
});

describe('weighted draws', () => {
  it('picks indices in proportion to their weights and never a zero weight', () => {
    const rng = createRng(5);
    const cumulative = cumulativeWeights([1, 0, 3]);
    const counts = [0, 0, 0];
    for (let i = 0; i < 40_000; i++) {
      const index = pickIndex(rng, cumulative);
      counts[index] = (counts[index] ?? 0) + 1;
    }
    expect(counts[1]).toBe(0);
    expect((counts[2] ?? 0) / 40_000).toBeCloseTo(0.75, 1);
  });

  it('samples distinct indices without zero weights, favouring heavy ones', () => {
    const rng = createRng(9);
    const weights = [0, 1, 1, 1, 0, 100];
    let heavy = 0;
    for (let i = 0; i < 200; i++) {
      const chosen = sampleWeighted(rng, weights, 2);
      expect(chosen).toHaveLength(2);
      expect(new Set(chosen).size).toBe(2);
      expect(chosen).not.toContain(0);
      expect(chosen).not.toContain(4);
      if (chosen.includes(5)) heavy++;
    }
    expect(heavy).toBeGreaterThan(190);
    expect(sampleWeighted(rng, [0, 2, 0], 5)).toEqual([1]);
  });
});
