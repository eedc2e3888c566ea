/** Graphs with a known best split, shared by the Louvain and Leiden tests. */
import type { CompactGraph } from '../compact-graph.js';
import { buildSmallGraph } from './small-graphs.js';

/** Two triangles {0, 1, 2} and {3, 4, 5} joined by the edge 2-3; best split modularity 5/14. */
export const twoTriangles: CompactGraph = buildSmallGraph(6, [
  [0, 1],
  [0, 2],
  [1, 2],
  [3, 4],
  [3, 5],
  [4, 5],
  [2, 3],
]);

/** Two 5-cliques {0..4} and {5..9} joined by the edge 4-5. */
export const twoCliques: CompactGraph = buildSmallGraph(10, [
  ...cliqueEdges([0, 1, 2, 3, 4]),
  ...cliqueEdges([5, 6, 7, 8, 9]),
  [4, 5],
]);

/** A 4-cycle whose heavy edges 0-1 and 2-3 (weight 10) pair the nodes; 1-2 and 3-0 weigh 1. */
export const weightedSquare: CompactGraph = buildSmallGraph(4, [
  [0, 1, 10],
  [1, 2, 1],
  [2, 3, 10],
  [3, 0, 1],
]);

function cliqueEdges(nodes: number[]): [number, number][] {
  const edges: [number, number][] = [];
  for (let i = 0; i < nodes.length; i += 1) {
    for (let j = i + 1; j < nodes.length; j += 1) edges.push([nodes[i]!, nodes[j]!]);
  }
  return edges;
}
