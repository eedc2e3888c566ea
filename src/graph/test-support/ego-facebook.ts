/**
 * Loads the SNAP ego-Facebook dataset (McAuley and Leskovec 2012) from data/snap-ego-facebook in
 * the repository, and its NetworkX reference values (README.md there describes both).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCompactGraph, type CompactGraph, type EdgeInput } from '../compact-graph.js';
import { parseEdgeList } from '../parse-edge-list.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const egoFacebookDirectory = path.resolve(repoRoot, 'data/snap-ego-facebook');

export function loadEgoFacebook(): CompactGraph {
  const text = readFileSync(path.join(egoFacebookDirectory, 'facebook_combined.txt'), 'utf8');
  const { edges, issues } = parseEdgeList(text);
  if (issues.length > 0) throw new Error(`facebook_combined.txt: ${issues[0]?.message}`);
  return buildCompactGraph(edges);
}

/** Arrays aligned by position; `node` holds the SNAP id. */
export interface NetworkxReference {
  nodes: number;
  edges: number;
  node: number[];
  degree: number[];
  clustering: number[];
  constraint: number[];
  effective_size: number[];
}

export function loadNetworkxReference(): NetworkxReference {
  const text = readFileSync(path.join(egoFacebookDirectory, 'networkx-reference.json'), 'utf8');
  const parsed: NetworkxReference = JSON.parse(text);
  return parsed;
}

/**
 * Ego 0's own network as the dataset's README describes it: the ties in 0.edges, plus ego 0
 * tied to every node named there.
 */
export function loadEgoZeroNetwork(): CompactGraph {
  const text = readFileSync(path.join(egoFacebookDirectory, '0.edges'), 'utf8');
  const { edges } = parseEdgeList(text);
  const alters = new Set(edges.flatMap((e) => [e.source, e.target]));
  const egoTies: EdgeInput[] = [...alters].map((alter) => ({ source: 0, target: alter }));
  return buildCompactGraph([...egoTies, ...edges], { nodes: [0] });
}

/** 0.circles: one circle per line, `circleK<TAB>id<TAB>id...`; circles overlap. */
export function loadEgoZeroCircles(): number[][] {
  const text = readFileSync(path.join(egoFacebookDirectory, '0.circles'), 'utf8');
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => line.trim().split(/\s+/).slice(1).map(Number));
}
