/**
 * Leiden community detection (Traag, Waltman and van Eck 2019, "From Louvain to Leiden:
 * guaranteeing well-connected communities", Scientific Reports 9:5233), optimising modularity:
 * fast local moving, then a refinement that may only merge well-connected singletons inside
 * each community, then aggregation by the refined partition with the unrefined one as the start
 * of the next level. Unlike Louvain it never leaves a community internally disconnected.
 */
import type { CompactGraph } from './compact-graph.js';
import {
  aggregate,
  moveNodesLocally,
  numberByLowestNode,
  buildBaseLevel,
  type CommunityDetection,
  type Level,
} from './community-levels.js';
import { computeModularity } from './modularity.js';
import { createSeededRng } from '../core/seeded-rng.js';

export type { CommunityDetection } from './community-levels.js';

export interface LeidenOptions {
  /** gamma of modularity; default 1 (Newman and Girvan 2004). */
  resolution?: number;
  /** Use edge weights; default false, as the other graph functions here. */
  useWeights?: boolean;
  /** All random choices; default createSeededRng(DEFAULT_LEIDEN_SEED). */
  rng?: () => number;
  /**
   * theta, the randomness of the refinement in units of edge weight; default 0.01 (Traag et al.
   * 2019, and igraph's default beta).
   */
  randomness?: number;
  /** Most aggregation levels per round; default 64 (design choice). */
  maxLevels?: number;
  /**
   * Rounds, each starting from the last round's partition, stopping early when one does not
   * improve modularity; default 2, as igraph's and leidenalg's n_iterations.
   */
  maxRounds?: number;
}

/** Design choice: any fixed seed gives a reproducible result; this one is just a constant. */
export const DEFAULT_LEIDEN_SEED = 20190326;

const MODULARITY_EPSILON = 1e-10;
// exp(-37) < 1e-16: below this a candidate's weight vanishes next to the best one's.
const NEGLIGIBLE_EXPONENT = 37;

export function detectCommunitiesLeiden(
  graph: CompactGraph,
  options: LeidenOptions = {},
): CommunityDetection {
  const resolution = options.resolution ?? 1;
  const useWeights = options.useWeights ?? false;
  const rng = options.rng ?? createSeededRng(DEFAULT_LEIDEN_SEED);
  const randomness = options.randomness ?? 0.01;
  const maxLevels = options.maxLevels ?? 64;
  const maxRounds = options.maxRounds ?? 2;
  const n = graph.nodeCount;
  const { level: base, total } = buildBaseLevel(graph, useWeights);
  const modularityOf = (partition: Int32Array): number =>
    computeModularity(graph, partition, { resolution, useWeights });

  let best: Int32Array = new Int32Array(n);
  for (let i = 0; i < n; i += 1) best[i] = i;
  let bestModularity = -Infinity;
  let levels = 0;
  if (total > 0) {
    let start: Int32Array | undefined;
    for (let round = 0; round < maxRounds; round += 1) {
      const result = runLeidenRound(base, start, total, resolution, randomness, rng, maxLevels);
      const modularity = modularityOf(result.partition);
      if (!(modularity > bestModularity + MODULARITY_EPSILON)) break;
      best = result.partition;
      bestModularity = modularity;
      levels = Math.max(levels, result.levels);
      start = result.partition;
    }
  }
  const { communities, count } = numberByLowestNode(best);
  // Renumbering leaves modularity unchanged; a graph with no edges has none (NaN).
  const modularity = total > 0 ? bestModularity : modularityOf(communities);
  return { communities, count, modularity, levels };
}

function runLeidenRound(
  base: Level,
  start: Int32Array | undefined,
  total: number,
  resolution: number,
  randomness: number,
  rng: () => number,
  maxLevels: number,
): { partition: Int32Array; levels: number } {
  // membership: base node -> node of the current level.
  const membership = new Int32Array(base.nodeCount);
  for (let i = 0; i < base.nodeCount; i += 1) membership[i] = i;
  let level = base;
  let initial = start;
  let levels = 0;
  while (true) {
    const moved = moveNodesLocally(level, total, resolution, rng, initial);
    const partition = moved.communities;
    if (moved.count === level.nodeCount || levels === maxLevels) {
      for (let i = 0; i < base.nodeCount; i += 1) {
        membership[i] = partition[membership[i]!]!;
      }
      return { partition: membership, levels };
    }
    let refined = refinePartition(
      level,
      partition,
      moved.count,
      total,
      resolution,
      randomness,
      rng,
    );
    // Traag et al. 2019 (and igraph): when refinement merged nothing, aggregate by the partition.
    if (refined.count === level.nodeCount) refined = { communities: partition, count: moved.count };
    const next = aggregate(level, refined.communities, refined.count);
    const nextInitial = new Int32Array(refined.count);
    for (let i = 0; i < level.nodeCount; i += 1) {
      nextInitial[refined.communities[i]!] = partition[i]!;
    }
    for (let i = 0; i < base.nodeCount; i += 1) {
      membership[i] = refined.communities[membership[i]!]!;
    }
    level = next;
    initial = nextInitial;
    levels += 1;
  }
}

/**
 * Refinement (Traag et al. 2019, Algorithm A.2, MergeNodesSubset): within each community S,
 * every node starts alone; a node still alone and well connected to S (E(v, S - v) >=
 * gamma k_v (K_S - k_v) / 2m) joins a well-connected sub-community C of S chosen at random with
 * probability proportional to exp(gain / theta) among the gains >= 0, staying alone included.
 * igraph picks the best gain once exp overflows; here the weights are taken relative to the best
 * gain, so they never overflow and near-ties stay random as the paper intends.
 */
function refinePartition(
  level: Level,
  partition: Int32Array,
  partitionCount: number,
  total: number,
  resolution: number,
  randomness: number,
  rng: () => number,
): { communities: Int32Array; count: number } {
  const { nodeCount: n, offsets, neighbours, weights, degrees } = level;
  const scale = resolution / total;

  // Members of each community, and each community's total degree K_S.
  const memberStart = new Int32Array(partitionCount + 1);
  const communityDegree = new Float64Array(partitionCount);
  for (let i = 0; i < n; i += 1) {
    const c = partition[i]!;
    memberStart[c + 1] = memberStart[c + 1]! + 1;
    communityDegree[c] = communityDegree[c]! + degrees[i]!;
  }
  for (let c = 0; c < partitionCount; c += 1) {
    memberStart[c + 1] = memberStart[c + 1]! + memberStart[c]!;
  }
  const members = new Int32Array(n);
  const fill = memberStart.slice(0, partitionCount);
  for (let i = 0; i < n; i += 1) {
    const c = partition[i]!;
    members[fill[c]!] = i;
    fill[c] = fill[c]! + 1;
  }

  // Sub-communities are named by a node index; each starts as that node alone.
  const refined = new Int32Array(n);
  const refinedDegree = new Float64Array(n);
  // Weight from each sub-community to the rest of its community.
  const external = new Float64Array(n);
  const isMerged = new Uint8Array(n);
  for (let i = 0; i < n; i += 1) {
    refined[i] = i;
    refinedDegree[i] = degrees[i]!;
    const own = partition[i]!;
    let outside = 0;
    for (let a = offsets[i]!; a < offsets[i + 1]!; a += 1) {
      if (partition[neighbours[a]!] === own) outside += weights[a]!;
    }
    external[i] = outside;
  }

  const linkWeight = new Float64Array(n);
  const seen = new Int32Array(n).fill(-1);
  const candidates = new Int32Array(n);
  const cumulative = new Float64Array(n);
  const gains = new Float64Array(n);
  for (let s = 0; s < partitionCount; s += 1) {
    const first = memberStart[s]!;
    const last = memberStart[s + 1]!;
    const totalS = communityDegree[s]!;
    // Random visiting order within the community (Fisher-Yates on its slice of `members`).
    for (let m = last - 1; m > first; m -= 1) {
      const j = first + Math.floor(rng() * (m - first + 1));
      const swap = members[m]!;
      members[m] = members[j]!;
      members[j] = swap;
    }
    for (let m = first; m < last; m += 1) {
      const v = members[m]!;
      const own = refined[v]!;
      if (isMerged[own] === 1) continue;
      const degree = degrees[v]!;
      if (external[own]! < degree * (totalS - degree) * scale) continue;
      refinedDegree[own] = 0;

      let candidateCount = 0;
      seen[own] = v;
      linkWeight[own] = 0;
      candidates[candidateCount++] = own;
      const start = offsets[v]!;
      const end = offsets[v + 1]!;
      let toCommunity = 0;
      for (let a = start; a < end; a += 1) {
        const u = neighbours[a]!;
        if (partition[u] !== s) continue;
        const w = weights[a]!;
        toCommunity += w;
        const c = refined[u]!;
        if (seen[c] !== v) {
          seen[c] = v;
          linkWeight[c] = w;
          candidates[candidateCount++] = c;
        } else {
          linkWeight[c] = linkWeight[c]! + w;
        }
      }

      // Gains of the well-connected candidates (-1 marks the others); staying alone gains 0.
      let bestGain = 0;
      for (let k = 0; k < candidateCount; k += 1) {
        const c = candidates[k]!;
        const size = refinedDegree[c]!;
        const isWellConnected = external[c]! >= size * (totalS - size) * scale;
        const gain = isWellConnected ? linkWeight[c]! - degree * size * scale : -1;
        gains[k] = gain;
        if (gain > bestGain) bestGain = gain;
      }
      // exp((gain - best) / theta) is the same distribution as exp(gain / theta) without the
      // overflow; a candidate more than NEGLIGIBLE_EXPONENT below the best adds under 1e-16.
      let sum = 0;
      for (let k = 0; k < candidateCount; k += 1) {
        const gain = gains[k]!;
        if (gain >= 0) {
          const exponent = (gain - bestGain) / randomness;
          if (exponent > -NEGLIGIBLE_EXPONENT) sum += Math.exp(exponent);
        }
        cumulative[k] = sum;
      }
      const r = rng() * sum;
      let chosen = own;
      for (let k = 0; k < candidateCount; k += 1) {
        if (cumulative[k]! > r) {
          chosen = candidates[k]!;
          break;
        }
      }
      refinedDegree[chosen] = refinedDegree[chosen]! + degree;
      if (chosen === own) continue;
      // v's ties into the chosen sub-community become internal, its other ties in S external.
      const into = linkWeight[chosen]!;
      external[chosen] = external[chosen]! + (toCommunity - into) - into;
      refined[v] = chosen;
      isMerged[chosen] = 1;
    }
  }
  return numberByLowestNode(refined);
}
