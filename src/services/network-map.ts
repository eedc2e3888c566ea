/**
 * The data of the web app's network map (issue 8, "Network map"; docs/product.md C4): the contacts'
 * own network (the owner left out, as LinkedIn InMaps did, since the owner is tied to everybody),
 * in the clusters of `weakties clusters` (the same Leiden run, seed and labels:
 * detectContactClusters), each person with the novelty and relevance of their tie (docs/science.md
 * section 1; recommend.ts scoreNetwork), laid out here so the browser only draws
 * (network-map-layout.ts). Sent as columns of plain arrays, not an object per person, so 30,000
 * people make a compact, gzip-friendly body.
 */
import { AppError } from '../core/app-error.js';
import type { Store } from '../store/open-store.js';
import { LOCAL_ACCOUNT_ID } from '../store/open-store.js';
import { buildEgoNetwork } from './build-ego-network.js';
import { detectContactClusters } from './network-analysis.js';
import { layoutGroups } from './network-map-layout.js';
import { scoreNetwork, type ScoredNetwork } from './recommend.js';

/**
 * People sent to the browser at most: above LinkedIn's 30,000-connection cap (docs/science.md section
 * 6) with room for contacts from other sources, and within what sigma draws smoothly when edges
 * are hidden during moves (design choice; `npm run bench:map` measures it).
 */
export const MAX_MAP_NODES = 50_000;
/**
 * Ties sent at most: the 30,000-connection demo has about 205,000 ties among contacts, all of
 * which fit (design choice; above it the strongest are kept).
 */
export const MAX_MAP_EDGES = 250_000;

/** One cluster as the map shows it; rank and label are findClusters'. */
export interface MapCluster {
  /** 1 = the largest, as in `weakties clusters`. */
  rank: number;
  label: string;
  /** All members; `shown` of them are on the map. */
  size: number;
  shown: number;
  /** Centre and radius of the cluster's disc on the map, for its label. */
  x: number;
  y: number;
  radius: number;
}

/** One person of the map, as the columns of NetworkMap['nodes'] give them at one index. */
export interface MapNode {
  id: number;
  label: string;
  /** Cluster rank, 0 when in no cluster (a community smaller than the minimum size). */
  cluster: number;
  x: number;
  y: number;
  /** Ties to other contacts (in the whole network, not only those on the map). */
  ties: number;
  /** S(m) * I(q) of the person's tie (score-tie.ts). */
  novelty: number;
  /** The relevance multiplier of the person's tie to the user's goals. */
  relevance: number;
}

export interface NetworkMap {
  algorithm: 'leiden';
  seed: number;
  /** People in the network besides the owner, and ties among them. */
  people: number;
  ties: number;
  maxNodes: number;
  maxEdges: number;
  /** What the bounds left off; all 0 when everything is shown. */
  omitted: {
    /** People over maxNodes: the least connected. */
    people: number;
    /** Ties not sent: those of the people left off, and the weakest over maxEdges. */
    ties: number;
    /** Of those, ties between people shown, left off by maxEdges: the weakest. */
    weakTies: number;
  };
  /** One column per field of MapNode; index i of every column is one person. */
  nodes: { [K in keyof MapNode]: MapNode[K][] };
  /** Ties as flat pairs of node indexes [u0, v0, u1, v1, ...], u < v, sorted. */
  edges: number[];
  clusters: MapCluster[];
}

export interface NetworkMapOptions {
  /** Whose network; the local account by default. */
  accountId?: number;
  /** The account's scored network, when the caller has it already (the server caches it). */
  scored?: ScoredNetwork;
  now?: Date;
  /** People shown at most, 1 to MAX_MAP_NODES (the default). */
  maxNodes?: number;
  /** Ties shown at most, 0 to MAX_MAP_EDGES (the default). */
  maxEdges?: number;
  /** Leiden's seed and the smallest cluster, as findClusters (its defaults). */
  seed?: number;
  minSize?: number;
}

/** Builds the map of an account's network. */
export async function buildNetworkMap(
  store: Store,
  options: NetworkMapOptions = {},
): Promise<NetworkMap> {
  const maxNodes = options.maxNodes ?? MAX_MAP_NODES;
  const maxEdges = options.maxEdges ?? MAX_MAP_EDGES;
  if (!Number.isSafeInteger(maxNodes) || maxNodes < 1 || maxNodes > MAX_MAP_NODES) {
    throw new AppError('usage', `the map shows from 1 to ${MAX_MAP_NODES} people`);
  }
  if (!Number.isSafeInteger(maxEdges) || maxEdges < 0 || maxEdges > MAX_MAP_EDGES) {
    throw new AppError('usage', `the map shows from 0 to ${MAX_MAP_EDGES} ties`);
  }
  const accountId = options.accountId ?? LOCAL_ACCOUNT_ID;
  const [network, scored] = await Promise.all([
    buildEgoNetwork(store, accountId),
    options.scored ?? scoreNetwork(store, { accountId, now: options.now }),
  ]);
  const found = detectContactClusters(network, { seed: options.seed, minSize: options.minSize });
  const { contactGraph, detection } = found;
  const { offsets, neighbours, weights } = contactGraph;
  const nodeCount = contactGraph.nodeCount;
  const degreeOf = (node: number) => offsets[node + 1]! - offsets[node]!;

  const rankOfCommunity = new Map<number, number>();
  found.ranked.forEach((c, i) => rankOfCommunity.set(c.community, i + 1));
  const tieOf = new Map(scored.scored.map((t) => [t.personId, t]));
  const personOf = (node: number) => network.people[node - 1]!;
  const opportunityOf = (node: number) => tieOf.get(String(personOf(node).id))?.opportunity ?? 0;

  // Over the bound, the best-connected people stay, then those whose tie scores highest.
  let chosen: number[] = [];
  for (let node = 0; node < nodeCount; node += 1) if (node !== network.ego) chosen.push(node);
  const people = chosen.length;
  if (chosen.length > maxNodes) {
    chosen.sort(
      (u, v) => degreeOf(v) - degreeOf(u) || opportunityOf(v) - opportunityOf(u) || u - v,
    );
    chosen = chosen.slice(0, maxNodes);
  }
  const isChosen = new Uint8Array(nodeCount);
  for (const node of chosen) isChosen[node] = 1;

  // Ties among the people shown; over the budget the strongest stay (then the first by node).
  const candidates: number[] = [];
  for (let u = 0; u < nodeCount; u += 1) {
    if (!isChosen[u]) continue;
    for (let a = offsets[u]!; a < offsets[u + 1]!; a += 1) {
      const v = neighbours[a]!;
      if (v > u && isChosen[v]) candidates.push(a);
    }
  }
  const tiesAmongShown = candidates.length;
  if (candidates.length > maxEdges) {
    const weightOf = (arc: number) => (weights ? weights[arc]! : 1);
    candidates.sort((x, y) => weightOf(y) - weightOf(x) || x - y);
    candidates.length = maxEdges;
    candidates.sort((x, y) => x - y);
  }
  // Each kept tie's ends: rows are contiguous, so one pass over the rows finds every source.
  const ends = new Int32Array(2 * candidates.length);
  let row = 0;
  candidates.forEach((arc, i) => {
    while (offsets[row + 1]! <= arc) row += 1;
    ends[2 * i] = row;
    ends[2 * i + 1] = neighbours[arc]!;
  });

  // Groups for the layout: the people shown of each Leiden community, the largest first, each
  // with its members best-connected (inside the group, on the map) first.
  const insideDegree = new Int32Array(nodeCount);
  for (let e = 0; e < ends.length; e += 2) {
    const u = ends[e]!;
    const v = ends[e + 1]!;
    if (detection.communities[u] === detection.communities[v]) {
      insideDegree[u] = insideDegree[u]! + 1;
      insideDegree[v] = insideDegree[v]! + 1;
    }
  }
  const byCommunity = new Map<number, number[]>();
  for (const node of chosen) {
    const c = detection.communities[node]!;
    const list = byCommunity.get(c);
    if (list) list.push(node);
    else byCommunity.set(c, [node]);
  }
  const rankOrLast = (c: number) => rankOfCommunity.get(c) ?? Number.MAX_SAFE_INTEGER;
  const groups = [...byCommunity.entries()]
    .sort((x, y) => y[1].length - x[1].length || rankOrLast(x[0]) - rankOrLast(y[0]) || x[0] - y[0])
    .map(([c, members]) => ({
      community: c,
      members: members.sort((u, v) => insideDegree[v]! - insideDegree[u]! || u - v),
    }));
  // Map indexes follow the layout order, so a cluster's people and ties sit together in the body.
  const indexOf = new Int32Array(nodeCount).fill(-1);
  const order: number[] = [];
  for (const g of groups) {
    for (const node of g.members) {
      indexOf[node] = order.length;
      order.push(node);
    }
  }
  // Pairs sorted by (lower, higher) index, through one numeric key per pair.
  const shown = order.length;
  const keys = new Float64Array(candidates.length);
  for (let i = 0; i < candidates.length; i += 1) {
    const a = indexOf[ends[2 * i]!]!;
    const b = indexOf[ends[2 * i + 1]!]!;
    keys[i] = Math.min(a, b) * shown + Math.max(a, b);
  }
  keys.sort();
  const edges: number[] = new Array<number>(2 * keys.length);
  keys.forEach((key, i) => {
    edges[2 * i] = Math.floor(key / shown);
    edges[2 * i + 1] = key % shown;
  });
  const layout = layoutGroups(
    shown,
    groups.map((g) => g.members.map((node) => indexOf[node]!)),
  );

  const round = (value: number, places: number) => {
    const scale = 10 ** places;
    return Math.round(value * scale) / scale;
  };
  const nodes: NetworkMap['nodes'] = {
    id: [],
    label: [],
    cluster: [],
    x: [],
    y: [],
    ties: [],
    novelty: [],
    relevance: [],
  };
  order.forEach((node, i) => {
    const person = personOf(node);
    const tie = tieOf.get(String(person.id));
    nodes.id.push(person.id);
    nodes.label.push(person.displayName || `#${person.id}`);
    nodes.cluster.push(rankOfCommunity.get(detection.communities[node]!) ?? 0);
    nodes.x.push(round(layout.x[i]!, 2));
    nodes.y.push(round(layout.y[i]!, 2));
    nodes.ties.push(degreeOf(node));
    nodes.novelty.push(round(tie?.novelty ?? 0, 3));
    nodes.relevance.push(round(tie?.relevance ?? 0, 3));
  });

  const discOfCommunity = new Map(groups.map((g, i) => [g.community, layout.discs[i]!]));
  const clusters: MapCluster[] = found.ranked.map((c, i) => {
    const disc = discOfCommunity.get(c.community);
    return {
      rank: i + 1,
      label: c.label.label,
      size: c.members.length,
      shown: byCommunity.get(c.community)?.length ?? 0,
      x: round(disc?.x ?? 0, 2),
      y: round(disc?.y ?? 0, 2),
      radius: round(disc?.r ?? 0, 2),
    };
  });
  const ties = contactGraph.edgeCount;
  return {
    algorithm: 'leiden',
    seed: found.seed,
    people,
    ties,
    maxNodes,
    maxEdges,
    omitted: {
      people: people - shown,
      ties: ties - keys.length,
      weakTies: tiesAmongShown - keys.length,
    },
    nodes,
    edges,
    clusters,
  };
}
