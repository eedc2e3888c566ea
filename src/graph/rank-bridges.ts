/**
 * Bridges of an ego network (Granovetter 1973; Burt 1992, structural holes; docs/science.md sections 2
 * and 4): alters whose ties reach communities the ego reaches through nobody else. Such an alter
 * is the ego's only route to that part of the network, and the most likely source of new
 * information from it.
 */
import type { CompactGraph } from './compact-graph.js';
import { relabelDensely } from './dense-labels.js';

export interface RankBridgesOptions {
  /**
   * Also list alters whose ties only reach communities other alters reach too (ranked by the
   * same score); default false: only alters with at least one exclusive community.
   */
  includeShared?: boolean;
  /** Longest list returned; default: all of them. */
  limit?: number;
}

export interface Bridge {
  alter: number;
  /**
   * Sum over the communities the alter's ties reach (other than the ego's own) of the
   * community's size divided by the number of the ego's alters whose ties reach it: the people
   * the ego reaches through this alter, shared fairly with other alters reaching them. A
   * community reached through this alter alone counts in full.
   */
  score: number;
  /** Communities (the caller's labels) reached through this alter and no other, by label order. */
  exclusiveCommunities: number[];
  /** Every community (the caller's labels) this alter's ties reach, the ego's own excepted. */
  reachedCommunities: number[];
}

/**
 * Ranks the ego's alters as bridges, best first (ties by node index). An alter reaches community
 * c when one of its neighbours other than the ego is in c; the ego's own community is left out,
 * since the ego is already embedded there. Throws RangeError when the labels do not match the
 * graph or the ego is not a node.
 */
export function rankBridges(
  graph: CompactGraph,
  ego: number,
  communities: ArrayLike<number>,
  options: RankBridgesOptions = {},
): Bridge[] {
  if (!Number.isInteger(ego) || ego < 0 || ego >= graph.nodeCount) {
    throw new RangeError(`ego ${ego} is not a node of this graph`);
  }
  if (communities.length !== graph.nodeCount) {
    throw new RangeError(`${communities.length} labels for ${graph.nodeCount} nodes`);
  }
  const includeShared = options.includeShared ?? false;
  const limit = options.limit ?? Infinity;
  const { offsets, neighbours } = graph;
  const { labels, count } = relabelDensely(communities);
  const labelOf = new Float64Array(count);
  const size = new Int32Array(count);
  for (let i = 0; i < graph.nodeCount; i += 1) {
    const c = labels[i]!;
    labelOf[c] = communities[i]!;
    size[c] = size[c]! + 1;
  }
  const egoCommunity = labels[ego]!;
  const egoStart = offsets[ego]!;
  const egoEnd = offsets[ego + 1]!;

  // How many alters reach each community; stamp[c] remembers the last alter that counted c.
  const reachers = new Int32Array(count);
  const stamp = new Int32Array(count).fill(-1);
  for (let k = egoStart; k < egoEnd; k += 1) {
    const alter = neighbours[k]!;
    for (let a = offsets[alter]!; a < offsets[alter + 1]!; a += 1) {
      const v = neighbours[a]!;
      const c = labels[v]!;
      if (v === ego || c === egoCommunity || stamp[c] === k) continue;
      stamp[c] = k;
      reachers[c] = reachers[c]! + 1;
    }
  }

  stamp.fill(-1);
  const bridges: Bridge[] = [];
  for (let k = egoStart; k < egoEnd; k += 1) {
    const alter = neighbours[k]!;
    const reached: number[] = [];
    for (let a = offsets[alter]!; a < offsets[alter + 1]!; a += 1) {
      const v = neighbours[a]!;
      const c = labels[v]!;
      if (v === ego || c === egoCommunity || stamp[c] === k) continue;
      stamp[c] = k;
      reached.push(c);
    }
    if (reached.length === 0) continue;
    reached.sort((x, y) => labelOf[x]! - labelOf[y]!);
    let score = 0;
    const exclusive: number[] = [];
    for (const c of reached) {
      score += size[c]! / reachers[c]!;
      if (reachers[c] === 1) exclusive.push(labelOf[c]!);
    }
    if (exclusive.length === 0 && !includeShared) continue;
    bridges.push({
      alter,
      score,
      exclusiveCommunities: exclusive,
      reachedCommunities: reached.map((c) => labelOf[c]!),
    });
  }
  bridges.sort((x, y) => y.score - x.score || x.alter - y.alter);
  return bridges.slice(0, limit);
}
