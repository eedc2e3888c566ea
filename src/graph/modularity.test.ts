import { describe, expect, it } from 'vitest';
import { computeModularity } from './modularity.js';
import { buildSmallGraph } from './test-support/small-graphs.js';

// Two triangles {0, 1, 2} and {3, 4, 5} joined by the edge 2-3: m = 7.
const twoTriangles = buildSmallGraph(6, [
  [0, 1],
  [0, 2],
  [1, 2],
  [3, 4],
  [3, 5],
  [4, 5],
  [2, 3],
]);

describe('computeModularity', () => {
  it('works the two-triangle split by hand', () => {
    // Each side: 3 internal edges of 7, total degree 7 of 14: 2 * (3/7 - (1/2)^2) = 5/14.
    expect(computeModularity(twoTriangles, [0, 0, 0, 1, 1, 1])).toBeCloseTo(5 / 14, 15);
  });

  it('is 0 for everybody in one community and negative for singletons', () => {
    expect(computeModularity(twoTriangles, [7, 7, 7, 7, 7, 7])).toBeCloseTo(0, 15);
    // -sum (k_i / 2m)^2 = -(4 * 2^2 + 2 * 3^2) / 14^2.
    expect(computeModularity(twoTriangles, [0, 1, 2, 3, 4, 5])).toBeCloseTo(-34 / 196, 15);
  });

  it('accepts any numbers as labels', () => {
    expect(computeModularity(twoTriangles, [-1, -1, -1, 2.5, 2.5, 2.5])).toBeCloseTo(5 / 14, 15);
  });

  it('scales the null model by the resolution', () => {
    // gamma = 2: 2 * (3/7 - 2 * 1/4) = -1/7.
    expect(computeModularity(twoTriangles, [0, 0, 0, 1, 1, 1], { resolution: 2 })).toBeCloseTo(
      -1 / 7,
      15,
    );
  });

  it('uses weights when asked', () => {
    // A path 0-1-2 with weights 3 and 1, split {0, 1} {2}: m = 4, inside 3;
    // degrees: {0, 1} = 3 + 4 = 7, {2} = 1: 3/4 - (7/8)^2 - (1/8)^2.
    const path = buildSmallGraph(3, [
      [0, 1, 3],
      [1, 2, 1],
    ]);
    expect(computeModularity(path, [0, 0, 1], { useWeights: true })).toBeCloseTo(
      3 / 4 - (7 / 8) ** 2 - (1 / 8) ** 2,
      15,
    );
  });

  it('is NaN without edges and rejects labels of the wrong length', () => {
    expect(computeModularity(buildSmallGraph(2, []), [0, 1])).toBeNaN();
    expect(() => computeModularity(twoTriangles, [0, 1])).toThrow(RangeError);
  });
});
