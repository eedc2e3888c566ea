import { describe, expect, it } from 'vitest';
import {
  buildCompactGraph,
  buildCompactGraphFromArrays,
  computeReverseArcs,
  findArc,
  getDegree,
  type CompactGraph,
} from './compact-graph.js';

function rowOf(graph: CompactGraph, node: number): number[] {
  return [...graph.neighbours.subarray(graph.offsets[node], graph.offsets[node + 1])];
}

describe('buildCompactGraph', () => {
  it('numbers nodes by first appearance and sorts every row', () => {
    const graph = buildCompactGraph([
      { source: 'carol', target: 'ann' },
      { source: 'ann', target: 'bob' },
      { source: 'dave', target: 'carol' },
      { source: 'bob', target: 'carol' },
    ]);
    expect(graph.ids).toEqual(['carol', 'ann', 'bob', 'dave']);
    expect(graph.indexById.get('dave')).toBe(3);
    expect(graph.nodeCount).toBe(4);
    expect(graph.edgeCount).toBe(4);
    expect(rowOf(graph, 0)).toEqual([1, 2, 3]);
    expect(rowOf(graph, 1)).toEqual([0, 2]);
    expect(rowOf(graph, 2)).toEqual([0, 1]);
    expect(rowOf(graph, 3)).toEqual([0]);
    expect(graph.weights).toBeUndefined();
  });

  it('merges duplicate edges in either direction and drops self-loops', () => {
    const graph = buildCompactGraph([
      { source: 1, target: 2 },
      { source: 2, target: 1 },
      { source: 1, target: 2 },
      { source: 3, target: 3 },
      { source: 2, target: 3 },
    ]);
    expect(graph.edgeCount).toBe(2);
    expect(rowOf(graph, graph.indexById.get(2)!)).toEqual([0, 2]);
    // The self-loop still names node 3, which stays in the graph.
    expect(getDegree(graph, graph.indexById.get(3)!)).toBe(1);
  });

  it('sums the weights of duplicate edges, symmetrically', () => {
    const graph = buildCompactGraph([
      { source: 'a', target: 'b', weight: 2 },
      { source: 'b', target: 'a', weight: 0.5 },
      { source: 'b', target: 'c' },
    ]);
    const weights = graph.weights!;
    expect(weights).toBeDefined();
    expect(weights[findArc(graph, 0, 1)]).toBe(2.5);
    expect(weights[findArc(graph, 1, 0)]).toBe(2.5);
    // An edge without a weight in a weighted graph weighs 1.
    expect(weights[findArc(graph, 2, 1)]).toBe(1);
  });

  it('keeps isolated nodes given in options.nodes, first', () => {
    const graph = buildCompactGraph([{ source: 'x', target: 'y' }], { nodes: ['me', 'x'] });
    expect(graph.ids).toEqual(['me', 'x', 'y']);
    expect(getDegree(graph, 0)).toBe(0);
  });

  it('treats the number 7 and the string "7" as different people', () => {
    const graph = buildCompactGraph([{ source: 7, target: '7' }]);
    expect(graph.nodeCount).toBe(2);
    expect(graph.edgeCount).toBe(1);
  });

  it('drops weights when asked to build a binary graph', () => {
    const graph = buildCompactGraph([{ source: 1, target: 2, weight: 3 }], { weighted: false });
    expect(graph.weights).toBeUndefined();
  });

  it('rejects negative or non-finite weights as a bug upstream', () => {
    expect(() => buildCompactGraph([{ source: 1, target: 2, weight: -1 }])).toThrow(RangeError);
    expect(() => buildCompactGraph([{ source: 1, target: 2, weight: Number.NaN }])).toThrow(
      RangeError,
    );
  });

  it('builds an empty graph from no edges', () => {
    const graph = buildCompactGraph([]);
    expect(graph.nodeCount).toBe(0);
    expect(graph.edgeCount).toBe(0);
    expect([...graph.offsets]).toEqual([0]);
  });
});

describe('buildCompactGraphFromArrays', () => {
  it('builds the same graph as from ids, with numeric ids by default', () => {
    const graph = buildCompactGraphFromArrays({
      nodeCount: 4,
      sources: Int32Array.from([0, 2, 1, 0]),
      targets: Int32Array.from([1, 0, 2, 1]),
      weights: Float64Array.from([1, 2, 3, 4]),
    });
    expect(graph.ids).toEqual([0, 1, 2, 3]);
    expect(graph.edgeCount).toBe(3);
    expect(graph.weights![findArc(graph, 1, 0)]).toBe(5);
    expect(getDegree(graph, 3)).toBe(0);
  });

  it('rejects indices out of range and mismatched lengths', () => {
    const sources = Int32Array.from([0]);
    expect(() =>
      buildCompactGraphFromArrays({ nodeCount: 2, sources, targets: Int32Array.from([2]) }),
    ).toThrow(RangeError);
    expect(() =>
      buildCompactGraphFromArrays({ nodeCount: 2, sources, targets: Int32Array.from([1, 0]) }),
    ).toThrow(RangeError);
  });
});

describe('findArc and computeReverseArcs', () => {
  const graph = buildCompactGraph([
    { source: 0, target: 1 },
    { source: 0, target: 2 },
    { source: 1, target: 2 },
    { source: 2, target: 3 },
  ]);

  it('finds an arc by binary search, or -1 when there is no tie', () => {
    const arc = findArc(graph, 2, 3);
    expect(graph.neighbours[arc]).toBe(3);
    expect(arc).toBeGreaterThanOrEqual(graph.offsets[2]!);
    expect(findArc(graph, 0, 3)).toBe(-1);
  });

  it('pairs every arc with its twin', () => {
    const reverse = computeReverseArcs(graph);
    for (let u = 0; u < graph.nodeCount; u += 1) {
      for (let a = graph.offsets[u]!; a < graph.offsets[u + 1]!; a += 1) {
        const v = graph.neighbours[a]!;
        expect(reverse[a]).toBe(findArc(graph, v, u));
      }
    }
  });
});
