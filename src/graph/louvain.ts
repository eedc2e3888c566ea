/**
 * Louvain community detection (Blondel, Guillaume, Lambiotte, Lefebvre 2008, "Fast unfolding of
 * communities in large networks"): levels alternate local moving (here with the queue of "fast
 * local moves", Traag et al. 2019) and aggregation until a level is all singletons; then the
 * partition is projected back level by level and single nodes may move again (multilevel
 * refinement, Rotta and Noack 2011), which repairs some of Louvain's greedy early choices.
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

export interface LouvainOptions {
  /** gamma of modularity; default 1 (Newman and Girvan 2004). */
  resolution?: number;
  /** Use edge weights; default false, as the other graph functions here. */
  useWeights?: boolean;
  /** Shuffles the visiting orders; default createSeededRng(DEFAULT_LOUVAIN_SEED). */
  rng?: () => number;
  /** Most aggregation levels; default 64 (design choice; real graphs settle in under 10). */
  maxLevels?: number;
}

/** Design choice: any fixed seed gives a reproducible result; this one is just a constant. */
export const DEFAULT_LOUVAIN_SEED = 20080409;

export function detectCommunitiesLouvain(
  graph: CompactGraph,
  options: LouvainOptions = {},
): CommunityDetection {
  const resolution = options.resolution ?? 1;
  const useWeights = options.useWeights ?? false;
  const rng = options.rng ?? createSeededRng(DEFAULT_LOUVAIN_SEED);
  const maxLevels = options.maxLevels ?? 64;
  const { level: base, total } = buildBaseLevel(graph, useWeights);

  const stack: Level[] = [];
  const maps: Int32Array[] = [];
  let partition: Int32Array;
  if (total === 0) {
    partition = new Int32Array(graph.nodeCount);
    for (let i = 0; i < graph.nodeCount; i += 1) partition[i] = i;
  } else {
    let level = base;
    while (true) {
      const moved = moveNodesLocally(level, total, resolution, rng, undefined);
      if (moved.count === level.nodeCount || stack.length === maxLevels) {
        partition = moved.communities;
        break;
      }
      stack.push(level);
      maps.push(moved.communities);
      level = aggregate(level, moved.communities, moved.count);
    }
    for (let l = stack.length - 1; l >= 0; l -= 1) {
      const finer = stack[l]!;
      const map = maps[l]!;
      const projected = new Int32Array(finer.nodeCount);
      for (let i = 0; i < finer.nodeCount; i += 1) projected[i] = partition[map[i]!]!;
      partition = moveNodesLocally(finer, total, resolution, rng, projected).communities;
    }
  }
  const { communities, count } = numberByLowestNode(partition);
  return {
    communities,
    count,
    modularity: computeModularity(graph, communities, { resolution, useWeights }),
    levels: stack.length,
  };
}
