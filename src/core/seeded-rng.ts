/**
 * The only source of randomness in graph code (docs/architecture.md: no randomness but an injected
 * rng): mulberry32, a small 32-bit generator by Tommy Ettinger, good enough to shuffle visiting
 * orders and generate test graphs, and identical on every platform for the same seed.
 */

/** Returns a function giving uniform numbers in [0, 1), the same sequence for the same seed. */
export function createSeededRng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
