/**
 * Introduction paths (docs/product.md C6; Granovetter 1973 and Rajkumar et al. 2022, docs/science.md
 * section 1: jobs travel through weak ties, often one or two steps away): chains from the ego
 * through one or two intermediaries to a target person. This file only finds and ranks the
 * chains; how close or novel each tie is comes from services as node and arc scores.
 */
import { findArc, type CompactGraph } from './compact-graph.js';

export type NodeScores = ArrayLike<number> | ((node: number) => number);
/** Per arc (aligned with `graph.neighbours`, so direction counts) or as a function. */
export type ArcScores = ArrayLike<number> | ((from: number, to: number, arc: number) => number);

export interface IntroductionPathOptions {
  /** 1 or 2; default 2 (design choice: a third hand-off rarely gets a warm introduction). */
  maxIntermediaries?: 1 | 2;
  /** Best paths returned over all targets; default 10 (design choice). */
  limit?: number;
  /** Score of each node on the path other than the ego (intermediaries and target); default 1. */
  nodeScores?: NodeScores;
  /** Score of each arc along the path, in the direction walked; default 1. */
  arcScores?: ArcScores;
}

export interface IntroductionPath {
  /** Ego, the intermediaries in order, then the target. */
  nodes: number[];
  intermediaries: number;
  /** Product of the node scores (all but the ego) and the arc scores along the path. */
  score: number;
}

export interface IntroductionPaths {
  /** Best first: higher score, then fewer intermediaries, then lower node indices. */
  paths: IntroductionPath[];
  /** Targets the ego is already tied to: ask them directly, no path is listed. */
  directTargets: number[];
  /** Paths found with a score above 0, before the limit was applied. */
  pathCount: number;
}

/**
 * Finds introduction paths ego -> a -> target and ego -> a -> b -> target. Paths are simple;
 * a second intermediary b who is already the ego's contact is skipped (the ego would ask b
 * directly, which is the shorter path found anyway). Scores should lie in [0, 1] so that each
 * extra hop can only lower a path's product; paths whose score is not above 0 are left out.
 * Throws RangeError when the ego or a target is not a node.
 */
export function findIntroductionPaths(
  graph: CompactGraph,
  ego: number,
  targets: number | readonly number[],
  options: IntroductionPathOptions = {},
): IntroductionPaths {
  const n = graph.nodeCount;
  const maxIntermediaries = options.maxIntermediaries ?? 2;
  const limit = options.limit ?? 10;
  checkNode(ego, n, 'ego');
  const targetList = typeof targets === 'number' ? [targets] : targets;
  for (const target of targetList) checkNode(target, n, 'target');

  const nodeScore = toNodeScore(options.nodeScores);
  const arcScore = toArcScore(options.arcScores);
  const { offsets, neighbours } = graph;
  // Arc ego -> x for every alter x, -1 for everybody else.
  const egoArc = new Int32Array(n).fill(-1);
  for (let a = offsets[ego]!; a < offsets[ego + 1]!; a += 1) egoArc[neighbours[a]!] = a;

  const best = new TopPaths(limit);
  const directTargets: number[] = [];
  const isDone = new Uint8Array(n);
  let pathCount = 0;
  for (const target of targetList) {
    if (target === ego || isDone[target] === 1) continue;
    isDone[target] = 1;
    if (egoArc[target]! >= 0) {
      directTargets.push(target);
      continue;
    }
    const targetScore = nodeScore ? nodeScore(target) : 1;
    if (!(targetScore > 0)) continue;
    for (let tb = offsets[target]!; tb < offsets[target + 1]!; tb += 1) {
      const b = neighbours[tb]!;
      // The last hop walks b -> target.
      const lastHop = arcScore ? arcScore(b, target, findArc(graph, b, target)) : 1;
      const tail = targetScore * lastHop * (nodeScore ? nodeScore(b) : 1);
      if (!(tail > 0)) continue;
      const egoToB = egoArc[b]!;
      if (egoToB >= 0) {
        const score = tail * (arcScore ? arcScore(ego, b, egoToB) : 1);
        if (score > 0) {
          pathCount += 1;
          best.offer(score, ego, b, -1, target);
        }
        continue;
      }
      if (maxIntermediaries < 2) continue;
      for (let ba = offsets[b]!; ba < offsets[b + 1]!; ba += 1) {
        const a = neighbours[ba]!;
        const egoToA = egoArc[a]!;
        if (egoToA < 0) continue;
        let score = tail * (nodeScore ? nodeScore(a) : 1);
        if (arcScore) {
          score *= arcScore(ego, a, egoToA) * arcScore(a, b, findArc(graph, a, b));
        }
        if (score > 0) {
          pathCount += 1;
          best.offer(score, ego, a, b, target);
        }
      }
    }
  }
  return { paths: best.toPaths(), directTargets, pathCount };
}

function checkNode(node: number, n: number, role: string): void {
  if (!Number.isInteger(node) || node < 0 || node >= n) {
    throw new RangeError(`${role} ${node} is not a node of this graph`);
  }
}

function toNodeScore(scores: NodeScores | undefined): ((node: number) => number) | undefined {
  if (scores === undefined || typeof scores === 'function') return scores;
  return (node) => scores[node] ?? 0;
}

function toArcScore(
  scores: ArcScores | undefined,
): ((from: number, to: number, arc: number) => number) | undefined {
  if (scores === undefined || typeof scores === 'function') return scores;
  return (_from, _to, arc) => scores[arc] ?? 0;
}

interface Candidate {
  score: number;
  nodes: number[];
}

/** The best `limit` paths seen so far, kept sorted; a clearly worse path allocates nothing. */
class TopPaths {
  private readonly kept: Candidate[] = [];

  constructor(private readonly limit: number) {}

  offer(score: number, ego: number, a: number, b: number, target: number): void {
    const { kept, limit } = this;
    if (limit <= 0) return;
    const worst = kept.length >= limit ? kept[kept.length - 1] : undefined;
    if (worst && score < worst.score) return;
    const nodes = b < 0 ? [ego, a, target] : [ego, a, b, target];
    if (worst && !isBetter(score, nodes, worst)) return;
    let at = kept.length;
    while (at > 0 && isBetter(score, nodes, kept[at - 1]!)) at -= 1;
    kept.splice(at, 0, { score, nodes });
    if (kept.length > limit) kept.pop();
  }

  toPaths(): IntroductionPath[] {
    return this.kept.map(({ score, nodes }) => ({
      nodes,
      intermediaries: nodes.length - 2,
      score,
    }));
  }
}

function isBetter(score: number, nodes: readonly number[], other: Candidate): boolean {
  if (score !== other.score) return score > other.score;
  if (nodes.length !== other.nodes.length) return nodes.length < other.nodes.length;
  for (let i = 0; i < nodes.length; i += 1) {
    const x = nodes[i]!;
    const y = other.nodes[i]!;
    if (x !== y) return x < y;
  }
  return false;
}
