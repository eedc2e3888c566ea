/**
 * What the user sees of their ego network (issue 5, items 3 to 5; docs/product.md C4 and C6): a
 * summary with the owner's structural position (Burt 1992: constraint, effective size,
 * efficiency; Rajkumar et al. 2022: diversity = 1 - clustering), communities found by Leiden
 * (Traag et al. 2019) and labelled from what their members share, as LinkedIn InMaps did,
 * bridges to communities the owner reaches through one person only, and introduction paths to a
 * company or person, explained in words.
 */
import { AppError } from '../core/app-error.js';
import { matchCompany, normaliseCompanyName } from '../core/ties/company-name.js';
import type { ScoredTie } from '../core/ties/score-tie.js';
import { computeClustering } from '../graph/clustering.js';
import { getDegree, type CompactGraph } from '../graph/compact-graph.js';
import type { CommunityDetection } from '../graph/leiden.js';
import { computeEgoDiversity } from '../graph/ego-diversity.js';
import { findIntroductionPaths } from '../graph/introduction-paths.js';
import { DEFAULT_LEIDEN_SEED, detectCommunitiesLeiden } from '../graph/leiden.js';
import { rankBridges } from '../graph/rank-bridges.js';
import { createSeededRng } from '../core/seeded-rng.js';
import type { Store } from '../store/open-store.js';
import { LOCAL_ACCOUNT_ID } from '../store/open-store.js';
import {
  buildEgoNetwork,
  computeAlterMutuals,
  describeTieEvidence,
  type EgoNetwork,
  type EgoNetworkOptions,
  type EgoNetworkStats,
  type TieEvidence,
  keepOwnerTies,
} from './build-ego-network.js';
import { resolvePersonId } from './people-queries.js';
import { scoreNetwork } from './recommend.js';

export interface AnalysisOptions extends EgoNetworkOptions {
  accountId?: number;
}

export interface GraphSummary {
  /** People in the ego network besides the owner. */
  people: number;
  /** Ties recovered among them (the owner's own ties not counted). */
  tiesAmongContacts: number;
  /** Share of possible ties among contacts that are present. */
  density: number;
  /** Contacts with at least one tie to another contact, and those with none known. */
  peopleWithTies: number;
  peopleWithoutTies: number;
  /** Recovered ties by the evidence behind them (a tie can have several kinds). */
  tiesByEvidence: Record<'group-chat' | 'email' | 'meeting' | 'same-employer' | 'imported', number>;
  owner: {
    /** Burt's constraint (docs/science.md section 4); NaN when the owner knows nobody. */
    constraint: number;
    effectiveSize: number;
    /** Effective size / number of contacts. */
    efficiency: number;
    /** Local clustering of the owner = density among contacts. */
    clustering: number;
    /** Rajkumar et al. 2022: network diversity = 1 - local clustering. */
    diversity: number;
  };
  /** Mean local clustering of contacts with two or more ties among contacts (owner left out). */
  contactClustering: number;
  mutuals: { recorded: number; imported: number; inferred: number; unknown: number };
  stats: EgoNetworkStats;
  options: Required<EgoNetworkOptions>;
}

/** The summary of `weakties graph`. */
export async function summariseNetwork(
  store: Store,
  options: AnalysisOptions = {},
): Promise<GraphSummary> {
  const network = await buildEgoNetwork(store, options.accountId ?? LOCAL_ACCOUNT_ID, options);
  const { graph, ego } = network;
  const people = graph.nodeCount - 1;
  const ties = graph.edgeCount - getDegree(graph, ego);
  const diversity = computeEgoDiversity(graph, ego);
  const contactGraph = keepOwnerTies(graph, ego, () => false);
  const clustering = computeClustering(contactGraph);
  let clusteringSum = 0;
  let clustered = 0;
  let withTies = 0;
  for (let node = 1; node < graph.nodeCount; node += 1) {
    const degree = getDegree(contactGraph, node);
    if (degree > 0) withTies += 1;
    if (degree >= 2) {
      clusteringSum += clustering[node]!;
      clustered += 1;
    }
  }
  const mutuals = { recorded: 0, imported: 0, inferred: 0, unknown: people };
  for (const m of computeAlterMutuals(network).values()) {
    mutuals[m.source] += 1;
    mutuals.unknown -= 1;
  }
  return {
    people,
    tiesAmongContacts: ties,
    density: people < 2 ? 0 : (2 * ties) / (people * (people - 1)),
    peopleWithTies: withTies,
    peopleWithoutTies: people - withTies,
    tiesByEvidence: countTiesByEvidence(network),
    owner: {
      constraint: diversity.constraint,
      effectiveSize: diversity.effectiveSize,
      efficiency: diversity.efficiency,
      clustering: diversity.clustering,
      diversity: diversity.diversity,
    },
    contactClustering: clustered === 0 ? 0 : clusteringSum / clustered,
    mutuals,
    stats: network.stats,
    options: network.options,
  };
}

export interface ClusterOptions extends AnalysisOptions {
  /** Seed of Leiden's random choices; default DEFAULT_LEIDEN_SEED. Same seed, same clusters. */
  seed?: number;
  /** Smallest community listed as a cluster; default 3 (design choice: two people are a tie). */
  minSize?: number;
  /** Bridges listed; default 10 (design choice). */
  bridgeLimit?: number;
  now?: Date;
}

export interface PersonRef {
  personId: number;
  name: string;
  company: string;
  title: string;
}

export interface Cluster {
  /** 1 = the largest. */
  rank: number;
  label: string;
  /** What the label stands for and how many members share it. */
  basis: { kind: 'employer' | 'group-chat' | 'mixed' | 'none'; name: string; members: number };
  size: number;
  /** Most common employers among members, most first. */
  topEmployers: { company: string; members: number }[];
  /** Members with the most ties inside the cluster, first 5 (design choice). */
  centralMembers: PersonRef[];
}

/** A contact the owner is in touch with who is the owner's only such route into some cluster. */
export interface BridgeView extends PersonRef {
  score: number;
  /** Labels of the clusters reached through this contact alone. */
  onlyRouteTo: string[];
  /** How many communities (the owner's own contacts' clusters) this contact's ties reach. */
  reaches: number;
}

export interface ClusterReport {
  algorithm: 'leiden';
  seed: number;
  modularity: number;
  clusters: Cluster[];
  /** Contacts in communities smaller than minSize, including those with no known ties. */
  unclustered: number;
  bridges: BridgeView[];
}

/** What detectContactClusters finds: the same communities and labels wherever they are shown. */
export interface ContactClusters {
  /** The contacts' own network: the ego network without the owner's ties. */
  contactGraph: CompactGraph;
  detection: CommunityDetection;
  seed: number;
  minSize: number;
  /** Member nodes of each Leiden community, ascending, by community number. */
  membersOf: ReadonlyMap<number, readonly number[]>;
  /** Labels of the communities of two or more members. */
  labelOf: ReadonlyMap<number, ClusterLabel>;
  /** Communities of at least minSize members, largest first: cluster rank = index + 1. */
  ranked: readonly { community: number; members: readonly number[]; label: ClusterLabel }[];
}

/**
 * The clusters of `weakties clusters`, the web app's map and the tie model's bridges: Leiden
 * (Traag et al. 2019) with a fixed seed on the contacts' own network (the owner left out, as
 * InMaps did: the owner is tied to everybody and would merge every community), ranked by size.
 */
export function detectContactClusters(
  network: EgoNetwork,
  options: { seed?: number; minSize?: number } = {},
): ContactClusters {
  const seed = options.seed ?? DEFAULT_LEIDEN_SEED;
  const minSize = options.minSize ?? 3;
  if (!Number.isSafeInteger(seed)) throw new AppError('usage', `--seed must be a whole number`);
  if (!Number.isSafeInteger(minSize) || minSize < 1) {
    throw new AppError('usage', '--min-size must be a whole number of at least 1');
  }
  const { graph, ego } = network;
  const contactGraph = keepOwnerTies(graph, ego, () => false);
  const detection = detectCommunitiesLeiden(contactGraph, { rng: createSeededRng(seed) });
  const membersOf = new Map<number, number[]>();
  for (let node = 0; node < graph.nodeCount; node += 1) {
    if (node === ego) continue;
    const c = detection.communities[node]!;
    const list = membersOf.get(c);
    if (list) list.push(node);
    else membersOf.set(c, [node]);
  }
  const labelOf = new Map<number, ClusterLabel>();
  for (const [c, members] of membersOf) {
    if (members.length >= 2) labelOf.set(c, labelCluster(network, members));
  }
  const ranked = [...membersOf.entries()]
    .filter(([, members]) => members.length >= minSize)
    .sort((x, y) => y[1].length - x[1].length || x[0] - y[0])
    .map(([community, members]) => ({
      community,
      members,
      label: labelOf.get(community) ?? labelCluster(network, members),
    }));
  return { contactGraph, detection, seed, minSize, membersOf, labelOf, ranked };
}

/** Communities among the contacts (the owner left out, as InMaps did) and the bridges to them. */
export async function findClusters(
  store: Store,
  options: ClusterOptions = {},
): Promise<ClusterReport> {
  const accountId = options.accountId ?? LOCAL_ACCOUNT_ID;
  const network = await buildEgoNetwork(store, accountId, options);
  const { graph, ego } = network;
  const found = detectContactClusters(network, options);
  const { contactGraph, detection, labelOf, membersOf, seed } = found;
  const clusters: Cluster[] = found.ranked.map(({ members, label }, i) => {
    const central = [...members]
      .map((node) => ({ node, inside: countTiesInside(contactGraph, node, detection.communities) }))
      .sort((x, y) => y.inside - x.inside || x.node - y.node)
      .slice(0, 5)
      .map(({ node }) => personRef(network, node));
    return {
      rank: i + 1,
      label: label.label,
      basis: label.basis,
      size: members.length,
      topEmployers: label.employers.slice(0, 3),
      centralMembers: central,
    };
  });
  const clusteredCount = clusters.reduce((sum, c) => sum + c.size, 0);

  // Bridges on the graph introductions travel on: the owner is tied to everybody, so in the
  // whole ego network nobody is anybody's only route; among the people the owner is in touch
  // with, one can be the only way into a cluster.
  const scored = await scoreNetwork(store, { accountId, now: options.now });
  const warm = new Set<number>();
  for (const tie of scored.scored) {
    const node = network.nodeOfPerson.get(Number(tie.personId));
    if (node !== undefined && tie.history.hasInteracted) warm.add(node);
  }
  const introductionGraph = keepOwnerTies(graph, ego, (node) => warm.has(node));
  const bridges = rankBridges(introductionGraph, ego, detection.communities, {
    limit: options.bridgeLimit ?? 10,
  }).map((b) => ({
    ...personRef(network, b.alter),
    score: b.score,
    onlyRouteTo: b.exclusiveCommunities.map(
      (c) => labelOf.get(c)?.label ?? `${membersOf.get(c)?.length ?? 0} person(s)`,
    ),
    reaches: b.reachedCommunities.length,
  }));
  return {
    algorithm: 'leiden',
    seed,
    modularity: detection.modularity,
    clusters,
    unclustered: graph.nodeCount - 1 - clusteredCount,
    bridges,
  };
}

export interface PathOptions extends AnalysisOptions {
  /** Target company, matched as normalised names (a division such as "Acme Cloud" counts). */
  company?: string;
  /** Target person: an id, profile URL, email or name. */
  person?: string;
  /** 1 or 2; default 2 (introduction-paths.ts). */
  maxIntermediaries?: 1 | 2;
  /** Paths listed; default 10 (design choice). */
  limit?: number;
  /**
   * Paths listed per target; default: `limit` for one target, 1 for several (design choice: a
   * company query wants one way to each person, not ten ways to the same one).
   */
  perTarget?: number;
  now?: Date;
}

export interface PathHop {
  from: string;
  to: string;
  evidence: TieEvidence[];
}

export interface IntroductionPathView {
  rank: number;
  score: number;
  target: PersonRef;
  introducers: (PersonRef & { tieClass: string; messages: number })[];
  hops: PathHop[];
  explanation: string;
}

export interface PathsReport {
  query: { company?: string; person?: string };
  /** People matching the query. */
  targets: number;
  /** Targets the user has been in touch with: ask them directly. */
  askDirectly: (PersonRef & { tieClass: string; messages: number })[];
  /** Targets with no path through anyone the user has been in touch with. */
  unreachable: number;
  /** Every path found, before the limit. */
  pathCount: number;
  paths: IntroductionPathView[];
}

/**
 * Introduction paths (docs/product.md C6): the owner -> a contact the owner has been in touch with ->
 * (another contact ->) the target. Only contacts the owner has exchanged messages with can
 * introduce: a connection never spoken to will not vouch for anyone. A path scores the
 * introducer's closeness to the owner (will they help? Gilbert and Karahalios 2009) times the
 * strength of each further tie's evidence, 1 - e^(-weight) (design choice: one piece of evidence
 * 0.63, two 0.86), times the target's novelty and relevance from the tie model (docs/science.md
 * section 1: weak, novel ties at relevant companies transmit jobs).
 */
export async function findPaths(store: Store, options: PathOptions): Promise<PathsReport> {
  const accountId = options.accountId ?? LOCAL_ACCOUNT_ID;
  const company = options.company?.trim();
  const personQuery = options.person?.trim();
  if ((company ? 1 : 0) + (personQuery ? 1 : 0) !== 1) {
    throw new AppError('usage', 'name exactly one target: --company NAME or --person ID');
  }
  const limit = options.limit ?? 10;
  if (!Number.isSafeInteger(limit) || limit < 1) {
    throw new AppError('usage', '--limit must be a whole number of at least 1');
  }
  const [network, scoredNetwork] = await Promise.all([
    buildEgoNetwork(store, accountId, options),
    scoreNetwork(store, { accountId, now: options.now }),
  ]);
  const { graph, ego } = network;
  const tieOf = new Map<number, ScoredTie>();
  for (const tie of scoredNetwork.scored) {
    const node = network.nodeOfPerson.get(Number(tie.personId));
    if (node !== undefined) tieOf.set(node, tie);
  }

  let targets: number[];
  if (company) {
    const key = normaliseCompanyName(company);
    if (key === '') throw new AppError('usage', `"${company}" is not a company name`);
    const keys = new Set([key]);
    const prefixes = [`${key} `];
    targets = [];
    for (let node = 1; node < graph.nodeCount; node += 1) {
      if (matchCompany(network.companyKeys[node] ?? '', keys, prefixes)) targets.push(node);
    }
  } else {
    const personId = await resolvePersonId(store, personQuery ?? '', accountId);
    const node = network.nodeOfPerson.get(personId);
    targets = node === undefined ? [] : [node];
  }

  const perTarget = options.perTarget ?? (targets.length === 1 ? limit : 1);
  const isWarm = (node: number): boolean => tieOf.get(node)?.history.hasInteracted === true;
  const pathGraph = keepOwnerTies(graph, ego, isWarm);
  const weights = pathGraph.weights;
  const arcScores = (from: number, to: number, arc: number): number =>
    from === ego ? (tieOf.get(to)?.closeness ?? 0) : 1 - Math.exp(-(weights ? weights[arc]! : 1));

  const askDirectly: PathsReport['askDirectly'] = [];
  const found: { score: number; nodes: number[] }[] = [];
  let pathCount = 0;
  let unreachable = 0;
  for (const target of targets) {
    if (isWarm(target)) {
      askDirectly.push({ ...personRef(network, target), ...tieSummary(tieOf.get(target)) });
      continue;
    }
    // One target at a time, so its own score (constant over its paths) never mixes with the
    // intermediaries' and each target's best paths are enough for the best overall.
    const result = findIntroductionPaths(pathGraph, ego, target, {
      maxIntermediaries: options.maxIntermediaries ?? 2,
      limit: Math.min(limit, perTarget),
      arcScores,
    });
    const tie = tieOf.get(target);
    const targetScore = tie ? tie.novelty * tie.relevance : 0;
    if (result.pathCount === 0) unreachable += 1;
    pathCount += result.pathCount;
    for (const path of result.paths) {
      found.push({ score: path.score * targetScore, nodes: path.nodes });
    }
  }
  found.sort(
    (x, y) =>
      y.score - x.score || x.nodes.length - y.nodes.length || compareNodes(x.nodes, y.nodes),
  );
  askDirectly.sort((x, y) => y.messages - x.messages || x.personId - y.personId);
  return {
    query: company ? { company } : { person: personQuery },
    targets: targets.length,
    askDirectly,
    unreachable,
    pathCount,
    paths: found
      .slice(0, limit)
      .map((p, i) => describePath(network, tieOf, p.nodes, p.score, i + 1)),
  };
}

function describePath(
  network: EgoNetwork,
  tieOf: ReadonlyMap<number, ScoredTie>,
  nodes: readonly number[],
  score: number,
  rank: number,
): IntroductionPathView {
  const people = nodes.slice(1).map((node) => personRef(network, node));
  const target = people[people.length - 1]!;
  const introducers = nodes
    .slice(1, -1)
    .map((node) => ({ ...personRef(network, node), ...tieSummary(tieOf.get(node)) }));
  const hops: PathHop[] = [];
  for (let i = 1; i + 1 < nodes.length; i += 1) {
    hops.push({
      from: personRef(network, nodes[i]!).name,
      to: personRef(network, nodes[i + 1]!).name,
      evidence: describeTieEvidence(network, nodes[i]!, nodes[i + 1]!),
    });
  }
  const first = introducers[0]!;
  const atCompany = target.company ? ` at ${target.company}` : '';
  const opener = `Ask ${first.name} (${describeTie(first)}) to introduce you to`;
  let explanation: string;
  if (introducers.length === 1) {
    explanation = `${opener} ${target.name}${atCompany}: ${phraseEvidence(hops[0]!.evidence)}`;
  } else {
    const second = introducers[1]!;
    explanation =
      `${opener} ${second.name} (${phraseEvidence(hops[0]!.evidence)}), ` +
      `who can introduce you to ${target.name}${atCompany} (${phraseEvidence(hops[1]!.evidence)})`;
  }
  return { rank, score, target, introducers, hops, explanation };
}

function describeTie(tie: { tieClass: string; messages: number }): string {
  const kind =
    tie.tieClass === 'never-interacted'
      ? 'no messages yet'
      : `${tie.tieClass.replace('-', ' ')} tie`;
  return tie.messages > 0
    ? `${kind}, ${tie.messages} message${tie.messages === 1 ? '' : 's'}`
    : kind;
}

function phraseEvidence(evidence: readonly TieEvidence[]): string {
  const phrases = evidence.map((e) => {
    const name = e.detail ? ` "${e.detail}"` : '';
    switch (e.kind) {
      case 'group-chat':
        return `they share a group chat${name}`;
      case 'email':
        return `they were both on an email${name}`;
      case 'meeting':
        return `they were both at a meeting${name}`;
      case 'same-employer':
        return `they both work at ${e.detail}`;
      case 'imported':
        return `you listed them as connected (${e.detail})`;
      case 'owner':
        return e.detail;
    }
  });
  const unique = [...new Set(phrases)];
  if (unique.length <= 1) return unique[0] ?? 'they are connected';
  return `${unique.slice(0, -1).join(', ')} and ${unique[unique.length - 1]!.replace(/^they /, '')}`;
}

function tieSummary(tie: ScoredTie | undefined): { tieClass: string; messages: number } {
  return { tieClass: tie?.tieClass ?? 'never-interacted', messages: tie?.history.messages ?? 0 };
}

function personRef(network: EgoNetwork, node: number): PersonRef {
  const p = network.people[node - 1];
  return {
    personId: p?.id ?? 0,
    name: p?.displayName ?? '',
    company: p?.company ?? '',
    title: p?.title ?? '',
  };
}

function compareNodes(x: readonly number[], y: readonly number[]): number {
  for (let i = 0; i < Math.min(x.length, y.length); i += 1) {
    if (x[i] !== y[i]) return x[i]! - y[i]!;
  }
  return x.length - y.length;
}

export interface ClusterLabel {
  label: string;
  basis: Cluster['basis'];
  employers: { company: string; members: number }[];
}

/**
 * A cluster's label, as InMaps labelled its colours: the employer or group chat most members
 * share (an employer wins a tie). When that covers less than half the members the label says
 * "and others". Contacts' schools are not in the export, so no cluster is labelled by school.
 */
function labelCluster(network: EgoNetwork, members: readonly number[]): ClusterLabel {
  const byEmployer = new Map<string, { company: string; members: number }>();
  for (const node of members) {
    const key = network.companyKeys[node] ?? '';
    if (key === '') continue;
    const entry = byEmployer.get(key);
    if (entry) entry.members += 1;
    else byEmployer.set(key, { company: network.companyNames.get(key) ?? key, members: 1 });
  }
  const employers = [...byEmployer.values()].sort(
    (x, y) => y.members - x.members || x.company.localeCompare(y.company),
  );
  const inCluster = new Set(members);
  let bestGroup: { name: string; members: number } | undefined;
  for (const [id, nodes] of network.groupMembers) {
    const title = network.groups.get(id)?.title.trim() ?? '';
    if (title === '') continue;
    const count = nodes.filter((node) => inCluster.has(node)).length;
    if (count >= 2 && (!bestGroup || count > bestGroup.members))
      bestGroup = { name: title, members: count };
  }
  const topEmployer = employers[0];
  let basis: Cluster['basis'];
  if (topEmployer && topEmployer.members >= 2 && topEmployer.members >= (bestGroup?.members ?? 0)) {
    basis = { kind: 'employer', name: topEmployer.company, members: topEmployer.members };
  } else if (bestGroup) {
    basis = { kind: 'group-chat', name: bestGroup.name, members: bestGroup.members };
  } else if (topEmployer) {
    basis = { kind: 'mixed', name: topEmployer.company, members: topEmployer.members };
  } else {
    basis = { kind: 'none', name: '', members: 0 };
  }
  let label: string;
  if (basis.kind === 'none') label = `${members.length} people with no employer listed`;
  else if (basis.members * 2 < members.length) label = `${basis.name} and others`;
  else label = basis.name;
  return { label, basis, employers };
}

function countTiesInside(graph: CompactGraph, node: number, communities: Int32Array): number {
  let inside = 0;
  for (let a = graph.offsets[node]!; a < graph.offsets[node + 1]!; a += 1) {
    if (communities[graph.neighbours[a]!] === communities[node]) inside += 1;
  }
  return inside;
}

function countTiesByEvidence(network: EgoNetwork): GraphSummary['tiesByEvidence'] {
  const counts = { 'group-chat': 0, email: 0, meeting: 0, 'same-employer': 0, imported: 0 };
  for (const ids of network.sharedGroups.values()) {
    const kinds = new Set(ids.map((id) => network.groups.get(id)?.channel ?? ''));
    if (kinds.has('email')) counts.email += 1;
    if (kinds.has('calendar')) counts.meeting += 1;
    if ([...kinds].some((k) => k !== 'email' && k !== 'calendar')) counts['group-chat'] += 1;
  }
  const perCompany = new Map<string, number>();
  for (const key of network.companyKeys) {
    if (network.tiedEmployers.has(key)) perCompany.set(key, (perCompany.get(key) ?? 0) + 1);
  }
  for (const k of perCompany.values()) counts['same-employer'] += (k * (k - 1)) / 2;
  counts.imported = network.importedBetween.size;
  return counts;
}
