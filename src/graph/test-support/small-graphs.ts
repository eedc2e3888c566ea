/** Tiny hand-drawn graphs for the graph tests; node i has id i. */
import { buildCompactGraphFromArrays, type CompactGraph } from '../compact-graph.js';

/** A graph on nodes 0..nodeCount-1 from [u, v] or [u, v, weight] triples. */
export function buildSmallGraph(
  nodeCount: number,
  edges: readonly (readonly [number, number] | readonly [number, number, number])[],
): CompactGraph {
  const isWeighted = edges.some((edge) => edge.length === 3);
  return buildCompactGraphFromArrays({
    nodeCount,
    sources: Int32Array.from(edges, (edge) => edge[0]),
    targets: Int32Array.from(edges, (edge) => edge[1]),
    ...(isWeighted ? { weights: Float64Array.from(edges, (edge) => edge[2] ?? 1) } : {}),
  });
}

export interface BurtCase {
  name: string;
  /** Node 0 is the ego. */
  graph: CompactGraph;
  constraint: number;
  effectiveSize: number;
}

/** The hand-checked table of docs/science.md section 4 (binary ego networks, ego = node 0). */
export const burtTable: readonly BurtCase[] = [
  {
    name: '4 alters, no ties among them',
    graph: buildSmallGraph(5, [
      [0, 1],
      [0, 2],
      [0, 3],
      [0, 4],
    ]),
    constraint: 0.25,
    effectiveSize: 4,
  },
  {
    name: '2 alters tied to each other',
    graph: buildSmallGraph(3, [
      [0, 1],
      [0, 2],
      [1, 2],
    ]),
    constraint: 1.125,
    effectiveSize: 1,
  },
  {
    name: '4 alters all tied (K5)',
    graph: buildSmallGraph(5, [
      [0, 1],
      [0, 2],
      [0, 3],
      [0, 4],
      [1, 2],
      [1, 3],
      [1, 4],
      [2, 3],
      [2, 4],
      [3, 4],
    ]),
    constraint: 0.765625,
    effectiveSize: 1,
  },
  { name: '1 alter', graph: buildSmallGraph(2, [[0, 1]]), constraint: 1, effectiveSize: 1 },
  {
    name: '4 alters in two tied pairs',
    graph: buildSmallGraph(5, [
      [0, 1],
      [0, 2],
      [0, 3],
      [0, 4],
      [1, 2],
      [3, 4],
    ]),
    constraint: 0.5625,
    effectiveSize: 3,
  },
];

/**
 * A weighted triangle worked by hand in the tests: ego 0 with alters 1 (w 3) and 2 (w 1), and
 * 1-2 tied with weight 2.
 */
export const weightedTriangle = buildSmallGraph(3, [
  [0, 1, 3],
  [0, 2, 1],
  [1, 2, 2],
]);

/**
 * A small weighted graph with an isolated node 8, and NetworkX 2.8.8's values for it
 * (`nx.clustering`, `nx.constraint`, `nx.effective_size`, all with weight='weight'), computed
 * with the Debian python3-networkx package as an independent reference.
 */
export const networkxWeighted = {
  graph: buildSmallGraph(9, [
    [0, 1, 3],
    [0, 2, 1],
    [1, 2, 2],
    [1, 3, 4],
    [2, 3, 1],
    [3, 4, 2],
    [4, 5, 5],
    [3, 5, 1],
    [5, 6, 2],
    [6, 7, 1],
    [4, 6, 3],
    [0, 7, 2],
    [2, 4, 1],
  ]),
  clustering: [
    0.12114137285547599, 0.25447470618880935, 0.1692347214242338, 0.18047852466422523,
    0.21738627486268722, 0.35077781306571615, 0.20714883373025725, 0, 0,
  ],
  constraint: [
    0.5093827160493827,
    0.49283950617283945,
    0.7051242220181615,
    0.5511418886226533,
    0.5509762396694213,
    0.8440809013429751,
    0.843793044077135,
    0.5555555555555556,
    Number.NaN,
  ],
  effectiveSize: [
    2.4166666666666665,
    2.481481481481482,
    2.67,
    2.9125,
    3.324242424242424,
    1.8625,
    2.166666666666667,
    2.0,
    Number.NaN,
  ],
};
