/**
 * Burt's effective size and efficiency (Burt 1992; Borgatti 1997 for the binary closed form;
 * docs/science.md section 4), NetworkX's `effective_size` definition:
 * ES_i = sum_j [1 - sum_q p_iq m_jq]; binary undirected, ES = n - 2t/n; efficiency = ES / n.
 */
import { computeReverseArcs, type CompactGraph } from './compact-graph.js';
import { orientByDegree } from './forward-arcs.js';
import { computeInvestments, computeMarginalStrengths } from './proportional-investment.js';
import { countTriangles } from './triangles.js';

export interface EffectiveSizeOptions {
  /** Use edge weights as z_ij; default false, as NetworkX's `weight=None`. */
  useWeights?: boolean;
}

const DEFAULTS = { useWeights: false };

/** Effective size of every node; NaN for a node with no neighbours, as in NetworkX. */
export function computeEffectiveSize(
  graph: CompactGraph,
  options: EffectiveSizeOptions = {},
): Float64Array {
  const { useWeights } = { ...DEFAULTS, ...options };
  const n = graph.nodeCount;
  const { offsets } = graph;
  const result = new Float64Array(n);
  if (useWeights && graph.weights) {
    const redundancy = sumRedundancy(graph);
    for (let i = 0; i < n; i += 1) {
      const degree = offsets[i + 1]! - offsets[i]!;
      result[i] = degree === 0 ? Number.NaN : degree - redundancy[i]!;
    }
    return result;
  }
  // Borgatti's closed form, as NetworkX uses for unweighted undirected graphs.
  const triangles = countTriangles(graph);
  for (let i = 0; i < n; i += 1) {
    const degree = offsets[i + 1]! - offsets[i]!;
    result[i] = degree === 0 ? Number.NaN : degree - (2 * triangles[i]!) / degree;
  }
  return result;
}

/** Efficiency, effective size over degree (Burt 1992); NaN for a node with no neighbours. */
export function computeEfficiency(
  graph: CompactGraph,
  options: EffectiveSizeOptions = {},
): Float64Array {
  const effectiveSize = computeEffectiveSize(graph, options);
  const { offsets } = graph;
  for (let i = 0; i < graph.nodeCount; i += 1) {
    effectiveSize[i] = effectiveSize[i]! / (offsets[i + 1]! - offsets[i]!);
  }
  return effectiveSize;
}

/**
 * sum_j sum_q p_iq m_jq for every i: only triangles i, j, q contribute, each found once and
 * credited to its three corners; per-arc values are laid out by forward arc, as in constraint.
 */
function sumRedundancy(graph: CompactGraph): Float64Array {
  const n = graph.nodeCount;
  const p = computeInvestments(graph, true);
  const strengths = computeMarginalStrengths(graph, true);
  const reverse = computeReverseArcs(graph);
  const { offsets: forward, heads, arcs } = orientByDegree(graph);
  const m = heads.length;
  const pAhead = new Float64Array(m);
  const pBack = new Float64Array(m);
  const mAhead = new Float64Array(m);
  const mBack = new Float64Array(m);
  for (let k = 0; k < m; k += 1) {
    const a = arcs[k]!;
    const r = reverse[a]!;
    pAhead[k] = p[a]!;
    pBack[k] = p[r]!;
    mAhead[k] = strengths[a]!;
    mBack[k] = strengths[r]!;
  }
  const redundancy = new Float64Array(n);
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
      let atU = 0;
      const uEnd = forward[u + 1]!;
      for (let l = forward[u]!; l < uEnd; l += 1) {
        const w = heads[l]!;
        if (mark[w] === 0) continue;
        // Triangle v, u, w: forward arcs k = v->u, kw = v->w, l = u->w.
        const kw = forwardPosition[w]!;
        atV += pAhead[kw]! * mAhead[l]! + pAhead[k]! * mBack[l]!;
        atU += pAhead[l]! * mAhead[kw]! + pBack[k]! * mBack[kw]!;
        redundancy[w] = redundancy[w]! + pBack[l]! * mAhead[k]! + pBack[kw]! * mBack[k]!;
      }
      redundancy[u] = redundancy[u]! + atU;
    }
    redundancy[v] = redundancy[v]! + atV;
    for (let k = start; k < end; k += 1) mark[heads[k]!] = 0;
  }
  return redundancy;
}
