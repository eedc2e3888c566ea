/**
 * The demo's only source of randomness: sfc32 (Chris Doty-Humphrey's "small fast counting"
 * generator, PractRand-clean) seeded through splitmix32. It is passed around explicitly, so one
 * seed yields the same export byte for byte (docs/architecture.md: no randomness outside an injected
 * rng; never Math.random()). Not for cryptography.
 */
export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform integer in [min, max], both inclusive. */
  int(min: number, max: number): number;
  chance(probability: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** Standard normal deviate (Box-Muller). */
  normal(): number;
}

function splitmix32(seed: number): () => number {
  let state = seed | 0;
  return () => {
    state = (state + 0x9e3779b9) | 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
}

export function createRng(seed: number): Rng {
  const mix = splitmix32(seed);
  let a = mix();
  let b = mix();
  let c = mix();
  let d = mix();
  const nextUint = (): number => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return t >>> 0;
  };
  // The first outputs of a freshly seeded sfc32 are still correlated with the seed words.
  for (let i = 0; i < 12; i++) nextUint();

  const next = (): number => nextUint() / 4294967296;
  return {
    next,
    int(min, max) {
      return min + Math.floor(next() * (max - min + 1));
    },
    chance(probability) {
      return next() < probability;
    },
    pick<T>(items: readonly T[]): T {
      const item = items[Math.floor(next() * items.length)];
      if (item === undefined) throw new Error('rng.pick on an empty list');
      return item;
    },
    normal() {
      const u = 1 - next();
      const v = next();
      return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    },
  };
}

/**
 * An independent stream for one part of the export (FNV-1a of the label mixed into the seed), so
 * that drawing more or fewer numbers in one file never shifts the content of another.
 */
export function deriveRng(seed: number, stream: string): Rng {
  let hash = 0x811c9dc5;
  for (let i = 0; i < stream.length; i++) {
    hash = Math.imul(hash ^ stream.charCodeAt(i), 0x01000193);
  }
  return createRng((seed ^ Math.imul(hash >>> 0, 0x9e3779b1)) | 0);
}

/** Running sums of non-negative weights, for `pickIndex`. */
export function cumulativeWeights(weights: readonly number[]): Float64Array {
  const sums = new Float64Array(weights.length);
  let total = 0;
  weights.forEach((weight, i) => {
    total += Math.max(0, weight);
    sums[i] = total;
  });
  return sums;
}

/** An index drawn in proportion to its weight, by binary search over `cumulativeWeights`. */
export function pickIndex(rng: Rng, cumulative: Float64Array): number {
  const total = cumulative[cumulative.length - 1] ?? 0;
  if (total <= 0) throw new Error('pickIndex needs a positive total weight');
  const target = rng.next() * total;
  let low = 0;
  let high = cumulative.length - 1;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((cumulative[mid] ?? 0) > target) high = mid;
    else low = mid + 1;
  }
  return low;
}

/**
 * `count` distinct indices, each drawn in proportion to its weight (Efraimidis and Spirakis 2006,
 * "Weighted random sampling with a reservoir": keep the largest keys u^(1/w)), in index order.
 * Zero weights are never drawn; fewer indices come back when fewer have a positive weight.
 */
export function sampleWeighted(rng: Rng, weights: ArrayLike<number>, count: number): number[] {
  const keys = new Float64Array(weights.length);
  let positive = 0;
  for (let i = 0; i < weights.length; i++) {
    const weight = weights[i] ?? 0;
    const u = rng.next();
    if (weight > 0) {
      keys[i] = Math.log(1 - u) / weight;
      positive++;
    } else keys[i] = -Infinity;
  }
  const take = Math.min(Math.max(0, Math.floor(count)), positive);
  if (take === 0) return [];
  // The take-th largest key is the threshold; a native numeric sort keeps this fast at 30,000.
  const threshold = Float64Array.from(keys).sort()[keys.length - take] ?? -Infinity;
  const chosen: number[] = [];
  let ties = take - keys.filter((key) => key > threshold).length;
  for (let index = 0; index < keys.length; index++) {
    const key = keys[index] ?? -Infinity;
    if (key > threshold) chosen.push(index);
    else if (key === threshold && ties > 0) {
      chosen.push(index);
      ties--;
    }
  }
  return chosen;
}
