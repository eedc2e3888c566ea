/**
 * Small-cell suppression for the career-centre view (issue 9: "A career-centre view aggregates
 * a cohort and suppresses any cell with fewer than 5 members"). A figure computed from fewer than
 * k members can single one of them out; k-anonymity (Sweeney 2002, "k-anonymity: a model for
 * protecting privacy", IJUFKS 10(5):557-570) asks that every released figure blend at least k
 * people. A suppressed cell carries no number at all, not even how many members it had.
 */

/** k = 5: the threshold. */
export const MIN_MEMBERS_PER_CELL = 5;

export type Cell = { value: number; suppressed: false } | { value: null; suppressed: true };

export function suppressedCell(): Cell {
  return { value: null, suppressed: true };
}

/** The value when at least `threshold` members contributed to it, else a suppressed cell. */
export function cellOf(
  value: number,
  contributors: number,
  threshold: number = MIN_MEMBERS_PER_CELL,
): Cell {
  return contributors >= threshold ? { value, suppressed: false } : suppressedCell();
}

/** The median (the mean of the two middle values for an even count); NaN for none. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const upper = sorted[mid] ?? Number.NaN;
  return sorted.length % 2 === 1 ? upper : ((sorted[mid - 1] ?? Number.NaN) + upper) / 2;
}
