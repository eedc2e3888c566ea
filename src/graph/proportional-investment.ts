/**
 * Burt's (1992) proportional tie strengths, per arc (docs/science.md section 4). On an undirected
 * graph z_ij = z_ji, so p_ij = (z_ij + z_ji) / sum_k (z_ik + z_ki) = w_ij / sum_k w_ik, and
 * m_ij = z_ij / max_k z_ik. Binary: p_ij = 1 / degree(i), m_ij = 1. A node whose ties all weigh
 * 0 gets 0, as NetworkX's `normalized_mutual_weight` does when the scale is 0.
 */
import type { CompactGraph } from './compact-graph.js';

/** p_ij for every arc i -> j, aligned with `graph.neighbours`. */
export function computeInvestments(graph: CompactGraph, useWeights: boolean): Float64Array {
  const { nodeCount, offsets, weights } = graph;
  const p = new Float64Array(graph.neighbours.length);
  for (let i = 0; i < nodeCount; i += 1) {
    const start = offsets[i]!;
    const end = offsets[i + 1]!;
    if (useWeights && weights) {
      let strength = 0;
      for (let a = start; a < end; a += 1) strength += weights[a]!;
      if (strength === 0) continue;
      for (let a = start; a < end; a += 1) p[a] = weights[a]! / strength;
    } else {
      p.fill(1 / (end - start), start, end);
    }
  }
  return p;
}

/** m_ij for every arc i -> j: the tie's weight over i's strongest tie. */
export function computeMarginalStrengths(graph: CompactGraph, useWeights: boolean): Float64Array {
  const { nodeCount, offsets, weights } = graph;
  const m = new Float64Array(graph.neighbours.length);
  if (!useWeights || !weights) return m.fill(1);
  for (let i = 0; i < nodeCount; i += 1) {
    const start = offsets[i]!;
    const end = offsets[i + 1]!;
    let max = 0;
    for (let a = start; a < end; a += 1) max = Math.max(max, weights[a]!);
    if (max === 0) continue;
    for (let a = start; a < end; a += 1) m[a] = weights[a]! / max;
  }
  return m;
}
