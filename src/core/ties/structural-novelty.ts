/**
 * The structural axis of tie strength (docs/science.md section 1; Rajkumar et al. 2022): job
 * transmission rises with mutual connections up to a peak m* and then falls (an inverted U).
 */

/**
 * S(m) = x e^(1 - x), x = (m + 1) / (m* + 1). Equals 1 at m = m* and rises then falls; the
 * curve's form is a design choice, its peak and shape the paper's. Negative or non-finite m is
 * not a count and gives NaN, which callers never produce from cleaned input.
 */
export function structuralNovelty(mutuals: number, peak: number): number {
  if (!Number.isFinite(mutuals) || mutuals < 0 || !(peak >= 0)) return Number.NaN;
  const x = (mutuals + 1) / (peak + 1);
  return x * Math.exp(1 - x);
}

export type MutualTercile = '0-1' | '2-6' | '7+';

/** The paper's terciles of mutual connections (docs/science.md section 1). */
export function mutualTercile(mutuals: number): MutualTercile {
  if (mutuals <= 1) return '0-1';
  return mutuals <= 6 ? '2-6' : '7+';
}

/** Where m sits on the inverted U (docs/science.md section 1). */
export type MutualBand = 'rising' | 'peak' | 'falling';

/**
 * The band of the inverted U: `peak` where S(m) >= nearPeak (m = 6 to 15 at m* = 10), `rising`
 * below it, `falling` past it.
 */
export function mutualBand(mutuals: number, peak: number, nearPeak: number): MutualBand {
  if (structuralNovelty(mutuals, peak) >= nearPeak) return 'peak';
  return mutuals < peak ? 'rising' : 'falling';
}

/**
 * Neighbourhood overlap O = m / (k_u + k_v - m - 2) (docs/science.md section 1). Undefined when the
 * degrees cannot hold m mutual connections, so no made-up figure reaches the user.
 */
export function overlap(
  mutuals: number,
  ownerDegree: number,
  contactDegree: number,
): number | undefined {
  const values = [mutuals, ownerDegree, contactDegree];
  if (!values.every((v) => Number.isFinite(v) && v >= 0)) return undefined;
  if (mutuals > Math.min(ownerDegree, contactDegree) - 1) return undefined;
  const denominator = ownerDegree + contactDegree - mutuals - 2;
  return denominator > 0 ? mutuals / denominator : undefined;
}

/** docs/science.md section 1: overlap below the median 0.0024 is weak. */
export function isWeakOverlap(value: number, threshold: number): boolean {
  return value < threshold;
}
