import { describe, expect, it } from 'vitest';
import { computeEffectiveSize, computeEfficiency } from './effective-size.js';
import {
  buildSmallGraph,
  burtTable,
  networkxWeighted,
  weightedTriangle,
} from './test-support/small-graphs.js';

describe('computeEffectiveSize', () => {
  it.each(burtTable)('matches the docs/science.md table: $name', ({ graph, effectiveSize }) => {
    expect(computeEffectiveSize(graph)[0]).toBeCloseTo(effectiveSize, 12);
  });

  it('is NaN for a node without ties, as NetworkX', () => {
    expect(computeEffectiveSize(buildSmallGraph(3, [[0, 1]]))[2]).toBeNaN();
  });

  it('works a weighted triangle by hand', () => {
    // Ego 0: w01 = 3, w02 = 1, w12 = 2. p01 = 3/4, p02 = 1/4.
    // m12 = 2 / max(3, 2) = 2/3 (node 1's strongest tie weighs 3); m21 = 2 / max(1, 2) = 1.
    // ES0 = (1 - p02 m12) + (1 - p01 m21) = (1 - 1/6) + (1 - 3/4) = 13/12.
    const weighted = computeEffectiveSize(weightedTriangle, { useWeights: true });
    expect(weighted[0]).toBeCloseTo(13 / 12, 12);
    // Binary, the triangle is the "2 alters tied" case.
    expect(computeEffectiveSize(weightedTriangle)[0]).toBeCloseTo(1, 12);
  });

  it('equals NetworkX on a small weighted graph, node by node', () => {
    const result = computeEffectiveSize(networkxWeighted.graph, { useWeights: true });
    networkxWeighted.effectiveSize.forEach((expected, node) => {
      if (Number.isNaN(expected)) expect(result[node]).toBeNaN();
      else expect(Math.abs(result[node]! - expected)).toBeLessThan(1e-12);
    });
  });
});

describe('computeEfficiency', () => {
  it('divides effective size by degree (Burt 1992)', () => {
    const efficiency = burtTable.map(({ graph }) => computeEfficiency(graph)[0]);
    // 4/4, 1/2, 1/4, 1/1, 3/4 for the five cases of the table.
    expect(efficiency).toEqual([1, 0.5, 0.25, 1, 0.75]);
  });
});
