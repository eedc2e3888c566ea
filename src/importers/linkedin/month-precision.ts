/**
 * Positions and Education are dated by month or year (import-batch.ts: "`YYYY-MM` (or `YYYY`) as
 * far as the source says"); a fuller date is cut to the month.
 */
export function toMonthPrecision(iso: string | undefined): string | undefined {
  if (iso === undefined) return undefined;
  const match = /^(\d{4})(-\d{2})?/.exec(iso);
  return match ? `${match[1] ?? ''}${match[2] ?? ''}` : undefined;
}
