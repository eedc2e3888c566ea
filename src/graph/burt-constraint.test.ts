import { describe, expect, it } from 'vitest';
import { computeConstraint } from './burt-constraint.js';
import {
  buildSmallGraph,
  burtTable,
  networkxWeighted,
  weightedTriangle,
} from './test-support/small-graphs.js';

describe('computeConstraint', () => {
  it.each(burtTable)('matches the docs/science.md table: $name', ({ graph, constraint }) => {
    expect(computeConstraint(graph)[0]).toBeCloseTo(constraint, 12);
  });

  it('gives the alters of a star their own values: one tie, fully constrained', () => {
    const star = burtTable[0]!.graph;
    expect([...computeConstraint(star)].slice(1)).toEqual([1, 1, 1, 1]);
  });

  it('is NaN for a node without ties, as NetworkX', () => {
    const graph = buildSmallGraph(3, [[0, 1]]);
    expect(computeConstraint(graph)[2]).toBeNaN();
  });

  it('works a path a-b-c by hand: the middle spans a hole', () => {
    // b: p = 1/2 to each end, no indirect paths: 2 * (1/2)^2 = 0.5. The ends: (1 + 0)^2 = 1.
    const path = buildSmallGraph(3, [
      [0, 1],
      [1, 2],
    ]);
    expect([...computeConstraint(path)]).toEqual([1, 0.5, 1]);
  });

  it('ignores weights unless asked, then weights investments by tie strength', () => {
    // Binary, a triangle is the 1.125 case. Weighted (ego 0: w01 = 3, w02 = 1, w12 = 2):
    // p01 = 3/4, p02 = 1/4, p12 = 2/5, p21 = 2/3;
    // C0 = (3/4 + 1/4 * 2/3)^2 + (1/4 + 3/4 * 2/5)^2 = (11/12)^2 + (11/20)^2.
    expect(computeConstraint(weightedTriangle)[0]).toBeCloseTo(1.125, 12);
    const weighted = computeConstraint(weightedTriangle, { useWeights: true });
    expect(weighted[0]).toBeCloseTo((11 / 12) ** 2 + (11 / 20) ** 2, 12);
  });

  it('weights a star with no ties among alters by share of investment', () => {
    // p = 3/4 and 1/4: C = 9/16 + 1/16 = 0.625 (binary would be 0.5).
    const graph = buildSmallGraph(3, [
      [0, 1, 3],
      [0, 2, 1],
    ]);
    expect(computeConstraint(graph, { useWeights: true })[0]).toBeCloseTo(0.625, 12);
  });

  it('equals NetworkX on a small weighted graph, node by node', () => {
    const result = computeConstraint(networkxWeighted.graph, { useWeights: true });
    networkxWeighted.constraint.forEach((expected, node) => {
      if (Number.isNaN(expected)) expect(result[node]).toBeNaN();
      else expect(Math.abs(result[node]! - expected)).toBeLessThan(1e-12);
    });
  });
});
