import { describe, expect, it } from 'vitest';
import { computeConstraint } from './burt-constraint.js';
import { computeClustering } from './clustering.js';
import { buildCompactGraphFromArrays } from './compact-graph.js';
import { computeEffectiveSize } from './effective-size.js';
import { computeEgoDiversity } from './ego-diversity.js';
import { generateSocialGraph } from './generate-social-graph.js';
import { createSeededRng } from '../core/seeded-rng.js';
import {
  buildSmallGraph,
  burtTable,
  networkxWeighted,
  weightedTriangle,
} from './test-support/small-graphs.js';

describe('computeEgoDiversity', () => {
  it.each(burtTable)(
    'matches the docs/science.md table: $name',
    ({ graph, constraint, effectiveSize }) => {
      const diversity = computeEgoDiversity(graph, 0);
      expect(diversity.constraint).toBeCloseTo(constraint, 12);
      expect(diversity.effectiveSize).toBeCloseTo(effectiveSize, 12);
      expect(diversity.efficiency).toBeCloseTo(effectiveSize / diversity.degree, 12);
    },
  );

  it("reports the paper's network diversity as 1 - clustering", () => {
    // Two tied pairs: 2 ties among 4 alters of 6 possible.
    const diversity = computeEgoDiversity(burtTable[4]!.graph, 0);
    expect(diversity).toMatchObject({ degree: 4, tiesAmongAlters: 2 });
    expect(diversity.clustering).toBeCloseTo(1 / 3, 12);
    expect(diversity.diversity).toBeCloseTo(2 / 3, 12);
  });

  it('gives a person with no ties NaN structural holes and full diversity', () => {
    const diversity = computeEgoDiversity(buildSmallGraph(3, [[1, 2]]), 0);
    expect(diversity).toMatchObject({ degree: 0, tiesAmongAlters: 0, clustering: 0, diversity: 1 });
    expect(diversity.constraint).toBeNaN();
    expect(diversity.effectiveSize).toBeNaN();
  });

  it('uses weights when asked, as worked by hand for the weighted triangle', () => {
    const diversity = computeEgoDiversity(weightedTriangle, 0, { useWeights: true });
    expect(diversity.constraint).toBeCloseTo((11 / 12) ** 2 + (11 / 20) ** 2, 12);
    expect(diversity.effectiveSize).toBeCloseTo(13 / 12, 12);
    // Onnela: (3 * 1 * 2 / 3^3)^(1/3), the only triangle, degree 2.
    expect(diversity.clustering).toBeCloseTo(Math.cbrt(6 / 27), 12);
  });

  it('equals NetworkX for every ego of a small weighted graph', () => {
    const { graph } = networkxWeighted;
    for (let node = 0; node < graph.nodeCount; node += 1) {
      const diversity = computeEgoDiversity(graph, node, { useWeights: true });
      const constraint = networkxWeighted.constraint[node]!;
      if (Number.isNaN(constraint)) {
        expect(diversity.constraint).toBeNaN();
        continue;
      }
      expect(Math.abs(diversity.constraint - constraint)).toBeLessThan(1e-12);
      expect(
        Math.abs(diversity.effectiveSize - networkxWeighted.effectiveSize[node]!),
      ).toBeLessThan(1e-12);
      expect(Math.abs(diversity.clustering - networkxWeighted.clustering[node]!)).toBeLessThan(
        1e-12,
      );
    }
  });

  it('agrees with the whole-graph functions on a large sparse weighted graph', () => {
    // 30,000 nodes: egos of small degree find their alters' ties by walking sorted rows instead
    // of a marker array over the graph; hubs use the array. Both must give the same values.
    const rng = createSeededRng(4);
    const arrays = generateSocialGraph({ nodeCount: 30_000, edgeCount: 60_000, rng });
    const weights = Float64Array.from(arrays.sources, () => 1 + Math.floor(rng() * 5));
    const graph = buildCompactGraphFromArrays({ ...arrays, weights });
    for (const useWeights of [false, true]) {
      const clustering = computeClustering(graph, { useWeights });
      const constraint = computeConstraint(graph, { useWeights });
      const effectiveSize = computeEffectiveSize(graph, { useWeights });
      for (let ego = 0; ego < graph.nodeCount; ego += 37) {
        const diversity = computeEgoDiversity(graph, ego, { useWeights });
        if (diversity.degree === 0) continue;
        expect(Math.abs(diversity.clustering - clustering[ego]!)).toBeLessThan(1e-12);
        expect(Math.abs(diversity.constraint - constraint[ego]!)).toBeLessThan(1e-12);
        expect(Math.abs(diversity.effectiveSize - effectiveSize[ego]!)).toBeLessThan(1e-12);
      }
    }
  });

  it('rejects an ego that is not a node', () => {
    expect(() => computeEgoDiversity(weightedTriangle, 3)).toThrow(RangeError);
  });
});
