import { describe, expect, it } from 'vitest';
import { findArc } from './compact-graph.js';
import {
  computeEmbeddedness,
  computeNeighbourhoodOverlap,
  countCommonNeighbours,
} from './embeddedness.js';
import { buildSmallGraph } from './test-support/small-graphs.js';

// Diamond: K4 without the 0-3 edge, plus a pendant 3-4.
const diamond = buildSmallGraph(5, [
  [0, 1],
  [0, 2],
  [1, 2],
  [1, 3],
  [2, 3],
  [3, 4],
]);

describe('countCommonNeighbours', () => {
  it('counts mutual connections of tied and untied pairs', () => {
    expect(countCommonNeighbours(diamond, 1, 2)).toBe(2);
    expect(countCommonNeighbours(diamond, 0, 3)).toBe(2);
    expect(countCommonNeighbours(diamond, 0, 4)).toBe(0);
    expect(countCommonNeighbours(diamond, 2, 4)).toBe(1);
  });
});

describe('computeEmbeddedness', () => {
  it('gives each edge its mutual connections, the same on both arcs', () => {
    const embeddedness = computeEmbeddedness(diamond);
    const of = (u: number, v: number): number => embeddedness[findArc(diamond, u, v)]!;
    expect(of(1, 2)).toBe(2);
    expect(of(2, 1)).toBe(2);
    expect(of(0, 1)).toBe(1);
    expect(of(3, 2)).toBe(1);
    expect(of(3, 4)).toBe(0);
  });

  it('agrees with the pairwise merge on every edge of a random graph', () => {
    const edges: [number, number][] = [];
    let state = 12345;
    for (let e = 0; e < 400; e += 1) {
      state = (state * 1103515245 + 12345) % 2147483648;
      const u = state % 40;
      state = (state * 1103515245 + 12345) % 2147483648;
      edges.push([u, state % 40]);
    }
    const graph = buildSmallGraph(40, edges);
    const embeddedness = computeEmbeddedness(graph);
    for (let u = 0; u < graph.nodeCount; u += 1) {
      for (let a = graph.offsets[u]!; a < graph.offsets[u + 1]!; a += 1) {
        expect(embeddedness[a]).toBe(countCommonNeighbours(graph, u, graph.neighbours[a]!));
      }
    }
  });
});

describe('computeNeighbourhoodOverlap', () => {
  it('divides mutual connections by the other neighbours of both ends (Onnela 2007)', () => {
    const overlap = computeNeighbourhoodOverlap(diamond);
    const of = (u: number, v: number): number => overlap[findArc(diamond, u, v)]!;
    // 1-2: m = 2, degrees 3 and 3: 2 / (3 + 3 - 2 - 2) = 1.
    expect(of(1, 2)).toBe(1);
    // 0-1: m = 1, degrees 2 and 3: 1 / (2 + 3 - 1 - 2) = 1/2.
    expect(of(0, 1)).toBe(0.5);
    // 3-4: m = 0, degrees 3 and 1: 0 / 2.
    expect(of(3, 4)).toBe(0);
  });

  it('is 0 for an isolated pair, where no other neighbour exists', () => {
    expect([...computeNeighbourhoodOverlap(buildSmallGraph(2, [[0, 1]]))]).toEqual([0, 0]);
  });
});
