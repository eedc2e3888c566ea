import { describe, it, expect } from 'vitest';
import { interactionTerm, messagePercentiles } from './interaction-intensity.js';

describe('interactionTerm (docs/science.md section 1)', () => {
  it('is 1 - beta q and falls as the percentile rises', () => {
    expect(interactionTerm(0, 0.5)).toBe(1);
    expect(interactionTerm(0.5, 0.5)).toBe(0.75);
    expect(interactionTerm(1, 0.5)).toBe(0.5);
    expect(interactionTerm(0.9, 0.5)).toBeLessThan(interactionTerm(0.1, 0.5));
  });

  it('keeps q inside [0, 1]', () => {
    expect(interactionTerm(2, 0.5)).toBe(0.5);
    expect(interactionTerm(-1, 0.5)).toBe(1);
    expect(interactionTerm(Number.NaN, 0.5)).toBe(1);
  });
});

describe('messagePercentiles', () => {
  it('ranks each contact among the user’s own contacts', () => {
    // Strictly fewer: 0 -> 0 of 4, 5 -> 3 of 4, 10 -> 4 of 4.
    expect(Array.from(messagePercentiles([0, 0, 0, 5, 10]))).toEqual([0, 0, 0, 0.75, 1]);
  });

  it('gives every never-messaged contact q = 0, whatever their order', () => {
    const counts = [7, 0, 3, 0, 0, 0, 0, 0, 0, 0];
    const q = messagePercentiles(counts);
    expect(q.filter((_, i) => counts[i] === 0).every((v) => v === 0)).toBe(true);
    expect(q[0]).toBe(1);
    // 8 contacts have fewer than 3 messages; n - 1 = 9.
    expect(q[2]).toBeCloseTo(8 / 9, 12);
  });

  it('shares the lowest rank between tied counts', () => {
    expect(Array.from(messagePercentiles([4, 4, 1]))).toEqual([0.5, 0.5, 0]);
  });

  it('handles tiny and dirty inputs', () => {
    expect(Array.from(messagePercentiles([]))).toEqual([]);
    expect(Array.from(messagePercentiles([12]))).toEqual([0]);
    expect(Array.from(messagePercentiles([Number.NaN, -3, 2]))).toEqual([0, 0, 1]);
  });
});
