/**
 * Embeddedness, the number of mutual connections of a tie (Marsden 1987; docs/science.md section 1:
 * the structural tie-strength measure of Rajkumar et al. 2022), and neighbourhood overlap
 * O = m / (k_u + k_v - m - 2) (Onnela et al. 2007, PNAS).
 */
import { computeReverseArcs, type CompactGraph } from './compact-graph.js';
import { orientByDegree } from './forward-arcs.js';

/**
 * Common neighbours of any two nodes, tied or not (a candidate's mutual connections), by a merge
 * of the two sorted rows; a node is never its own common neighbour.
 */
export function countCommonNeighbours(graph: CompactGraph, u: number, v: number): number {
  const { offsets, neighbours } = graph;
  let i = offsets[u]!;
  const iEnd = offsets[u + 1]!;
  let j = offsets[v]!;
  const jEnd = offsets[v + 1]!;
  let common = 0;
  while (i < iEnd && j < jEnd) {
    const a = neighbours[i]!;
    const b = neighbours[j]!;
    if (a === b) {
      common += 1;
      i += 1;
      j += 1;
    } else if (a < b) i += 1;
    else j += 1;
  }
  return common;
}

/**
 * Embeddedness of every edge, per arc (aligned with `graph.neighbours`, equal on both arcs of an
 * edge): the triangles on the edge, enumerated once each by the forward algorithm and counted
 * per forward arc, so the inner loop writes memory in order.
 */
export function computeEmbeddedness(graph: CompactGraph): Int32Array {
  const n = graph.nodeCount;
  const { offsets: forward, heads, arcs } = orientByDegree(graph);
  const forwardCounts = new Int32Array(heads.length);
  // Branch-free inner loop as in countTriangles: a miss adds 0 to a stale position.
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
      const uEnd = forward[u + 1]!;
      let foundAtU = 0;
      for (let l = forward[u]!; l < uEnd; l += 1) {
        const w = heads[l]!;
        const hit = mark[w]!;
        foundAtU += hit;
        forwardCounts[l] = forwardCounts[l]! + hit;
        const kw = forwardPosition[w]!;
        forwardCounts[kw] = forwardCounts[kw]! + hit;
      }
      forwardCounts[k] = forwardCounts[k]! + foundAtU;
    }
    for (let k = start; k < end; k += 1) mark[heads[k]!] = 0;
  }
  const counts = new Int32Array(graph.neighbours.length);
  const reverse = computeReverseArcs(graph);
  for (let k = 0; k < heads.length; k += 1) {
    const a = arcs[k]!;
    counts[a] = forwardCounts[k]!;
    counts[reverse[a]!] = forwardCounts[k]!;
  }
  return counts;
}

/**
 * Neighbourhood overlap of every edge, per arc. When neither end has any other neighbour the
 * denominator is 0 and the overlap is 0 (design choice: no other neighbours, nothing shared).
 */
export function computeNeighbourhoodOverlap(
  graph: CompactGraph,
  embeddedness: Int32Array = computeEmbeddedness(graph),
): Float64Array {
  const { nodeCount, offsets, neighbours } = graph;
  if (embeddedness.length !== neighbours.length) {
    throw new RangeError('embeddedness must have one entry per arc of this graph');
  }
  const overlap = new Float64Array(neighbours.length);
  for (let u = 0; u < nodeCount; u += 1) {
    const end = offsets[u + 1]!;
    const degreeU = end - offsets[u]!;
    for (let a = offsets[u]!; a < end; a += 1) {
      const v = neighbours[a]!;
      const m = embeddedness[a]!;
      const denominator = degreeU + offsets[v + 1]! - offsets[v]! - m - 2;
      overlap[a] = denominator === 0 ? 0 : m / denominator;
    }
  }
  return overlap;
}
