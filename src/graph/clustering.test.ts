import { describe, expect, it } from 'vitest';
import { computeClustering } from './clustering.js';
import { buildSmallGraph, burtTable, networkxWeighted } from './test-support/small-graphs.js';
import { countTriangles } from './triangles.js';

describe('computeClustering', () => {
  it('is 1 in a clique and 0 in a star centre or a leaf', () => {
    const k5 = burtTable[2]!.graph;
    expect([...computeClustering(k5)]).toEqual([1, 1, 1, 1, 1]);
    const star = burtTable[0]!.graph;
    expect([...computeClustering(star)]).toEqual([0, 0, 0, 0, 0]);
  });

  it('counts the ties among neighbours over the possible ones', () => {
    // Two tied pairs around the ego: 2 ties of 6 possible = 1/3; each alter sees 1 of 1.
    const pairs = burtTable[4]!.graph;
    expect([...computeClustering(pairs)]).toEqual([1 / 3, 1, 1, 1, 1]);
    expect([...countTriangles(pairs)]).toEqual([2, 1, 1, 1, 1]);
  });

  it('works a diamond by hand (K4 minus the 0-3 edge)', () => {
    const diamond = buildSmallGraph(4, [
      [0, 1],
      [0, 2],
      [1, 2],
      [1, 3],
      [2, 3],
    ]);
    // Nodes 1 and 2: neighbours {0, 2, 3} / {0, 1, 3}, 2 ties of 3 among them.
    expect([...computeClustering(diamond)]).toEqual([1, 2 / 3, 2 / 3, 1]);
  });

  it('takes the geometric mean of normalised weights when asked (Onnela et al. 2005)', () => {
    // Triangle with weights 1, 2, 4 and a pendant 0-3 of weight 4; max weight 4.
    // Each triangle corner: (1 * 2 * 4 / 4^3)^(1/3) = 1/2. Node 0 has degree 3: 2 * 1/2 / 6.
    const graph = buildSmallGraph(4, [
      [0, 1, 1],
      [1, 2, 2],
      [2, 0, 4],
      [0, 3, 4],
    ]);
    const weighted = computeClustering(graph, { useWeights: true });
    expect(weighted[0]).toBeCloseTo(1 / 6, 12);
    expect(weighted[1]).toBeCloseTo(0.5, 12);
    expect(weighted[2]).toBeCloseTo(0.5, 12);
    expect(weighted[3]).toBe(0);
    expect([...computeClustering(graph)]).toEqual([1 / 3, 1, 1, 0]);
  });

  it('equals NetworkX on a small weighted graph, node by node', () => {
    const result = computeClustering(networkxWeighted.graph, { useWeights: true });
    networkxWeighted.clustering.forEach((expected, node) => {
      expect(Math.abs(result[node]! - expected)).toBeLessThan(1e-12);
    });
  });
});
