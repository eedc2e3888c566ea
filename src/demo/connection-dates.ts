/**
 * When the owner's connections were made: exact counts per calendar year with the accelerating
 * growth of a real 2024 export (56, 335, 564, 1,292, 1,514 for its last five years; docs/demo-data.md),
 * scaled to the requested size, and a thin, tapering early tail before that so the network spans
 * the whole career. Days inside a year are uniform.
 */
import { DAY_MS, yearOf } from './linkedin-dates.js';
import type { Rng } from './rng.js';

/** The export year first, then each year before it (docs/demo-data.md, 2024 back to 2020). */
const RECENT_YEARS = [1514, 1292, 564, 335, 56] as const;
/** The nine years before those (design choice: a slow start, still rising every year). */
const EARLY_YEARS = [40, 32, 26, 21, 17, 13, 10, 7, 4] as const;

/** Splits `total` in proportion to `weights` with the largest-remainder rule, so counts are exact. */
export function allocateExactly(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (sum <= 0) return weights.map(() => 0);
  const raw = weights.map((w) => (total * w) / sum);
  const counts = raw.map(Math.floor);
  let left = total - counts.reduce((a, b) => a + b, 0);
  const order = raw
    .map((value, index) => ({ index, remainder: value - Math.floor(value) }))
    .filter(({ index }) => (weights[index] ?? 0) > 0)
    .sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (const { index } of order) {
    if (left <= 0) break;
    counts[index] = (counts[index] ?? 0) + 1;
    left--;
  }
  return counts;
}

/** Connected-on days (UTC midnights), oldest first, never on or after the export day. */
export function drawConnectionDays(rng: Rng, count: number, exportMs: number): number[] {
  const exportYear = yearOf(exportMs);
  const yearStart = Date.UTC(exportYear, 0, 1);
  const yearLength = (Date.UTC(exportYear + 1, 0, 1) - yearStart) / DAY_MS;
  const elapsedDays = Math.floor((exportMs - yearStart) / DAY_MS);
  // The export year is partial: its weight is the yearly rate times the share elapsed.
  const weights = [
    (RECENT_YEARS[0] * elapsedDays) / yearLength,
    ...RECENT_YEARS.slice(1),
    ...EARLY_YEARS,
  ];
  const counts = allocateExactly(count, weights);
  const days: number[] = [];
  counts.forEach((yearCount, yearsBack) => {
    const year = exportYear - yearsBack;
    const start = Date.UTC(year, 0, 1);
    const span = yearsBack === 0 ? elapsedDays : (Date.UTC(year + 1, 0, 1) - start) / DAY_MS;
    for (let i = 0; i < yearCount; i++) {
      days.push(start + Math.floor(rng.next() * span) * DAY_MS);
    }
  });
  return days.sort((a, b) => a - b);
}
