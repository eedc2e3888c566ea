/**
 * Burt's constraint (Burt 1992, "Structural Holes"; docs/science.md section 4), NetworkX's
 * `constraint` definition: C_i = sum_j (p_ij + sum_{q != i,j} p_iq p_qj)^2 over i's neighbours j.
 */
import { computeReverseArcs, type CompactGraph } from './compact-graph.js';
import { orientByDegree } from './forward-arcs.js';
import { computeInvestments } from './proportional-investment.js';

export interface ConstraintOptions {
  /** Use edge weights as z_ij; default false, as NetworkX's `weight=None`. */
  useWeights?: boolean;
}

const DEFAULTS = { useWeights: false };

/**
 * Constraint of every node; NaN for a node with no neighbours (undefined there, as in NetworkX).
 * The indirect term p_iq p_qj is non-zero only when i, q, j form a triangle, so it is summed per
 * triangle (each found once) into all six of the triangle's arcs. Values are kept per forward
 * arc (both directions side by side) so the inner loop reads and writes memory in order.
 */
export function computeConstraint(
  graph: CompactGraph,
  options: ConstraintOptions = {},
): Float64Array {
  const { useWeights } = { ...DEFAULTS, ...options };
  const n = graph.nodeCount;
  const { offsets } = graph;
  const p = computeInvestments(graph, useWeights);
  const reverse = computeReverseArcs(graph);
  const { offsets: forward, heads, arcs } = orientByDegree(graph);
  const m = heads.length;
  // Forward arc k runs tail -> head: "ahead" values are p(tail -> head), "back" p(head -> tail).
  const pAhead = new Float64Array(m);
  const pBack = new Float64Array(m);
  for (let k = 0; k < m; k += 1) {
    const a = arcs[k]!;
    pAhead[k] = p[a]!;
    pBack[k] = p[reverse[a]!]!;
  }
  const indirectAhead = new Float64Array(m);
  const indirectBack = new Float64Array(m);
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
    for (let k = start; k < end; k += 1) {
      const u = heads[k]!;
      const pVU = pAhead[k]!;
      const pUV = pBack[k]!;
      let sumVU = 0;
      let sumUV = 0;
      const uEnd = forward[u + 1]!;
      for (let l = forward[u]!; l < uEnd; l += 1) {
        const w = heads[l]!;
        if (mark[w] === 0) continue;
        // Triangle v, u, w: forward arcs k = v->u, kw = v->w, l = u->w.
        const kw = forwardPosition[w]!;
        const pVW = pAhead[kw]!;
        const pWV = pBack[kw]!;
        const pUW = pAhead[l]!;
        const pWU = pBack[l]!;
        sumVU += pVW * pWU;
        sumUV += pUW * pWV;
        indirectAhead[kw] = indirectAhead[kw]! + pVU * pUW;
        indirectBack[kw] = indirectBack[kw]! + pWU * pUV;
        indirectAhead[l] = indirectAhead[l]! + pUV * pVW;
        indirectBack[l] = indirectBack[l]! + pWV * pVU;
      }
      indirectAhead[k] = indirectAhead[k]! + sumVU;
      indirectBack[k] = indirectBack[k]! + sumUV;
    }
    for (let k = start; k < end; k += 1) mark[heads[k]!] = 0;
  }
  const indirect = new Float64Array(p.length);
  for (let k = 0; k < m; k += 1) {
    const a = arcs[k]!;
    indirect[a] = indirectAhead[k]!;
    indirect[reverse[a]!] = indirectBack[k]!;
  }
  const result = new Float64Array(n);
  for (let i = 0; i < n; i += 1) {
    const start = offsets[i]!;
    const end = offsets[i + 1]!;
    if (start === end) {
      result[i] = Number.NaN;
      continue;
    }
    let sum = 0;
    for (let a = start; a < end; a += 1) {
      const local = p[a]! + indirect[a]!;
      sum += local * local;
    }
    result[i] = sum;
  }
  return result;
}
