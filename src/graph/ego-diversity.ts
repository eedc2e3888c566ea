/**
 * One person's structural position from their own ego network (Burt 1992; docs/science.md sections 1
 * and 4): degree, ties among alters, clustering, the paper's network diversity (1 - clustering),
 * constraint, effective size and efficiency, by the same definitions as the whole-graph
 * functions, but touching only the ego's alters' rows. Weighted clustering also needs the graph's largest weight
 * (Onnela et al. 2005), one pass over the weights.
 */
import type { CompactGraph } from './compact-graph.js';

export interface EgoDiversityOptions {
  /** Use edge weights; default false, as NetworkX's `weight=None`. */
  useWeights?: boolean;
}

export interface EgoDiversity {
  ego: number;
  degree: number;
  /** Ties among the ego's alters. */
  tiesAmongAlters: number;
  /** Local clustering (Onnela's weighted form when weights are used); 0 when degree < 2. */
  clustering: number;
  /** Network diversity as Rajkumar et al. 2022 measure it: 1 - clustering. */
  diversity: number;
  /** Burt's constraint; NaN when the ego has no ties. */
  constraint: number;
  /** Burt's effective size; NaN when the ego has no ties. */
  effectiveSize: number;
  /** Effective size over degree; NaN when the ego has no ties. */
  efficiency: number;
}

const DEFAULTS = { useWeights: false };
// Binary search beats stepping once the ego's remaining row is this many times longer (design
// choice: log2 of typical degrees is below 16).
const GALLOP_RATIO = 16;
// A marker array is used while the graph has at most this many times degree^2 nodes (design
// choice: a fill is a memset, far cheaper per element than a merge step; on ego-Facebook this
// sends every ego of degree 8 or more to the array, the faster way there).
const MARKER_FILL_RATIO = 64;

/** Throws RangeError when the ego is not a node. */
export function computeEgoDiversity(
  graph: CompactGraph,
  ego: number,
  options: EgoDiversityOptions = {},
): EgoDiversity {
  if (!Number.isInteger(ego) || ego < 0 || ego >= graph.nodeCount) {
    throw new RangeError(`ego ${ego} is not a node of this graph`);
  }
  const { useWeights } = { ...DEFAULTS, ...options };
  const { offsets, neighbours } = graph;
  const weights = useWeights ? graph.weights : undefined;
  const egoStart = offsets[ego]!;
  const degree = offsets[ego + 1]! - egoStart;
  if (degree === 0) {
    return {
      ego,
      degree,
      tiesAmongAlters: 0,
      clustering: 0,
      diversity: 1,
      constraint: Number.NaN,
      effectiveSize: Number.NaN,
      efficiency: Number.NaN,
    };
  }
  // Per alter: the ego's investment p_e,alter, the alter's strength and its strongest tie.
  const investment = new Float64Array(degree).fill(1 / degree);
  const strength = new Float64Array(degree);
  const strongest = new Float64Array(degree);
  let maxWeight = 0;
  if (weights) {
    let egoStrength = 0;
    for (let k = 0; k < degree; k += 1) egoStrength += weights[egoStart + k]!;
    for (let k = 0; k < degree; k += 1) {
      investment[k] = egoStrength === 0 ? 0 : weights[egoStart + k]! / egoStrength;
      const alter = neighbours[egoStart + k]!;
      for (let a = offsets[alter]!; a < offsets[alter + 1]!; a += 1) {
        strength[k] = strength[k]! + weights[a]!;
        strongest[k] = Math.max(strongest[k]!, weights[a]!);
      }
    }
    for (let a = 0; a < weights.length; a += 1) maxWeight = Math.max(maxWeight, weights[a]!);
  }

  // Which of an alter's neighbours are alters too: a marker array over the whole graph unless
  // the graph is much larger than the ego's neighbourhood, since filling a typed array costs far
  // less per element than a merge step; otherwise a cursor walks the ego's sorted row, jumping by
  // binary search when it is long.
  const egoEnd = egoStart + degree;
  let slot: Int32Array | undefined;
  if (graph.nodeCount <= MARKER_FILL_RATIO * degree * degree) {
    slot = new Int32Array(graph.nodeCount).fill(-1);
    for (let k = 0; k < degree; k += 1) slot[neighbours[egoStart + k]!] = k;
  }

  let tieEnds = 0;
  let constraint = 0;
  let redundancy = 0;
  let weightedTriangles = 0;
  for (let k = 0; k < degree; k += 1) {
    const alter = neighbours[egoStart + k]!;
    let indirect = 0;
    let cursor = egoStart;
    const alterEnd = offsets[alter + 1]!;
    for (let a = offsets[alter]!; a < alterEnd; a += 1) {
      // Alter j (slot k) is tied to alter q (slot `at`): a path ego -> q -> j, in Burt's terms.
      const q = neighbours[a]!;
      let at: number;
      if (slot) {
        at = slot[q]!;
        if (at < 0) continue;
      } else {
        if (cursor === egoEnd) break;
        cursor =
          egoEnd - cursor > GALLOP_RATIO * (alterEnd - a)
            ? findLowerBound(neighbours, cursor, egoEnd, q)
            : stepLowerBound(neighbours, cursor, egoEnd, q);
        if (cursor === egoEnd || neighbours[cursor] !== q) continue;
        at = cursor - egoStart;
      }
      tieEnds += 1;
      if (weights) {
        const w = weights[a]!;
        // p_qj = w_qj / strength(q); m_jq = w_jq / max_k w_jk.
        if (strength[at]! > 0) indirect += investment[at]! * (w / strength[at]!);
        if (strongest[k]! > 0) redundancy += investment[at]! * (w / strongest[k]!);
        if (maxWeight > 0) {
          weightedTriangles +=
            Math.cbrt(weights[egoStart + k]! * weights[egoStart + at]! * w) / maxWeight;
        }
      } else {
        indirect += investment[at]! / (offsets[q + 1]! - offsets[q]!);
      }
    }
    const local = investment[k]! + indirect;
    constraint += local * local;
  }
  const ties = tieEnds / 2;
  // Binary: Borgatti's closed form n - 2t/n, as NetworkX computes it.
  const effectiveSize = weights ? degree - redundancy : degree - (2 * ties) / degree;
  const triangleSum = weights ? weightedTriangles / 2 : ties;
  const clustering =
    degree < 2 || triangleSum === 0 ? 0 : (2 * triangleSum) / (degree * (degree - 1));
  return {
    ego,
    degree,
    tiesAmongAlters: ties,
    clustering,
    diversity: 1 - clustering,
    constraint,
    effectiveSize,
    efficiency: effectiveSize / degree,
  };
}

/** First position in [from, to) of the sorted `values` holding a value >= x. */
function findLowerBound(values: Int32Array, from: number, to: number, x: number): number {
  let low = from;
  let high = to;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (values[mid]! < x) low = mid + 1;
    else high = mid;
  }
  return low;
}

function stepLowerBound(values: Int32Array, from: number, to: number, x: number): number {
  let at = from;
  while (at < to && values[at]! < x) at += 1;
  return at;
}
