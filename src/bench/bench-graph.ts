/**
 * Graph benchmark (docs/architecture.md, Tests: speed is measured by benchmarks, not asserted): the
 * graph engine on SNAP ego-Facebook against igraph's C core and NetworkX (through
 * scripts/bench-graph-peers.py) and graphology-communities-louvain (in this process), then a
 * scaling run on a generated graph of 1,000,000 edges. Prints tables; asserts nothing.
 *
 * Environment: WEAKTIES_PYTHON picks the Python interpreter (default: the first of python3 and
 * /usr/bin/python3 that has the most peers installed); WEAKTIES_BENCH_NETWORKX_SAMPLE sets the
 * nodes NetworkX is timed on (default 100, about two minutes).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { UndirectedGraph } from 'graphology';
import type { DetailedLouvainOutput, LouvainOptions } from 'graphology-communities-louvain';
import { computeConstraint } from '../graph/burt-constraint.js';
import { computeClustering } from '../graph/clustering.js';
import {
  buildCompactGraph,
  buildCompactGraphFromArrays,
  type CompactGraph,
  type EdgeInput,
} from '../graph/compact-graph.js';
import { computeEffectiveSize } from '../graph/effective-size.js';
import { computeEgoDiversity } from '../graph/ego-diversity.js';
import { computeEmbeddedness } from '../graph/embeddedness.js';
import { generateSocialGraph } from '../graph/generate-social-graph.js';
import { detectCommunitiesLeiden } from '../graph/leiden.js';
import { detectCommunitiesLouvain } from '../graph/louvain.js';
import { computeModularity } from '../graph/modularity.js';
import { computeNormalisedMutualInformation } from '../graph/normalised-mutual-information.js';
import { parseEdgeList } from '../graph/parse-edge-list.js';
import { createSeededRng } from '../core/seeded-rng.js';

// graphology-communities-louvain is CommonJS whose typings declare an ES default export; under
// NodeNext that default would be module.exports.default, which does not exist, so require()
// fetches module.exports and this interface names the one method used.
interface GraphologyLouvain {
  detailed(graph: UndirectedGraph, options?: LouvainOptions): DetailedLouvainOutput;
}
const louvain: GraphologyLouvain = createRequire(import.meta.url)('graphology-communities-louvain');

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const datasetDirectory = path.resolve(repoRoot, 'data/snap-ego-facebook');
const edgeListPath = path.join(datasetDirectory, 'facebook_combined.txt');
const peerScript = path.join(repoRoot, 'scripts/bench-graph-peers.py');

const SEED = 1;
const WARMUPS = 3;
const RUNS = 10;
const NETWORKX_SAMPLE = Number(process.env.WEAKTIES_BENCH_NETWORKX_SAMPLE ?? 100);
const SCALE_NODES = 100_000;
const SCALE_EDGES = 1_000_000;

/** Best wall time in ms over `runs` calls after `warmups` untimed ones, with the last result. */
function timeBest<T>(run: () => T, warmups = WARMUPS, runs = RUNS): { ms: number; result: T } {
  let result = run();
  for (let i = 1; i < warmups; i += 1) result = run();
  let best = Infinity;
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    result = run();
    best = Math.min(best, performance.now() - start);
  }
  return { ms: best, result };
}

function formatMs(ms: number | undefined): string {
  if (ms === undefined || !Number.isFinite(ms)) return '-';
  if (ms >= 60_000) return `${(ms / 60_000).toFixed(1)} min`;
  if (ms >= 1_000) return `${(ms / 1_000).toFixed(2)} s`;
  return `${ms.toFixed(ms < 10 ? 2 : 1)} ms`;
}

/** How many times longer the peer took than weakties. */
function formatRatio(peer: number | undefined, ours: number | undefined): string {
  if (peer === undefined || ours === undefined || !Number.isFinite(peer)) return '';
  return `${(peer / ours).toFixed(peer / ours >= 100 ? 0 : 1)}x`;
}

function formatMb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(0)} MB`;
}

function printTable(headers: string[], rows: string[][]): void {
  const widths = headers.map((header, column) =>
    Math.max(header.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  const line = (cells: string[]): string =>
    cells
      .map((cell, column) =>
        column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!),
      )
      .join('  ');
  console.log(line(headers));
  console.log(widths.map((width) => '-'.repeat(width)).join('  '));
  for (const row of rows) console.log(line(row));
}

interface PeerReport {
  python?: string;
  interpreter?: string;
  error?: string;
  igraph?: {
    installed: boolean;
    version?: string;
    ms?: { clustering: number; constraint: number; louvain: number; modularity: number };
    louvain_modularity?: number;
    louvain_communities?: number;
  };
  networkx?: {
    installed: boolean;
    version?: string;
    sample?: number;
    ms_per_node?: Record<string, number>;
    ms_extrapolated?: { clustering: number; constraint: number; effective_size: number };
  };
}

/** The interpreter with the most peers importable, so a system python with both wins. */
function choosePython(): { interpreter: string; peers: number } | undefined {
  const candidates = [
    ...new Set([process.env.WEAKTIES_PYTHON, 'python3', '/usr/bin/python3'].filter(isText)),
  ];
  const probe =
    'import importlib.util as u, json; ' +
    'print(json.dumps(sum(u.find_spec(m) is not None for m in ("igraph", "networkx"))))';
  let best: { interpreter: string; peers: number } | undefined;
  for (const interpreter of candidates) {
    const run = spawnSync(interpreter, ['-c', probe], { encoding: 'utf8' });
    if (run.status !== 0) continue;
    const peers = Number(run.stdout.trim());
    if (!best || peers > best.peers) best = { interpreter, peers };
  }
  return best;
}

function isText(value: string | undefined): value is string {
  return value !== undefined && value !== '';
}

function runPythonPeers(): PeerReport {
  const python = choosePython();
  if (!python) return { error: 'no python3 interpreter found' };
  const run = spawnSync(
    python.interpreter,
    [peerScript, '--edges', edgeListPath, '--sample', String(NETWORKX_SAMPLE), '--seed', '1'],
    { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 },
  );
  if (run.status !== 0) {
    return { interpreter: python.interpreter, error: run.stderr.trim() || 'peer script failed' };
  }
  const report: PeerReport = JSON.parse(run.stdout);
  return { ...report, interpreter: python.interpreter };
}

function timeGraphologyLouvain(edges: readonly EdgeInput[]): {
  ms: number;
  modularity: number;
  count: number;
} {
  const graph = new UndirectedGraph();
  for (const { source, target } of edges) graph.mergeEdge(String(source), String(target));
  const { ms, result } = timeBest(() => louvain.detailed(graph, { rng: createSeededRng(SEED) }));
  return { ms, modularity: result.modularity, count: result.count };
}

/** Ego 0's network (0.edges plus the ego) against its hand-drawn circles (dataset README). */
function measureCircleAgreement(detect: (graph: CompactGraph) => Int32Array): number {
  const { edges } = parseEdgeList(readFileSync(path.join(datasetDirectory, '0.edges'), 'utf8'));
  const alters = new Set(edges.flatMap((edge) => [edge.source, edge.target]));
  const network = buildCompactGraph([
    ...[...alters].map((alter): EdgeInput => ({ source: 0, target: alter })),
    ...edges,
  ]);
  const communities = detect(network);
  // Circles overlap: each person goes to the largest circle that holds them.
  const circles = readFileSync(path.join(datasetDirectory, '0.circles'), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, index) => ({ index, members: line.trim().split(/\s+/).slice(1).map(Number) }))
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
  return computeNormalisedMutualInformation(found, drawn);
}

function benchEgoFacebook(): void {
  const text = readFileSync(edgeListPath, 'utf8');
  const parse = timeBest(() => parseEdgeList(text));
  const { edges } = parse.result;
  const build = timeBest(() => buildCompactGraph(edges));
  const graph = build.result;
  console.log(
    `ego-Facebook (McAuley and Leskovec 2012): ${graph.nodeCount.toLocaleString('en')} nodes, ` +
      `${graph.edgeCount.toLocaleString('en')} edges. Times are the best of ${RUNS} runs after ` +
      `${WARMUPS} warm-ups; "x" is the peer's time over weakties' (above 1: weakties is faster).`,
  );
  console.log(`Running the Python peers (NetworkX on ${NETWORKX_SAMPLE} nodes takes a while)...`);

  const ours = {
    clustering: timeBest(() => computeClustering(graph)).ms,
    constraint: timeBest(() => computeConstraint(graph)).ms,
    effectiveSize: timeBest(() => computeEffectiveSize(graph)).ms,
    embeddedness: timeBest(() => computeEmbeddedness(graph)).ms,
    egoDiversity: timeBest(() => {
      for (let ego = 0; ego < graph.nodeCount; ego += 1) computeEgoDiversity(graph, ego);
    }).ms,
  };
  const ourLouvain = timeBest(() =>
    detectCommunitiesLouvain(graph, { rng: createSeededRng(SEED) }),
  );
  const ourLeiden = timeBest(() => detectCommunitiesLeiden(graph, { rng: createSeededRng(SEED) }));
  const ourModularity = timeBest(() => computeModularity(graph, ourLeiden.result.communities));
  const graphology = timeGraphologyLouvain(edges);
  const peers = runPythonPeers();

  const igraph = peers.igraph?.installed ? peers.igraph : undefined;
  const networkx = peers.networkx?.installed ? peers.networkx : undefined;
  const row = (
    name: string,
    mine: number,
    igraphMs: number | undefined,
    networkxMs: number | undefined,
    graphologyMs: number | undefined,
  ): string[] => [
    name,
    formatMs(mine),
    formatMs(igraphMs),
    formatRatio(igraphMs, mine),
    formatMs(networkxMs),
    formatRatio(networkxMs, mine),
    formatMs(graphologyMs),
    formatRatio(graphologyMs, mine),
  ];
  console.log('');
  printTable(
    ['operation (all nodes)', 'weakties', 'igraph', 'x', 'NetworkX*', 'x', 'graphology', 'x'],
    [
      ['parse edge list', formatMs(parse.ms), '', '', '', '', '', ''],
      ['build CSR graph', formatMs(build.ms), '', '', '', '', '', ''],
      row(
        'local clustering',
        ours.clustering,
        igraph?.ms?.clustering,
        networkx?.ms_extrapolated?.clustering,
        undefined,
      ),
      row(
        'Burt constraint',
        ours.constraint,
        igraph?.ms?.constraint,
        networkx?.ms_extrapolated?.constraint,
        undefined,
      ),
      row(
        'effective size',
        ours.effectiveSize,
        undefined,
        networkx?.ms_extrapolated?.effective_size,
        undefined,
      ),
      row('embeddedness (per edge)', ours.embeddedness, undefined, undefined, undefined),
      row('ego diversity, every ego', ours.egoDiversity, undefined, undefined, undefined),
      row('Louvain', ourLouvain.ms, igraph?.ms?.louvain, undefined, graphology.ms),
      row('Leiden', ourLeiden.ms, igraph?.ms?.louvain, undefined, graphology.ms),
      row(
        'modularity of a partition',
        ourModularity.ms,
        igraph?.ms?.modularity,
        undefined,
        undefined,
      ),
    ],
  );
  const sample = networkx?.sample ?? NETWORKX_SAMPLE;
  console.log(
    `* NetworkX is pure Python: timed on a fixed random sample of ${sample} nodes (seed 1), ` +
      `extrapolated per node to all ${graph.nodeCount.toLocaleString('en')} nodes.`,
  );
  console.log(
    'igraph: Louvain is community_multilevel; both community rows compare with it and with ' +
      'graphology-communities-louvain.',
  );
  const describePeer = (
    name: string,
    peer: { installed: boolean; version?: string } | undefined,
  ) => (peer?.installed ? `${name} ${peer.version ?? ''}` : `${name}: peer not installed`);
  console.log(
    peers.error
      ? `Python peers: ${peers.error} (peer not installed)`
      : `Python ${peers.python ?? '?'} (${peers.interpreter ?? '?'}): ` +
          `${describePeer('igraph', peers.igraph)}; ${describePeer('NetworkX', peers.networkx)}`,
  );

  console.log('');
  printTable(
    ['communities', 'modularity', 'count'],
    [
      [
        'weakties Louvain',
        ourLouvain.result.modularity.toFixed(4),
        String(ourLouvain.result.count),
      ],
      ['weakties Leiden', ourLeiden.result.modularity.toFixed(4), String(ourLeiden.result.count)],
      [
        'igraph multilevel',
        igraph?.louvain_modularity?.toFixed(4) ?? '-',
        String(igraph?.louvain_communities ?? '-'),
      ],
      ['graphology louvain', graphology.modularity.toFixed(4), String(graphology.count)],
    ],
  );
  const nmiLouvain = measureCircleAgreement(
    (network) => detectCommunitiesLouvain(network, { rng: createSeededRng(SEED) }).communities,
  );
  const nmiLeiden = measureCircleAgreement(
    (network) => detectCommunitiesLeiden(network, { rng: createSeededRng(SEED) }).communities,
  );
  console.log(
    `NMI with ego 0's hand-drawn circles (0.edges + ego): Louvain ${nmiLouvain.toFixed(3)}, ` +
      `Leiden ${nmiLeiden.toFixed(3)}.`,
  );
}

function benchScaling(): void {
  console.log('');
  const before = process.memoryUsage();
  const generate = performance.now();
  const arrays = generateSocialGraph({
    nodeCount: SCALE_NODES,
    edgeCount: SCALE_EDGES,
    rng: createSeededRng(SEED),
  });
  const generateMs = performance.now() - generate;
  const build = timeBest(() => buildCompactGraphFromArrays(arrays), 1, 3);
  const graph = build.result;
  const afterBuild = process.memoryUsage();
  const graphBytes =
    graph.offsets.byteLength + graph.neighbours.byteLength + (graph.weights?.byteLength ?? 0);
  console.log(
    `Scaling: generated graph (degree-corrected stochastic block model, seed ${SEED}): ` +
      `${graph.nodeCount.toLocaleString('en')} nodes, ${graph.edgeCount.toLocaleString('en')} ` +
      `edges, generated in ${formatMs(generateMs)}. Best of 3 runs after 1 warm-up.`,
  );
  const cpuBefore = process.resourceUsage();
  const rows: string[][] = [['build CSR graph', formatMs(build.ms)]];
  const measure = (name: string, run: () => unknown): void => {
    rows.push([name, formatMs(timeBest(run, 1, 3).ms)]);
  };
  measure('local clustering', () => computeClustering(graph));
  measure('Burt constraint', () => computeConstraint(graph));
  measure('effective size', () => computeEffectiveSize(graph));
  measure('embeddedness (per edge)', () => computeEmbeddedness(graph));
  const louvainRun = timeBest(() => detectCommunitiesLouvain(graph), 1, 3);
  rows.push(['Louvain', formatMs(louvainRun.ms)]);
  const leidenRun = timeBest(() => detectCommunitiesLeiden(graph), 1, 3);
  rows.push(['Leiden', formatMs(leidenRun.ms)]);
  const cpuAfter = process.resourceUsage();
  printTable(['operation (all nodes)', 'weakties'], rows);
  const nmi = (communities: Int32Array): string =>
    computeNormalisedMutualInformation(communities, arrays.communities).toFixed(3);
  const { result: louvainResult } = louvainRun;
  const { result: leidenResult } = leidenRun;
  console.log(
    `Modularity: Louvain ${louvainResult.modularity.toFixed(4)} (${louvainResult.count} ` +
      `communities), Leiden ${leidenResult.modularity.toFixed(4)} (${leidenResult.count}); ` +
      `NMI with the planted communities: Louvain ${nmi(louvainResult.communities)}, ` +
      `Leiden ${nmi(leidenResult.communities)}.`,
  );
  const userCpuMs = (cpuAfter.userCPUTime - cpuBefore.userCPUTime) / 1000;
  console.log(
    `Memory: the CSR arrays take ${formatMb(graphBytes)}; RSS ${formatMb(before.rss)} before ` +
      `generating, ${formatMb(afterBuild.rss)} after building, peak ` +
      `${formatMb(cpuAfter.maxRSS * 1024)} over the whole benchmark. CPU for the runs above: ` +
      `${formatMs(userCpuMs)} user.`,
  );
}

benchEgoFacebook();
benchScaling();
