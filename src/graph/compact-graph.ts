/**
 * The compact, immutable graph every analytic runs on (docs/architecture.md, "Graph code"): node ids
 * mapped to 0..n-1 and undirected adjacency in CSR form (compressed sparse rows) in typed arrays.
 *
 * Node i's neighbours are `neighbours[offsets[i]] .. neighbours[offsets[i + 1] - 1]`, ascending;
 * each undirected edge is stored twice, once in each endpoint's row (an "arc"). `weights`, when
 * present, is aligned with `neighbours`. Duplicate edges are merged by summing their weights and
 * self-loops are dropped, so the graph is simple. Typed arrays cannot be frozen: algorithms in
 * this folder only read them, and callers must not write to them either.
 *
 * Index access into the typed arrays uses `!`: every index is bounded by the CSR construction,
 * and the hot loops must not pay for `?? 0` on each read.
 */

export type NodeId = string | number;

export interface CompactGraph {
  /** Nodes are 0..nodeCount-1. */
  readonly nodeCount: number;
  /** Undirected edges; `neighbours` holds twice as many arcs. */
  readonly edgeCount: number;
  /** The caller's id for each node index. */
  readonly ids: readonly NodeId[];
  /** Node index for each id (`'7'` and `7` are different ids). */
  readonly indexById: ReadonlyMap<NodeId, number>;
  /** Length nodeCount + 1; row i spans offsets[i] .. offsets[i + 1]. */
  readonly offsets: Int32Array;
  /** Length 2 * edgeCount; each row ascending, no duplicates, no self-loops. */
  readonly neighbours: Int32Array;
  /** Weight of each arc, aligned with `neighbours` (symmetric); undefined when unweighted. */
  readonly weights: Float64Array | undefined;
}

export interface EdgeInput {
  source: NodeId;
  target: NodeId;
  /** Finite, >= 0. When any edge has one the graph is weighted and a missing weight is 1. */
  weight?: number;
}

export interface BuildCompactGraphOptions {
  /** Nodes to include even if they have no edge (an ego with no recorded ties); they come first. */
  nodes?: Iterable<NodeId>;
  /** Keep weights; default: true when any edge carries a weight. */
  weighted?: boolean;
}

/**
 * Builds the graph from edges given by id. Nodes are numbered in order of first appearance
 * (`options.nodes` first, then edge endpoints), so the same input always gives the same graph.
 * Throws RangeError on a negative or non-finite weight: the parser reports those as issues, so
 * one reaching here is a bug upstream.
 */
export function buildCompactGraph(
  edges: Iterable<EdgeInput>,
  options: BuildCompactGraphOptions = {},
): CompactGraph {
  const ids: NodeId[] = [];
  const indexById = new Map<NodeId, number>();
  const indexOf = (id: NodeId): number => {
    let index = indexById.get(id);
    if (index === undefined) {
      index = ids.length;
      ids.push(id);
      indexById.set(id, index);
    }
    return index;
  };
  for (const id of options.nodes ?? []) indexOf(id);

  let capacity = 1024;
  let sources: Int32Array = new Int32Array(capacity);
  let targets: Int32Array = new Int32Array(capacity);
  let weights: Float64Array = new Float64Array(capacity);
  let count = 0;
  let hasWeight = false;
  for (const edge of edges) {
    if (count === capacity) {
      capacity *= 2;
      sources = growInt32(sources, capacity);
      targets = growInt32(targets, capacity);
      const grown = new Float64Array(capacity);
      grown.set(weights);
      weights = grown;
    }
    sources[count] = indexOf(edge.source);
    targets[count] = indexOf(edge.target);
    if (edge.weight === undefined) {
      weights[count] = 1;
    } else {
      checkWeight(edge.weight);
      weights[count] = edge.weight;
      hasWeight = true;
    }
    count += 1;
  }
  const isWeighted = options.weighted ?? hasWeight;
  return assembleGraph(
    ids,
    indexById,
    sources.subarray(0, count),
    targets.subarray(0, count),
    isWeighted ? weights.subarray(0, count) : undefined,
  );
}

export interface CompactGraphArrays {
  nodeCount: number;
  /** Edge i joins sources[i] and targets[i] (node indices). */
  sources: Int32Array;
  targets: Int32Array;
  /** Optional weight per edge (finite, >= 0). */
  weights?: Float64Array;
  /** Ids by index; default: the indices themselves. */
  ids?: readonly NodeId[];
}

/**
 * Builds the graph from edges already given as node indices, without a Map per edge: the fast
 * path for generated graphs and for services that number people themselves. Throws RangeError on
 * an index out of range, mismatched lengths or a bad weight (bugs, not data problems).
 */
export function buildCompactGraphFromArrays(input: CompactGraphArrays): CompactGraph {
  const { nodeCount, sources, targets, weights } = input;
  if (!Number.isInteger(nodeCount) || nodeCount < 0) {
    throw new RangeError(`nodeCount must be a non-negative integer, got ${nodeCount}`);
  }
  if (targets.length !== sources.length || (weights && weights.length !== sources.length)) {
    throw new RangeError('sources, targets and weights must have the same length');
  }
  for (let i = 0; i < sources.length; i += 1) {
    const s = sources[i]!;
    const t = targets[i]!;
    if (s < 0 || s >= nodeCount || t < 0 || t >= nodeCount) {
      throw new RangeError(`edge ${i} (${s}, ${t}) is outside 0..${nodeCount - 1}`);
    }
    if (weights) checkWeight(weights[i]!);
  }
  const ids = input.ids ?? Array.from({ length: nodeCount }, (_, i) => i);
  if (ids.length !== nodeCount) throw new RangeError('ids must have nodeCount entries');
  const indexById = new Map<NodeId, number>();
  ids.forEach((id, i) => {
    if (indexById.has(id)) throw new RangeError(`duplicate node id ${String(id)}`);
    indexById.set(id, i);
  });
  return assembleGraph(ids, indexById, sources, targets, weights);
}

/** Degree (number of distinct neighbours) of a node. */
export function getDegree(graph: CompactGraph, node: number): number {
  return graph.offsets[node + 1]! - graph.offsets[node]!;
}

/** Position of the arc u -> v in `neighbours` (binary search on u's sorted row), or -1. */
export function findArc(graph: CompactGraph, u: number, v: number): number {
  const { offsets, neighbours } = graph;
  let low = offsets[u]!;
  let high = offsets[u + 1]! - 1;
  while (low <= high) {
    const mid = (low + high) >>> 1;
    const x = neighbours[mid]!;
    if (x === v) return mid;
    if (x < v) low = mid + 1;
    else high = mid - 1;
  }
  return -1;
}

/**
 * For each arc u -> v, the position of its twin v -> u. O(m) with no search: visiting u in
 * ascending order fills each row v in ascending order of u, which is how row v is sorted.
 */
export function computeReverseArcs(graph: CompactGraph): Int32Array {
  const { nodeCount, offsets, neighbours } = graph;
  const reverse = new Int32Array(neighbours.length);
  const cursor = offsets.slice(0, nodeCount);
  for (let u = 0; u < nodeCount; u += 1) {
    const end = offsets[u + 1]!;
    for (let a = offsets[u]!; a < end; a += 1) {
      const v = neighbours[a]!;
      reverse[a] = cursor[v]!;
      cursor[v] = cursor[v]! + 1;
    }
  }
  return reverse;
}

function checkWeight(weight: number): void {
  if (!Number.isFinite(weight) || weight < 0) {
    throw new RangeError(`edge weight must be a finite number >= 0, got ${weight}`);
  }
}

function growInt32(array: Int32Array, capacity: number): Int32Array {
  const grown = new Int32Array(capacity);
  grown.set(array);
  return grown;
}

/**
 * CSR assembly in O(n + m) with two counting passes and no comparison sort: arcs are first
 * bucketed by head, then dealt into their tail's row while heads are visited in ascending order,
 * so every row comes out sorted. Equal neighbours are then adjacent and merged.
 */
function assembleGraph(
  ids: readonly NodeId[],
  indexById: ReadonlyMap<NodeId, number>,
  sources: Int32Array,
  targets: Int32Array,
  weights: Float64Array | undefined,
): CompactGraph {
  const n = ids.length;
  const degree = new Int32Array(n + 1);
  let arcCount = 0;
  for (let i = 0; i < sources.length; i += 1) {
    const s = sources[i]!;
    const t = targets[i]!;
    if (s === t) continue;
    degree[s] = degree[s]! + 1;
    degree[t] = degree[t]! + 1;
    arcCount += 2;
  }
  // Arcs grouped by head: a node's in-degree equals its degree, as every edge gives two arcs.
  const start = new Int32Array(n + 1);
  for (let v = 0; v < n; v += 1) start[v + 1] = start[v]! + degree[v]!;
  const byHeadTail = new Int32Array(arcCount);
  const byHeadWeight = weights ? new Float64Array(arcCount) : undefined;
  const fill = start.slice(0, n);
  for (let i = 0; i < sources.length; i += 1) {
    const s = sources[i]!;
    const t = targets[i]!;
    if (s === t) continue;
    const p = fill[t]!;
    fill[t] = p + 1;
    byHeadTail[p] = s;
    const q = fill[s]!;
    fill[s] = q + 1;
    byHeadTail[q] = t;
    if (byHeadWeight && weights) {
      byHeadWeight[p] = weights[i]!;
      byHeadWeight[q] = weights[i]!;
    }
  }
  // Deal into rows: visiting heads in ascending order leaves each row sorted.
  const rowNeighbours = new Int32Array(arcCount);
  const rowWeights = weights ? new Float64Array(arcCount) : undefined;
  const cursor = start.slice(0, n);
  for (let head = 0; head < n; head += 1) {
    const end = start[head + 1]!;
    for (let p = start[head]!; p < end; p += 1) {
      const tail = byHeadTail[p]!;
      const q = cursor[tail]!;
      cursor[tail] = q + 1;
      rowNeighbours[q] = head;
      if (rowWeights && byHeadWeight) rowWeights[q] = byHeadWeight[p]!;
    }
  }
  // Merge duplicates in place: both arcs of a duplicated edge merge, so the result stays symmetric.
  const offsets = new Int32Array(n + 1);
  let write = 0;
  for (let u = 0; u < n; u += 1) {
    const end = start[u + 1]!;
    let last = -1;
    for (let p = start[u]!; p < end; p += 1) {
      const v = rowNeighbours[p]!;
      if (v === last) {
        if (rowWeights) rowWeights[write - 1] = rowWeights[write - 1]! + rowWeights[p]!;
        continue;
      }
      rowNeighbours[write] = v;
      if (rowWeights) rowWeights[write] = rowWeights[p]!;
      write += 1;
      last = v;
    }
    offsets[u + 1] = write;
  }
  const neighbours = write === arcCount ? rowNeighbours : rowNeighbours.slice(0, write);
  const finalWeights = rowWeights && (write === arcCount ? rowWeights : rowWeights.slice(0, write));
  return Object.freeze({
    nodeCount: n,
    edgeCount: write / 2,
    ids: Object.freeze([...ids]),
    indexById,
    offsets,
    neighbours,
    weights: finalWeights,
  });
}
