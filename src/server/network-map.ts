/**
 * The data of the web app's network map (issue 8, "Network map"; product.md C4): the contacts'
 * own network (the owner left out, as LinkedIn InMaps did, since the owner is tied to everybody),
 * coloured by community, sized by degree, with a layout the browser only has to draw. Bounded to
 * the best-connected contacts so a browser stays smooth.
 *
 * Communities: Louvain (Blondel et al. 2008, graphology-communities-louvain) with a fixed seed,
 * because the dependency rule keeps src/graph's Leiden out of the server and the services do not
 * yet return cluster members; each is labelled by the employer most members share, as
 * findClusters labels Leiden's (InMaps' rule).
 */
import { createRequire } from 'node:module';
import { UndirectedGraph } from 'graphology';
import type { DetailedLouvainOutput, LouvainOptions } from 'graphology-communities-louvain';
import { createSeededRng } from '../core/seeded-rng.js';
import { buildEgoNetwork, keepOwnerTies } from '../services/build-ego-network.js';
import { LOCAL_ACCOUNT_ID, type Store } from '../services/store-access.js';

// graphology-communities-louvain is CommonJS whose typings declare an ES default export; under
// NodeNext that default would be module.exports.default, which does not exist (as in
// src/bench/bench-graph.ts), so require() fetches module.exports.
interface GraphologyLouvain {
  detailed(graph: UndirectedGraph, options?: LouvainOptions): DetailedLouvainOutput;
}
const louvain: GraphologyLouvain = createRequire(import.meta.url)('graphology-communities-louvain');

// Same seed, same map (design choice: any fixed value; this is the one bench-graph.ts uses).
const LOUVAIN_SEED = 1;
// Smallest community shown as a cluster, as findClusters' default (two people are a tie).
const MIN_CLUSTER_SIZE = 3;

/**
 * At most this many people are sent to the browser: sigma draws 5,000 nodes and their edges well
 * within a 16 ms frame on an integrated GPU (design choice; issue 8 asks for 30,000 in the end).
 */
export const MAX_MAP_NODES = 5000;
/** Edges sent with them, strongest first (design choice: about 10 per person shown). */
export const MAX_MAP_EDGES = 50_000;

export interface MapNode {
  id: string;
  label: string;
  /** Rank of the person's cluster in findClusters (1 = largest); null when unclustered. */
  community: number | null;
  /** Ties to other contacts (degree without the owner). */
  size: number;
  x: number;
  y: number;
}

export interface MapCluster {
  rank: number;
  label: string;
  size: number;
  /** Members among the nodes sent. */
  shown: number;
}

export interface NetworkMap {
  nodes: MapNode[];
  /** Pairs of indexes into `nodes`. */
  edges: [number, number][];
  clusters: MapCluster[];
  totalPeople: number;
  totalEdges: number;
  maxNodes: number;
  maxEdges: number;
}

export interface NetworkMapOptions {
  /** Whose network; the local account by default. */
  accountId?: number;
  maxNodes?: number;
}

// The golden angle spreads points evenly on a sunflower spiral (Vogel 1979).
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/** Point i of a sunflower disk whose points are one unit apart. */
function placeOnSpiral(i: number): { x: number; y: number } {
  const r = Math.sqrt(i + 0.5);
  return { x: r * Math.cos(i * GOLDEN_ANGLE), y: r * Math.sin(i * GOLDEN_ANGLE) };
}

export async function buildNetworkMap(
  store: Store,
  options: NetworkMapOptions = {},
): Promise<NetworkMap> {
  const maxNodes = Math.min(options.maxNodes ?? MAX_MAP_NODES, MAX_MAP_NODES);
  const network = await buildEgoNetwork(store, options.accountId ?? LOCAL_ACCOUNT_ID);
  const contacts = keepOwnerTies(network.graph, network.ego, () => false);
  const nodeCount = contacts.nodeCount;
  const degreeOf = (node: number) => contacts.offsets[node + 1]! - contacts.offsets[node]!;

  const sources: number[] = [];
  const targets: number[] = [];
  const weights: number[] = [];
  const social = new UndirectedGraph();
  for (let node = 1; node < nodeCount; node += 1) social.addNode(String(node));
  for (let u = 1; u < nodeCount; u += 1) {
    for (let a = contacts.offsets[u]!; a < contacts.offsets[u + 1]!; a += 1) {
      const v = contacts.neighbours[a]!;
      if (v <= u) continue;
      const weight = contacts.weights ? contacts.weights[a]! : 1;
      sources.push(u);
      targets.push(v);
      weights.push(weight);
      social.addUndirectedEdge(String(u), String(v), { weight });
    }
  }
  const count = sources.length;
  const found = louvain.detailed(social, {
    getEdgeWeight: 'weight',
    rng: createSeededRng(LOUVAIN_SEED),
  }).communities;
  const membersOf = new Map<number, number[]>();
  for (let node = 1; node < nodeCount; node += 1) {
    const c = found[String(node)] ?? -node;
    const list = membersOf.get(c);
    if (list) list.push(node);
    else membersOf.set(c, [node]);
  }
  const ranked = [...membersOf.values()]
    .filter((members) => members.length >= MIN_CLUSTER_SIZE)
    .sort((x, y) => y.length - x.length || x[0]! - y[0]!);
  const rankOfNode = new Map<number, number>();
  const allClusters = ranked.map((members, i) => {
    for (const node of members) rankOfNode.set(node, i + 1);
    return { rank: i + 1, label: labelCommunity(network, members), size: members.length };
  });

  const chosen: number[] = [];
  for (let node = 1; node < nodeCount; node += 1) chosen.push(node);
  chosen.sort((x, y) => degreeOf(y) - degreeOf(x) || x - y);
  chosen.length = Math.min(chosen.length, maxNodes);

  // Layout: each cluster a sunflower disk, the disks themselves on a sunflower spiral, largest
  // in the middle, each at the distance that leaves room for the area of those before it; the
  // unclustered come last, around the outside.
  const byGroup = new Map<number, number[]>();
  for (const node of chosen) {
    const rank = rankOfNode.get(node) ?? 0;
    const list = byGroup.get(rank);
    if (list) list.push(node);
    else byGroup.set(rank, [node]);
  }
  const groups = [...byGroup.entries()].sort(
    (x, y) => (x[0] === 0 ? 1 : 0) - (y[0] === 0 ? 1 : 0) || x[0] - y[0],
  );
  const position = new Map<number, { x: number; y: number }>();
  let area = 0;
  groups.forEach(([rank, members], g) => {
    if (rank === 0 && g > 0) {
      // The unclustered: the same spiral continued past the clusters, a ring around them.
      const start = Math.ceil(area);
      members.forEach((node, i) => position.set(node, placeOnSpiral(start + i)));
      return;
    }
    // A disk of n unit-spaced points has radius about sqrt(n); one unit of gap around it.
    const radius = Math.sqrt(members.length) + 1;
    const distance = g === 0 ? 0 : Math.sqrt(area) + radius;
    const angle = g * GOLDEN_ANGLE;
    const centre = { x: distance * Math.cos(angle), y: distance * Math.sin(angle) };
    members.forEach((node, i) => {
      const p = placeOnSpiral(i);
      position.set(node, { x: centre.x + p.x, y: centre.y + p.y });
    });
    area += (2 * radius) ** 2;
  });

  const indexOf = new Map<number, number>();
  const nodes: MapNode[] = chosen.map((node, i) => {
    indexOf.set(node, i);
    const person = network.people[node - 1]!;
    const at = position.get(node) ?? { x: 0, y: 0 };
    return {
      id: String(person.id),
      label: person.displayName || `#${person.id}`,
      community: rankOfNode.get(node) ?? null,
      size: degreeOf(node),
      x: at.x,
      y: at.y,
    };
  });
  const candidates: { u: number; v: number; w: number }[] = [];
  for (let e = 0; e < count; e += 1) {
    const u = indexOf.get(sources[e]!);
    const v = indexOf.get(targets[e]!);
    if (u !== undefined && v !== undefined) candidates.push({ u, v, w: weights[e]! });
  }
  candidates.sort((x, y) => y.w - x.w);
  const edges = candidates.slice(0, MAX_MAP_EDGES).map((e): [number, number] => [e.u, e.v]);
  const shownPerCluster = new Map<number, number>();
  for (const n of nodes) {
    if (n.community !== null)
      shownPerCluster.set(n.community, (shownPerCluster.get(n.community) ?? 0) + 1);
  }
  return {
    nodes,
    edges,
    clusters: allClusters.map((c) => ({ ...c, shown: shownPerCluster.get(c.rank) ?? 0 })),
    totalPeople: nodeCount - 1,
    totalEdges: count,
    maxNodes,
    maxEdges: MAX_MAP_EDGES,
  };
}

/**
 * findClusters' label rule on employers (network-analysis.ts, InMaps): the employer most members
 * share, "and others" when that is under half of them.
 */
function labelCommunity(
  network: Awaited<ReturnType<typeof buildEgoNetwork>>,
  members: readonly number[],
): string {
  const counts = new Map<string, number>();
  for (const node of members) {
    const key = network.companyKeys[node] ?? '';
    if (key !== '') counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  let best = '';
  let bestCount = 0;
  for (const [key, n] of counts) {
    const name = network.companyNames.get(key) ?? key;
    if (n > bestCount || (n === bestCount && name.localeCompare(best) < 0)) {
      best = name;
      bestCount = n;
    }
  }
  if (bestCount === 0) return `${members.length} people with no employer listed`;
  return bestCount * 2 < members.length ? `${best} and others` : best;
}
