/**
 * The graph code on a real social graph: SNAP ego-Facebook (McAuley and Leskovec 2012), against
 * the NetworkX/igraph reference values stored beside the dataset (docs/science.md section 7).
 */
import { describe, expect, it } from 'vitest';
import { computeConstraint } from './burt-constraint.js';
import { computeClustering } from './clustering.js';
import { getDegree, type CompactGraph } from './compact-graph.js';
import { computeEffectiveSize } from './effective-size.js';
import { computeEgoDiversity } from './ego-diversity.js';
import { detectCommunitiesLeiden } from './leiden.js';
import { detectCommunitiesLouvain } from './louvain.js';
import { computeModularity } from './modularity.js';
import { computeNormalisedMutualInformation } from './normalised-mutual-information.js';
import { createSeededRng } from '../core/seeded-rng.js';
import {
  loadEgoFacebook,
  loadEgoZeroCircles,
  loadEgoZeroNetwork,
  loadNetworkxReference,
} from './test-support/ego-facebook.js';

const graph = loadEgoFacebook();
const reference = loadNetworkxReference();
const TOLERANCE = 1e-9;

/** Largest absolute difference from the reference over every node, by SNAP id. */
function maxDifference(values: Float64Array, expected: readonly number[]): number {
  let max = 0;
  reference.node.forEach((id, k) => {
    const index = graph.indexById.get(id);
    if (index === undefined) throw new Error(`node ${id} missing from the graph`);
    max = Math.max(max, Math.abs(values[index]! - expected[k]!));
  });
  return max;
}

describe('ego-Facebook against the NetworkX reference', () => {
  it('has the graph the reference describes', () => {
    expect(graph.nodeCount).toBe(reference.nodes);
    expect(graph.edgeCount).toBe(reference.edges);
    reference.node.forEach((id, k) => {
      expect(getDegree(graph, graph.indexById.get(id)!)).toBe(reference.degree[k]);
    });
  });

  it('matches clustering for every node to 1e-9', () => {
    expect(maxDifference(computeClustering(graph), reference.clustering)).toBeLessThan(TOLERANCE);
  });

  it('matches constraint for every node to 1e-9', () => {
    // No node has degree 0 here; the 75 nodes of degree 1 have constraint 1 in the reference.
    expect(maxDifference(computeConstraint(graph), reference.constraint)).toBeLessThan(TOLERANCE);
  });

  it('matches effective size for every node to 1e-9', () => {
    expect(maxDifference(computeEffectiveSize(graph), reference.effective_size)).toBeLessThan(
      TOLERANCE,
    );
  });

  it('gives every ego the same values from its own network alone', () => {
    reference.node.forEach((id, k) => {
      const diversity = computeEgoDiversity(graph, graph.indexById.get(id)!);
      expect(Math.abs(diversity.clustering - reference.clustering[k]!)).toBeLessThan(TOLERANCE);
      expect(Math.abs(diversity.constraint - reference.constraint[k]!)).toBeLessThan(TOLERANCE);
      expect(Math.abs(diversity.effectiveSize - reference.effective_size[k]!)).toBeLessThan(
        TOLERANCE,
      );
    });
  });
});

describe('ego-Facebook communities', () => {
  it.each([
    ['Louvain', detectCommunitiesLouvain],
    ['Leiden', detectCommunitiesLeiden],
  ] as const)('%s reaches modularity >= 0.82, the same for the same seed', (_name, detect) => {
    const first = detect(graph, { rng: createSeededRng(5) });
    expect(first.modularity).toBeGreaterThanOrEqual(0.82);
    expect(first.modularity).toBeCloseTo(computeModularity(graph, first.communities), 12);
    const second = detect(graph, { rng: createSeededRng(5) });
    expect([...second.communities]).toEqual([...first.communities]);
  });

  it('Leiden leaves no community internally disconnected (Traag et al. 2019)', () => {
    const { communities, count } = detectCommunitiesLeiden(graph);
    expect(countConnectedPieces(graph, communities)).toBe(count);
  });

  it("finds ego 0's hand-drawn circles better than chance", () => {
    const network = loadEgoZeroNetwork();
    const { communities } = detectCommunitiesLeiden(network);
    // Circles overlap and leave people out: compare on the people in at least one circle,
    // each placed in the largest circle that holds them (the first listed on a tie).
    const circles = loadEgoZeroCircles()
      .map((members, index) => ({ index, members }))
      .sort((x, y) => y.members.length - x.members.length || x.index - y.index);
    const circleOf = new Map<number, number>();
    for (const { index, members } of circles) {
      for (const id of members) if (!circleOf.has(id)) circleOf.set(id, index);
    }
    const found: number[] = [];
    const drawn: number[] = [];
    for (const [id, circle] of circleOf) {
      const node = network.indexById.get(id);
      if (node === undefined) continue;
      found.push(communities[node]!);
      drawn.push(circle);
    }
    const nmi = computeNormalisedMutualInformation(found, drawn);
    expect(drawn.length).toBeGreaterThan(200);
    expect(nmi).toBeGreaterThan(0.2);
    expect(computeNormalisedMutualInformation(drawn, drawn)).toBe(1);
  });
});

/** Connected pieces of all communities together, each community's ties taken on their own. */
function countConnectedPieces(g: CompactGraph, communities: Int32Array): number {
  const seen = new Uint8Array(g.nodeCount);
  const stack: number[] = [];
  let pieces = 0;
  for (let start = 0; start < g.nodeCount; start += 1) {
    if (seen[start] === 1) continue;
    pieces += 1;
    seen[start] = 1;
    stack.push(start);
    while (stack.length > 0) {
      const u = stack.pop()!;
      for (let a = g.offsets[u]!; a < g.offsets[u + 1]!; a += 1) {
        const v = g.neighbours[a]!;
        if (seen[v] === 0 && communities[v] === communities[u]) {
          seen[v] = 1;
          stack.push(v);
        }
      }
    }
  }
  return pieces;
}
