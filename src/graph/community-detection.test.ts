import { describe, expect, it } from 'vitest';
import { buildCompactGraphFromArrays } from './compact-graph.js';
import { generateSocialGraph } from './generate-social-graph.js';
import { detectCommunitiesLeiden } from './leiden.js';
import { detectCommunitiesLouvain } from './louvain.js';
import { computeNormalisedMutualInformation } from './normalised-mutual-information.js';
import { createSeededRng } from '../core/seeded-rng.js';
import { twoCliques, twoTriangles, weightedSquare } from './test-support/community-cases.js';
import { buildSmallGraph } from './test-support/small-graphs.js';

// Louvain (Blondel et al. 2008) and Leiden (Traag et al. 2019) answer the same hand-worked
// cases; each file of their own holds only what differs.
describe.each([
  ['Louvain', detectCommunitiesLouvain],
  ['Leiden', detectCommunitiesLeiden],
] as const)('community detection: %s', (_name, detectCommunities) => {
  it('splits two triangles joined by one edge, at modularity 5/14', () => {
    const result = detectCommunities(twoTriangles);
    expect([...result.communities]).toEqual([0, 0, 0, 1, 1, 1]);
    expect(result.count).toBe(2);
    expect(result.modularity).toBeCloseTo(5 / 14, 12);
  });

  it('finds two cliques joined by a bridge, for any seed', () => {
    for (let seed = 1; seed <= 10; seed += 1) {
      const result = detectCommunities(twoCliques, { rng: createSeededRng(seed) });
      expect([...result.communities]).toEqual([0, 0, 0, 0, 0, 1, 1, 1, 1, 1]);
    }
  });

  it('recovers the communities planted in a generated graph', () => {
    const planted = generateSocialGraph({
      nodeCount: 2_000,
      edgeCount: 20_000,
      rng: createSeededRng(3),
    });
    const graph = buildCompactGraphFromArrays(planted);
    const result = detectCommunities(graph);
    expect(
      computeNormalisedMutualInformation(result.communities, planted.communities),
    ).toBeGreaterThan(0.9);
  });

  it('pairs nodes by their heavy ties when weights are used', () => {
    const result = detectCommunities(weightedSquare, { useWeights: true });
    expect([...result.communities]).toEqual([0, 0, 1, 1]);
    // m = 22, inside 20, each side half the degree: 20/22 - 2 * (1/2)^2.
    expect(result.modularity).toBeCloseTo(20 / 22 - 0.5, 12);
  });

  it('merges everything at a low resolution', () => {
    // gamma = 0.1: one community scores 1 - 0.1 = 0.9, the split 2 * (3/7 - 0.1/4) < 0.81.
    const result = detectCommunities(twoTriangles, { resolution: 0.1 });
    expect(result.count).toBe(1);
    expect(result.modularity).toBeCloseTo(0.9, 12);
  });

  it('is deterministic for a seed', () => {
    const planted = generateSocialGraph({
      nodeCount: 500,
      edgeCount: 3_000,
      rng: createSeededRng(9),
    });
    const graph = buildCompactGraphFromArrays(planted);
    const first = detectCommunities(graph, { rng: createSeededRng(42) });
    const second = detectCommunities(graph, { rng: createSeededRng(42) });
    expect([...second.communities]).toEqual([...first.communities]);
    expect(second.modularity).toBe(first.modularity);
    expect([...detectCommunities(graph).communities]).toEqual([
      ...detectCommunities(graph).communities,
    ]);
  });

  it('leaves a graph without edges as singletons, with undefined modularity', () => {
    const result = detectCommunities(buildSmallGraph(3, []));
    expect([...result.communities]).toEqual([0, 1, 2]);
    expect(result.modularity).toBeNaN();
  });
});
