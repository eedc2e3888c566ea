/**
 * A seeded random graph with communities and hubs, for tests and the scaling benchmark: a
 * degree-corrected stochastic block model (Karrer and Newman 2011) with planted communities of
 * consecutive nodes and power-law node weights, so degrees are heavy tailed as in real social
 * networks. Returns plain index arrays for buildCompactGraphFromArrays.
 */
import type { CompactGraphArrays } from './compact-graph.js';

export interface SocialGraphOptions {
  nodeCount: number;
  /** Distinct edges, no self-loops; at most a quarter of all possible pairs. */
  edgeCount: number;
  /** The only source of randomness. */
  rng: () => number;
  /** Nodes per planted community (the last may be smaller); default 100 (design choice). */
  communitySize?: number;
  /** Share of edges drawn across communities; default 0.1 (design choice: clear structure). */
  mixing?: number;
  /**
   * Exponent of the power law of node weights, hence of expected degrees; default 2.5 (design
   * choice within the 2 to 3 typical of social networks, Barabasi and Albert 1999).
   */
  degreeExponent?: number;
}

export interface SocialGraph extends CompactGraphArrays {
  /** The planted community of each node: ground truth for community detection. */
  communities: Int32Array;
}

export function generateSocialGraph(options: SocialGraphOptions): SocialGraph {
  const { nodeCount, edgeCount, rng } = options;
  const communitySize = options.communitySize ?? 100;
  const mixing = options.mixing ?? 0.1;
  const degreeExponent = options.degreeExponent ?? 2.5;
  if (!Number.isInteger(nodeCount) || nodeCount < 2) {
    throw new RangeError('nodeCount must be an integer >= 2');
  }
  if (!Number.isInteger(edgeCount) || edgeCount < 0 || edgeCount > (nodeCount * nodeCount) / 8) {
    throw new RangeError('edgeCount must be an integer from 0 to a quarter of all pairs');
  }
  if (!(degreeExponent > 2)) throw new RangeError('degreeExponent must be above 2');

  // Pareto weights (minimum 1), capped at a community's size so that a hub can still find
  // distinct partners inside its own community; cumulative sums allow sampling by weight.
  const communities = new Int32Array(nodeCount);
  const cumulative = new Float64Array(nodeCount + 1);
  for (let i = 0; i < nodeCount; i += 1) {
    communities[i] = Math.floor(i / communitySize);
    const weight = Math.min((1 - rng()) ** (-1 / (degreeExponent - 1)), communitySize);
    cumulative[i + 1] = cumulative[i]! + weight;
  }
  // A node drawn with probability proportional to its weight among nodes first..end-1.
  const pickByWeight = (first: number, end: number): number => {
    const r = cumulative[first]! + rng() * (cumulative[end]! - cumulative[first]!);
    let low = first;
    let high = end - 1;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (cumulative[mid + 1]! <= r) low = mid + 1;
      else high = mid;
    }
    return low;
  };

  const sources = new Int32Array(edgeCount);
  const targets = new Int32Array(edgeCount);
  // Pairs drawn so far, keyed lower * nodeCount + higher (exact below 2^53), to redraw repeats.
  const drawn = new Set<number>();
  const maxDraws = 100 * edgeCount + 1_000;
  let count = 0;
  for (let draws = 0; count < edgeCount; draws += 1) {
    if (draws === maxDraws) throw new RangeError('too dense: could not draw enough distinct edges');
    const source = pickByWeight(0, nodeCount);
    let target: number;
    if (rng() < mixing) {
      target = pickByWeight(0, nodeCount);
    } else {
      const first = communities[source]! * communitySize;
      target = pickByWeight(first, Math.min(first + communitySize, nodeCount));
    }
    if (source === target) continue;
    const key = Math.min(source, target) * nodeCount + Math.max(source, target);
    if (drawn.has(key)) continue;
    drawn.add(key);
    sources[count] = source;
    targets[count] = target;
    count += 1;
  }
  return { nodeCount, sources, targets, communities };
}
