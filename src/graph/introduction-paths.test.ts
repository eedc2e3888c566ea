import { describe, expect, it } from 'vitest';
import { findArc } from './compact-graph.js';
import { findIntroductionPaths } from './introduction-paths.js';
import { buildSmallGraph } from './test-support/small-graphs.js';

// Ego 0 knows 1, 2 and 5. Target 4 knows 3 and 5; 3 knows 1 and 2. Node 6 hangs off 4.
const graph = buildSmallGraph(7, [
  [0, 1],
  [0, 2],
  [0, 5],
  [1, 3],
  [2, 3],
  [3, 4],
  [5, 4],
  [4, 6],
]);

describe('findIntroductionPaths', () => {
  it('lists one-hop introductions before two-hop ones when scores tie', () => {
    const result = findIntroductionPaths(graph, 0, 4);
    expect(result.paths).toEqual([
      { nodes: [0, 5, 4], intermediaries: 1, score: 1 },
      { nodes: [0, 1, 3, 4], intermediaries: 2, score: 1 },
      { nodes: [0, 2, 3, 4], intermediaries: 2, score: 1 },
    ]);
    expect(result.pathCount).toBe(3);
    expect(result.directTargets).toEqual([]);
  });

  it('ranks by the product of node scores', () => {
    const nodeScores = [1, 0.9, 0.5, 0.8, 1, 0.1, 1];
    const { paths } = findIntroductionPaths(graph, 0, 4, { nodeScores });
    // 0.9 * 0.8 * 1, 0.5 * 0.8 * 1, then 0.1 * 1.
    expect(paths.map((path) => [path.nodes, path.score])).toEqual([
      [[0, 1, 3, 4], 0.9 * 0.8],
      [[0, 2, 3, 4], 0.5 * 0.8],
      [[0, 5, 4], 0.1],
    ]);
  });

  it('multiplies arc scores along the direction walked and drops zero-score paths', () => {
    const arcScores = new Float64Array(graph.neighbours.length).fill(1);
    arcScores[findArc(graph, 0, 1)] = 0;
    arcScores[findArc(graph, 3, 4)] = 0.5;
    // The reverse arc 4 -> 3 is not walked, so its score does not matter.
    arcScores[findArc(graph, 4, 3)] = 0;
    const { paths, pathCount } = findIntroductionPaths(graph, 0, 4, { arcScores });
    expect(paths.map((path) => [path.nodes, path.score])).toEqual([
      [[0, 5, 4], 1],
      [[0, 2, 3, 4], 0.5],
    ]);
    expect(pathCount).toBe(2);
    const viaFunction = findIntroductionPaths(graph, 0, 4, {
      arcScores: (from, to) => (from === 0 && to === 1 ? 0 : from === 3 && to === 4 ? 0.5 : 1),
    });
    expect(viaFunction.paths).toEqual(paths);
  });

  it('reaches several targets, keeps the top k and lists direct contacts apart', () => {
    const result = findIntroductionPaths(graph, 0, [4, 6, 5, 4], { limit: 2 });
    expect(result.directTargets).toEqual([5]);
    // Target 6 is reachable only as 0 -> 5 -> 4 -> 6 (two intermediaries).
    expect(result.pathCount).toBe(4);
    expect(result.paths.map((path) => path.nodes)).toEqual([
      [0, 5, 4],
      [0, 1, 3, 4],
    ]);
  });

  it('stops at one intermediary when asked', () => {
    const { paths } = findIntroductionPaths(graph, 0, [4, 6], { maxIntermediaries: 1 });
    expect(paths.map((path) => path.nodes)).toEqual([[0, 5, 4]]);
  });

  it('skips a second intermediary the ego already knows', () => {
    // With 1-2 tied, 0 -> 1 -> 2 -> 3 would pass through 2, whom the ego can ask directly.
    const triangle = buildSmallGraph(7, [
      [0, 1],
      [0, 2],
      [0, 5],
      [1, 2],
      [1, 3],
      [2, 3],
      [3, 4],
      [5, 4],
    ]);
    const { paths } = findIntroductionPaths(triangle, 0, 3);
    expect(paths.map((path) => path.nodes)).toEqual([
      [0, 1, 3],
      [0, 2, 3],
      [0, 5, 4, 3],
    ]);
  });

  it('rejects nodes that are not in the graph', () => {
    expect(() => findIntroductionPaths(graph, 7, 4)).toThrow(RangeError);
    expect(() => findIntroductionPaths(graph, 0, [4, -1])).toThrow(RangeError);
  });
});
