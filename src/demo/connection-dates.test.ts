import { describe, expect, it } from 'vitest';
import { allocateExactly, drawConnectionDays } from './connection-dates.js';
import { createRng } from './rng.js';

describe('allocateExactly', () => {
  it('splits a total by the largest remainders', () => {
    expect(allocateExactly(10, [1, 1, 1])).toEqual([4, 3, 3]);
    expect(allocateExactly(7, [5, 0, 2])).toEqual([5, 0, 2]);
    expect(allocateExactly(3, [0, 0])).toEqual([0, 0]);
  });
});

describe('drawConnectionDays', () => {
  it("keeps the real export's yearly ratios and stays before the export day", () => {
    // A New Year's Day export: its own year has no days yet, so the years before carry the
    // real ladder from 1,292 down (1,292, 564, 335, 56), then the early tail 40, 32, ... 4
    // (sum 170): 2,417 connections in all.
    const exportMs = Date.UTC(2025, 0, 1);
    const days = drawConnectionDays(createRng(1), 2417, exportMs);
    const perYear = new Map<number, number>();
    for (const day of days) {
      const year = new Date(day).getUTCFullYear();
      perYear.set(year, (perYear.get(year) ?? 0) + 1);
      expect(day).toBeLessThan(exportMs);
    }
    expect([2012, 2015, 2020, 2021, 2022, 2023, 2024].map((y) => perYear.get(y))).toEqual([
      4, 13, 40, 56, 335, 564, 1292,
    ]);
    expect(perYear.get(2025)).toBeUndefined();
  });
});
