/**
 * The shared machinery of Louvain (Blondel et al. 2008) and Leiden (Traag, Waltman and van Eck
 * 2019): a weighted level graph with self-loops, the queue-based "fast local moving" of nodes
 * between communities (Traag et al. 2019, section 2), and aggregation of a level by a partition.
 * Gains are in units of edge weight: moving node i into community c gains
 * k_i,in(c) - gamma * tot(c) * k_i / 2m (Blondel et al. 2008, eq. 2, times 2m).
 */
import type { CompactGraph } from './compact-graph.js';

export interface CommunityDetection {
  /** Community of each node, numbered 0..count-1 in order of each community's lowest node. */
  communities: Int32Array;
  count: number;
  /** Modularity of `communities` (NaN on a graph with no edges). */
  modularity: number;
  /** Aggregation levels (in the deepest round, for Leiden). */
  levels: number;
}

export interface Level {
  nodeCount: number;
  offsets: Int32Array;
  neighbours: Int32Array;
  weights: Float64Array;
  /** Weight of arcs inside each (aggregated) node, both directions counted. */
  loops: Float64Array;
  /** Total degree including loops; the level's degrees always sum to 2m. */
  degrees: Float64Array;
}

// A node moves only when the gain beats staying by more than this (in units of edge weight), so
// rounding noise cannot make two equal choices swap forever.
const GAIN_EPSILON = 1e-12;
// Visits per level are bounded as a second guard against float cycles (design choice).
const MAX_VISITS_PER_NODE = 1000;

/** The graph as level 0; `total` is 2m, the sum of all degrees. */
export function buildBaseLevel(
  graph: CompactGraph,
  useWeights: boolean,
): { level: Level; total: number } {
  const n = graph.nodeCount;
  const weights =
    useWeights && graph.weights ? graph.weights : new Float64Array(graph.neighbours.length).fill(1);
  const degrees = new Float64Array(n);
  let total = 0;
  for (let i = 0; i < n; i += 1) {
    let d = 0;
    for (let a = graph.offsets[i]!; a < graph.offsets[i + 1]!; a += 1) d += weights[a]!;
    degrees[i] = d;
    total += d;
  }
  const level: Level = {
    nodeCount: n,
    offsets: graph.offsets,
    neighbours: graph.neighbours,
    weights,
    loops: new Float64Array(n),
    degrees,
  };
  return { level, total };
}

export interface LocalMoves {
  communities: Int32Array;
  count: number;
}

/**
 * Moves each node to the neighbouring community with the largest modularity gain,
 * k_i,in(c) - gamma * tot(c) * k_i / 2m, until no node wants to move.
 */
export function moveNodesLocally(
  level: Level,
  total: number,
  resolution: number,
  rng: () => number,
  initial: Int32Array | undefined,
): LocalMoves {
  const { nodeCount: n, offsets, neighbours, weights, degrees } = level;
  const community = new Int32Array(n);
  const communityDegree = new Float64Array(n);
  for (let i = 0; i < n; i += 1) {
    const c = initial ? initial[i]! : i;
    community[i] = c;
    communityDegree[c] = communityDegree[c]! + degrees[i]!;
  }
  const linkWeight = new Float64Array(n);
  const seen = new Int32Array(n).fill(-1);
  const candidates = new Int32Array(n);

  // The queue starts as a random permutation; a node is queued at most once at a time.
  const queue = new Int32Array(n);
  for (let i = 0; i < n; i += 1) queue[i] = i;
  for (let i = n - 1; i > 0; i -= 1) {
    const j = Math.floor(rng() * (i + 1));
    const swap = queue[i]!;
    queue[i] = queue[j]!;
    queue[j] = swap;
  }
  const isQueued = new Uint8Array(n).fill(1);
  let head = 0;
  let queued = n;
  let visits = 0;
  const maxVisits = MAX_VISITS_PER_NODE * n;
  const scale = resolution / total;

  while (queued > 0 && visits < maxVisits) {
    const i = queue[head]!;
    head = head + 1 === n ? 0 : head + 1;
    queued -= 1;
    isQueued[i] = 0;
    visits += 1;

    const own = community[i]!;
    const degree = degrees[i]!;
    const start = offsets[i]!;
    const end = offsets[i + 1]!;
    let candidateCount = 0;
    seen[own] = visits;
    linkWeight[own] = 0;
    candidates[candidateCount++] = own;
    for (let a = start; a < end; a += 1) {
      const c = community[neighbours[a]!]!;
      if (seen[c] !== visits) {
        seen[c] = visits;
        linkWeight[c] = weights[a]!;
        candidates[candidateCount++] = c;
      } else {
        linkWeight[c] = linkWeight[c]! + weights[a]!;
      }
    }
    communityDegree[own] = communityDegree[own]! - degree;
    const degreeScale = degree * scale;
    let best = own;
    let bestGain = linkWeight[own]! - communityDegree[own]! * degreeScale;
    for (let k = 1; k < candidateCount; k += 1) {
      const c = candidates[k]!;
      const gain = linkWeight[c]! - communityDegree[c]! * degreeScale;
      if (gain > bestGain + GAIN_EPSILON) {
        bestGain = gain;
        best = c;
      }
    }
    communityDegree[best] = communityDegree[best]! + degree;
    if (best === own) continue;
    community[i] = best;
    for (let a = start; a < end; a += 1) {
      const j = neighbours[a]!;
      if (isQueued[j] === 0 && community[j] !== best) {
        isQueued[j] = 1;
        let tail = head + queued;
        if (tail >= n) tail -= n;
        queue[tail] = j;
        queued += 1;
      }
    }
  }
  const { communities, count } = numberByLowestNode(community);
  return { communities, count };
}

/** The graph of communities: one node per community, arcs summed, inside weight kept as loops. */
export function aggregate(level: Level, communities: Int32Array, count: number): Level {
  const { nodeCount: n, offsets, neighbours, weights, loops, degrees } = level;
  const memberStart = new Int32Array(count + 1);
  for (let i = 0; i < n; i += 1) {
    const c = communities[i]!;
    memberStart[c + 1] = memberStart[c + 1]! + 1;
  }
  for (let c = 0; c < count; c += 1) memberStart[c + 1] = memberStart[c + 1]! + memberStart[c]!;
  const members = new Int32Array(n);
  const fill = memberStart.slice(0, count);
  for (let i = 0; i < n; i += 1) {
    const c = communities[i]!;
    members[fill[c]!] = i;
    fill[c] = fill[c]! + 1;
  }

  const nextOffsets = new Int32Array(count + 1);
  const nextNeighbours = new Int32Array(neighbours.length);
  const nextWeights = new Float64Array(neighbours.length);
  const nextLoops = new Float64Array(count);
  const nextDegrees = new Float64Array(count);
  const slotOf = new Int32Array(count).fill(-1);
  let write = 0;
  for (let c = 0; c < count; c += 1) {
    const rowStart = write;
    let loop = 0;
    let degree = 0;
    for (let m = memberStart[c]!; m < memberStart[c + 1]!; m += 1) {
      const i = members[m]!;
      loop += loops[i]!;
      degree += degrees[i]!;
      for (let a = offsets[i]!; a < offsets[i + 1]!; a += 1) {
        const d = communities[neighbours[a]!]!;
        const w = weights[a]!;
        if (d === c) {
          loop += w;
          continue;
        }
        const slot = slotOf[d]!;
        if (slot >= rowStart) {
          nextWeights[slot] = nextWeights[slot]! + w;
        } else {
          slotOf[d] = write;
          nextNeighbours[write] = d;
          nextWeights[write] = w;
          write += 1;
        }
      }
    }
    nextLoops[c] = loop;
    nextDegrees[c] = degree;
    nextOffsets[c + 1] = write;
  }
  return {
    nodeCount: count,
    offsets: nextOffsets,
    neighbours: nextNeighbours.subarray(0, write),
    weights: nextWeights.subarray(0, write),
    loops: nextLoops,
    degrees: nextDegrees,
  };
}

export function numberByLowestNode(labels: Int32Array): {
  communities: Int32Array<ArrayBuffer>;
  count: number;
} {
  const n = labels.length;
  const renamed = new Int32Array(n).fill(-1);
  const communities = new Int32Array(n);
  let count = 0;
  for (let i = 0; i < n; i += 1) {
    const label = labels[i]!;
    let dense = renamed[label]!;
    if (dense < 0) {
      dense = count;
      renamed[label] = count;
      count += 1;
    }
    communities[i] = dense;
  }
  return { communities, count };
}
