/**
 * The interaction axis of tie strength (docs/science.md section 1; Rajkumar et al. 2022): the less a
 * pair messages, the more jobs the tie transmits, measured as a percentile rank in [0, 1].
 */

/** I(q) = 1 - beta q: monotone decreasing in q, as the paper found (no interior peak). */
export function interactionTerm(percentile: number, beta: number): number {
  const q = Math.min(1, Math.max(0, Number.isFinite(percentile) ? percentile : 0));
  return 1 - beta * q;
}

/**
 * Each tie's percentile q of messages exchanged among the user's own contacts.
 *
 * q = (number of contacts with strictly fewer messages) / (n - 1): tied counts share the lowest
 * rank of their group (pandas rank(method='min'), shifted to start at 0). Design choice: about
 * 90 % of a real network was never messaged (docs/demo-data.md), and they must all get q = 0, the
 * paper's least-messaged group, rather than a rank set by sort order or the group's midpoint.
 * The single most-messaged contact gets 1; a lone contact, or a network where everyone has the
 * same count, gets 0. Bad counts (negative, NaN) count as zero.
 */
export function messagePercentiles(counts: ArrayLike<number>): Float64Array {
  const n = counts.length;
  const result = new Float64Array(n);
  if (n < 2) return result;
  const clean = new Float64Array(n);
  for (let i = 0; i < n; i += 1) {
    const c = counts[i] ?? 0;
    clean[i] = Number.isFinite(c) && c > 0 ? c : 0;
  }
  const sorted = Float64Array.from(clean).sort();
  for (let i = 0; i < n; i += 1) {
    result[i] = countBelow(sorted, clean[i] ?? 0) / (n - 1);
  }
  return result;
}

/** How many sorted values are strictly below `value` (binary search). */
function countBelow(sorted: Float64Array, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] ?? 0) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
