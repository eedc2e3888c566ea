/**
 * Newman-Girvan modularity (Newman and Girvan 2004; with a resolution parameter, Reichardt and
 * Bornholdt 2006): Q = sum_c [ L_c / m - gamma (d_c / 2m)^2 ], L_c the weight inside community c,
 * d_c its total degree; the same value as NetworkX's `community.modularity`.
 */
import type { CompactGraph } from './compact-graph.js';
import { relabelDensely } from './dense-labels.js';

export interface ModularityOptions {
  /** gamma; default 1, the classic definition (Newman and Girvan 2004). */
  resolution?: number;
  /** Use edge weights; default false, as NetworkX's `weight=None`. */
  useWeights?: boolean;
}

const DEFAULTS = { resolution: 1, useWeights: false };

/**
 * Modularity of a partition given as one label per node (any numbers). NaN on a graph with no
 * edges, where modularity is undefined. Throws RangeError when the labels do not match the graph.
 */
export function computeModularity(
  graph: CompactGraph,
  communities: ArrayLike<number>,
  options: ModularityOptions = {},
): number {
  const { resolution, useWeights } = { ...DEFAULTS, ...options };
  if (communities.length !== graph.nodeCount) {
    throw new RangeError(`${communities.length} labels for ${graph.nodeCount} nodes`);
  }
  const { labels, count } = relabelDensely(communities);
  const { offsets, neighbours } = graph;
  const weights = useWeights ? graph.weights : undefined;
  const degreeOf = new Float64Array(count);
  let inside = 0;
  let total = 0;
  for (let u = 0; u < graph.nodeCount; u += 1) {
    const c = labels[u]!;
    const end = offsets[u + 1]!;
    let degree = 0;
    let within = 0;
    for (let a = offsets[u]!; a < end; a += 1) {
      const w = weights ? weights[a]! : 1;
      degree += w;
      if (labels[neighbours[a]!] === c) within += w;
    }
    degreeOf[c] = degreeOf[c]! + degree;
    inside += within;
    total += degree;
  }
  if (total === 0) return Number.NaN;
  let expected = 0;
  for (let c = 0; c < count; c += 1) {
    const share = degreeOf[c]! / total;
    expected += share * share;
  }
  // Arcs count every internal edge twice, so inside / total = L_c / m summed over communities.
  return inside / total - resolution * expected;
}
