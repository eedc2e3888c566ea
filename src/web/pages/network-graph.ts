/**
 * The map's data in the browser: the server's columns (NetworkMap) turned into the graphology
 * graph sigma draws, node colours by cluster and node sizes by novelty or relevance (issue 8,
 * "Network map"). Node keys are the people's indexes in the columns, so a key finds a person's
 * every field without a lookup table.
 */
import { UndirectedGraph } from 'graphology';
import type { MapNode, NetworkMap } from '../../server/api-client.js';

export type SizeBy = 'novelty' | 'relevance';

export interface NodeAttributes {
  x: number;
  y: number;
  size: number;
  label: string;
  color: string;
}

export type MapGraph = UndirectedGraph<NodeAttributes>;

// Twelve hues distinguishable in light and dark themes for the largest clusters (design choice);
// smaller clusters get hues a golden angle apart, so neighbours on the map rarely look alike.
const PALETTE = [
  '#1f77b4',
  '#e6550d',
  '#2ca02c',
  '#d62728',
  '#9467bd',
  '#8c564b',
  '#e377c2',
  '#17becf',
  '#bcbd22',
  '#3182bd',
  '#f0a30a',
  '#31a354',
];
/**
 * People in no cluster: a light grey, since most people of a large export know nobody else there
 * and should not outshout the clusters (opaque: sigma's point program drops translucent colours).
 */
export const UNCLUSTERED_COLOUR = '#b8bdc3';
/** Clusters with a colour of their own in the legend. */
export const LEGEND_SIZE = PALETTE.length;

// Node radius in pixels with the whole map in view, smallest and largest; sigma grows them with
// the square root of the zoom. Design choice: at 30,000 people the whole map is about one pixel
// a person, so the largest still stand out and the smallest do not hide their neighbours.
export const MIN_NODE_SIZE = 1;
export const MAX_NODE_SIZE = 3;

/** A cluster's colour: 1 = the largest cluster; 0 = none. */
export function colourOfCluster(rank: number): string {
  if (rank <= 0) return UNCLUSTERED_COLOUR;
  const fixed = PALETTE[rank - 1];
  if (fixed !== undefined) return fixed;
  return hslToHex((rank * 137.508) % 360, 0.6, 0.45);
}

/** Sigma reads colours as hex or rgb() only. */
function hslToHex(hue: number, saturation: number, lightness: number): string {
  const chroma = (1 - Math.abs(2 * lightness - 1)) * saturation;
  const part = chroma * (1 - Math.abs(((hue / 60) % 2) - 1));
  const base = lightness - chroma / 2;
  const [r, g, b] =
    hue < 60
      ? [chroma, part, 0]
      : hue < 120
        ? [part, chroma, 0]
        : hue < 180
          ? [0, chroma, part]
          : hue < 240
            ? [0, part, chroma]
            : hue < 300
              ? [part, 0, chroma]
              : [chroma, 0, part];
  const hex = (v: number) =>
    Math.round((v + base) * 255)
      .toString(16)
      .padStart(2, '0');
  return `#${hex(r)}${hex(g)}${hex(b)}`;
}

/** Node sizes: area in proportion to the value, the largest value MAX_NODE_SIZE. */
export function computeSizes(map: NetworkMap, sizeBy: SizeBy): Float64Array {
  const values = map.nodes[sizeBy];
  let largest = 0;
  for (const v of values) if (v > largest) largest = v;
  const sizes = new Float64Array(values.length);
  values.forEach((v, i) => {
    const share = largest > 0 ? Math.sqrt(Math.max(0, v) / largest) : 0;
    sizes[i] = MIN_NODE_SIZE + (MAX_NODE_SIZE - MIN_NODE_SIZE) * share;
  });
  return sizes;
}

/** True when every person has the same value: sizing by it shows nothing. */
export function isUniform(map: NetworkMap, sizeBy: SizeBy): boolean {
  const values = map.nodes[sizeBy];
  return values.every((v) => v === values[0]);
}

/**
 * The people, without their ties: ties are a layer added on demand (showTies), since drawing
 * 200,000 of them costs more than the people themselves and says little at a distance.
 */
export function buildMapGraph(map: NetworkMap, sizeBy: SizeBy): MapGraph {
  const graph = new UndirectedGraph<NodeAttributes>();
  const sizes = computeSizes(map, sizeBy);
  const { x, y, label, cluster } = map.nodes;
  for (let i = 0; i < label.length; i += 1) {
    graph.addNode(String(i), {
      x: x[i] ?? 0,
      y: y[i] ?? 0,
      size: sizes[i] ?? MIN_NODE_SIZE,
      label: label[i] ?? '',
      color: colourOfCluster(cluster[i] ?? 0),
    });
  }
  return graph;
}

/** Each person's ties as indexes into the map's edge pairs (CSR rows: row i is person i). */
export interface TieIndex {
  offsets: Int32Array;
  ties: Int32Array;
}

export function indexTies(map: NetworkMap): TieIndex {
  const count = map.nodes.id.length;
  const offsets = new Int32Array(count + 1);
  const { edges } = map;
  for (const node of edges) offsets[node + 1] = offsets[node + 1]! + 1;
  for (let i = 0; i < count; i += 1) offsets[i + 1] = offsets[i + 1]! + offsets[i]!;
  const ties = new Int32Array(edges.length);
  const next = offsets.slice(0, count);
  for (let e = 0; e < edges.length; e += 1) {
    const node = edges[e]!;
    ties[next[node]!] = e >> 1;
    next[node] = next[node]! + 1;
  }
  return { offsets, ties };
}

/** The people tied to person `index` on the map. */
export function neighboursOf(map: NetworkMap, index: TieIndex, node: number): number[] {
  const found: number[] = [];
  for (let a = index.offsets[node]!; a < index.offsets[node + 1]!; a += 1) {
    const tie = index.ties[a]!;
    const u = map.edges[2 * tie]!;
    found.push(u === node ? map.edges[2 * tie + 1]! : u);
  }
  return found;
}

/** Draws ties: all of them, or only those of one person (in `colour`); keys are tie numbers. */
export function showTies(
  graph: MapGraph,
  map: NetworkMap,
  which: { all: true } | { of: number; index: TieIndex; colour: string },
): void {
  const add = (tie: number, attributes: { color?: string; size?: number }) => {
    const key = String(tie);
    if (graph.hasEdge(key)) return;
    graph.addUndirectedEdgeWithKey(
      key,
      String(map.edges[2 * tie]),
      String(map.edges[2 * tie + 1]),
      attributes,
    );
  };
  if ('all' in which) {
    for (let tie = 0; tie < map.edges.length / 2; tie += 1) add(tie, {});
    return;
  }
  const { offsets, ties } = which.index;
  for (let a = offsets[which.of]!; a < offsets[which.of + 1]!; a += 1) {
    add(ties[a]!, { color: which.colour, size: 1.5 });
  }
}

/** Sets every node's size for a new choice of what size shows. */
export function resizeNodes(graph: MapGraph, map: NetworkMap, sizeBy: SizeBy): void {
  const sizes = computeSizes(map, sizeBy);
  graph.updateEachNodeAttributes(
    (key, attributes) => ({ ...attributes, size: sizes[Number(key)] ?? MIN_NODE_SIZE }),
    { attributes: ['size'] },
  );
}

/** Person `index` of the map as one object. */
export function personAt(map: NetworkMap, index: number): MapNode | undefined {
  const { id, label, cluster, x, y, ties, novelty, relevance } = map.nodes;
  if (index < 0 || index >= id.length) return undefined;
  return {
    id: id[index]!,
    label: label[index]!,
    cluster: cluster[index]!,
    x: x[index]!,
    y: y[index]!,
    ties: ties[index]!,
    novelty: novelty[index]!,
    relevance: relevance[index]!,
  };
}

/** Lower-cased names, once per map, for search as the user types. */
export function indexNames(map: NetworkMap): string[] {
  return map.nodes.label.map((name) => name.toLocaleLowerCase());
}

/**
 * Up to `limit` people whose name contains the query: exact names first, then names starting
 * with it, then the rest, each in map order.
 */
export function searchNames(names: readonly string[], query: string, limit: number): number[] {
  const wanted = query.trim().toLocaleLowerCase();
  if (wanted === '') return [];
  const exact: number[] = [];
  const starts: number[] = [];
  const inside: number[] = [];
  for (let i = 0; i < names.length; i += 1) {
    const name = names[i]!;
    const at = name.indexOf(wanted);
    if (at < 0) continue;
    if (name === wanted) exact.push(i);
    else if (at === 0) starts.push(i);
    else if (inside.length < limit) inside.push(i);
    if (exact.length >= limit) break;
  }
  return [...exact, ...starts, ...inside].slice(0, limit);
}
