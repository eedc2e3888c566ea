/**
 * Every source in the lists (docs/product.md, "Reconnect": open the phone book, chats and mail,
 * not only LinkedIn). Ranked lists are dominated by LinkedIn connections because the export
 * holds most people; the method says the forgotten contacts of the other sources are exactly
 * the ones to reopen. So every `every`-th place goes to the best-ranked person known from
 * outside LinkedIn while one is waiting (design choice: every fifth place, a fifth of a list).
 * Pure.
 */
export const OUTSIDE_EVERY = 5;

export function mixSources<T>(
  ranked: readonly T[],
  isOutside: (item: T) => boolean,
  every: number = OUTSIDE_EVERY,
): T[] {
  const step = Math.max(1, Math.floor(every));
  // Positions in the ranked list, so rank order is kept apart from the due turns.
  const outside: number[] = [];
  const inside: number[] = [];
  ranked.forEach((r, at) => (isOutside(r) ? outside : inside).push(at));
  const out: T[] = [];
  let i = 0;
  let o = 0;
  let sinceOutside = 0;
  while (i < inside.length || o < outside.length) {
    const nextInside = inside[i];
    const nextOutside = outside[o];
    // Keep rank order, except that an outside contact takes the place when its turn is due.
    const rankOrder =
      nextOutside !== undefined && (nextInside === undefined || nextOutside < nextInside);
    const due = sinceOutside >= step - 1;
    if (nextOutside !== undefined && (rankOrder || due)) {
      out.push(ranked[nextOutside] as T);
      o += 1;
      sinceOutside = 0;
    } else if (nextInside !== undefined) {
      out.push(ranked[nextInside] as T);
      i += 1;
      sinceOutside += 1;
    }
  }
  return out;
}
