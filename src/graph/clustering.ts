/**
 * Local clustering coefficient (Watts and Strogatz 1998); weighted as the geometric mean of
 * normalised triangle weights (Onnela et al. 2005), NetworkX's `clustering` definition.
 * docs/science.md section 1: the paper's network diversity is 1 - local clustering.
 */
import type { CompactGraph } from './compact-graph.js';
import { orientByDegree } from './forward-arcs.js';
import { countTriangles } from './triangles.js';

export interface ClusteringOptions {
  /** Use edge weights (Onnela et al. 2005); default false, as NetworkX's `weight=None`. */
  useWeights?: boolean;
}

const DEFAULTS = { useWeights: false };

/**
 * Clustering of every node: 2T / (d (d - 1)), T the triangles through the node and d its degree;
 * weighted, T sums (w_uv w_uw w_vw)^(1/3) / max(w) over the triangles instead. 0 when d < 2.
 */
export function computeClustering(
  graph: CompactGraph,
  options: ClusteringOptions = {},
): Float64Array {
  const { useWeights } = { ...DEFAULTS, ...options };
  const n = graph.nodeCount;
  const { offsets } = graph;
  const result = new Float64Array(n);
  const triangles =
    useWeights && graph.weights ? weightTriangles(graph, graph.weights) : countTriangles(graph);
  for (let v = 0; v < n; v += 1) {
    const degree = offsets[v + 1]! - offsets[v]!;
    const t = triangles[v]!;
    result[v] = degree < 2 || t === 0 ? 0 : (2 * t) / (degree * (degree - 1));
  }
  return result;
}

/** Sum over the triangles through each node of the cube root of the product of their weights. */
function weightTriangles(graph: CompactGraph, weights: Float64Array): Float64Array {
  const { offsets: forward, heads, arcs } = orientByDegree(graph);
  const n = graph.nodeCount;
  let maxWeight = 0;
  for (let a = 0; a < weights.length; a += 1) maxWeight = Math.max(maxWeight, weights[a]!);
  const sums = new Float64Array(n);
  if (maxWeight === 0) return sums;
  // Weights by forward arc, so the inner loop reads them in order.
  const forwardWeights = new Float64Array(heads.length);
  for (let k = 0; k < heads.length; k += 1) forwardWeights[k] = weights[arcs[k]!]!;
  const mark = new Uint8Array(n);
  const forwardPosition = new Int32Array(n);
  for (let v = 0; v < n; v += 1) {
    const start = forward[v]!;
    const end = forward[v + 1]!;
    if (end - start < 2) continue;
    for (let k = start; k < end; k += 1) {
      const u = heads[k]!;
      mark[u] = 1;
      forwardPosition[u] = k;
    }
    let atV = 0;
    for (let k = start; k < end; k += 1) {
      const u = heads[k]!;
      const weightVU = forwardWeights[k]!;
      let atU = 0;
      const uEnd = forward[u + 1]!;
      for (let l = forward[u]!; l < uEnd; l += 1) {
        const w = heads[l]!;
        if (mark[w] === 0) continue;
        const product = weightVU * forwardWeights[forwardPosition[w]!]! * forwardWeights[l]!;
        const value = Math.cbrt(product) / maxWeight;
        atU += value;
        sums[w] = sums[w]! + value;
      }
      atV += atU;
      sums[u] = sums[u]! + atU;
    }
    sums[v] = sums[v]! + atV;
    for (let k = start; k < end; k += 1) mark[heads[k]!] = 0;
  }
  return sums;
}
