/**
 * The user's ego network recovered from everything the store holds (issue 5, item 2; docs/science.md
 * sections 1 and 6): LinkedIn's export lists connections but no ties among them, so ties between
 * two contacts are inferred from evidence, each kept with its kind and a weight:
 * - co-members of one conversation: co-recipients of an email, co-attendees of a meeting, members
 *   of a group chat (LinkedIn group messages, WhatsApp and other chats when imported);
 * - the same current employer (the export gives only the current company);
 * - edges the user imported (`weakties import-edges`).
 * The owner (the ego) is tied to every person the store knows. Per alter, mutual connections m
 * are the count the user recorded from LinkedIn when there is one, otherwise an estimate from
 * the evidence (computeAlterMutuals, docs/science.md section 9), marked `inferred`: the graph's
 * employer ties serve the network's structure (clusters, bridges), never the count itself.
 */
import { AppError } from '../core/app-error.js';
import {
  buildCompactGraphFromArrays,
  getDegree,
  type CompactGraph,
} from '../graph/compact-graph.js';
import { normaliseCompanyName } from '../core/ties/company-name.js';
import type { MutualConnections } from '../core/ties/tie-features.js';
import { estimateMutuals, type ContactAttributes } from '../graph/mutual-estimate.js';
import {
  loadConversationMembers,
  loadGroupConversations,
  loadImportedEdges,
  loadNetworkPeople,
  loadRecordedMutuals,
  type GroupConversation,
  type NetworkPerson,
} from '../store/network-store.js';
import type { Store } from '../store/open-store.js';
import { loadOwnerHistory } from '../store/owner-store.js';

export interface EgoNetworkOptions {
  /**
   * Conversations with more members than this, the owner included, tie nobody: a mailing list
   * or a large meeting says little about who knows whom. Default 10 (design choice, issue 5).
   */
  maxGroupSize?: number;
  /**
   * Companies with more of the user's contacts than this tie nobody by employer. Default 500
   * (design choice: at that size a shared employer says little about acquaintance, and the
   * bound keeps the cliques small: 30,000 contacts give at most 30,000 x 499 / 2, about 7.5
   * million, employer ties, and the 30,000-connection demo about 200,000).
   */
  maxEmployerContacts?: number;
}

export const DEFAULT_EGO_NETWORK_OPTIONS = { maxGroupSize: 10, maxEmployerContacts: 500 };

/** Kinds of evidence for a tie between two contacts. */
export type TieEvidenceKind =
  'group-chat' | 'email' | 'meeting' | 'same-employer' | 'imported' | 'owner';

export interface TieEvidence {
  kind: TieEvidenceKind;
  /** What it is in words: a conversation title, a company, an edge file and line. */
  detail: string;
}

export interface EgoNetworkStats {
  /** Conversations with two or more contacts that were used, and those too large to count. */
  groupsUsed: number;
  groupsIgnored: number;
  /** Companies that tie two or more contacts, and those above the size bound. */
  employersUsed: number;
  employersTooLarge: { company: string; contacts: number }[];
  importedEdges: number;
  recordedMutuals: number;
}

export interface EgoNetwork {
  /** Node 0 is the owner (id `owner`); node i > 0 is people[i - 1] (id: the person id). */
  graph: CompactGraph;
  ego: number;
  people: readonly NetworkPerson[];
  nodeOfPerson: ReadonlyMap<number, number>;
  /** normaliseCompanyName of each node's company; '' for the owner and the unemployed. */
  companyKeys: readonly string[];
  /** Every contact's company (key -> the most common spelling). */
  companyNames: ReadonlyMap<string, string>;
  /** Companies whose contacts were tied to each other (key -> shown name). */
  tiedEmployers: ReadonlyMap<string, string>;
  /** The owner's employers (key -> shown name), from Positions. */
  ownerEmployers: ReadonlyMap<string, string>;
  groups: ReadonlyMap<number, GroupConversation>;
  /** Nodes of the contacts in each conversation that was used. */
  groupMembers: ReadonlyMap<number, readonly number[]>;
  /** Conversations shared by each pair of nodes (key: pairKey). */
  sharedGroups: ReadonlyMap<number, readonly number[]>;
  /** Imported edges of each pair of nodes (key: pairKey). */
  importedBetween: ReadonlyMap<number, readonly { source: string; file: string; line: number }[]>;
  recorded: ReadonlyMap<number, MutualConnections>;
  options: Required<EgoNetworkOptions>;
  stats: EgoNetworkStats;
}

export const OWNER_NODE_ID = 'owner';

/** Builds the ego network of an account from its store. */
export async function buildEgoNetwork(
  store: Store,
  accountId: number,
  options: EgoNetworkOptions = {},
): Promise<EgoNetwork> {
  const settings = { ...DEFAULT_EGO_NETWORK_OPTIONS, ...options };
  checkBound('maxGroupSize', settings.maxGroupSize, 3);
  checkBound('maxEmployerContacts', settings.maxEmployerContacts, 2);
  const db = store.db;
  const [people, conversations, imported, recordedRows, owner] = await Promise.all([
    loadNetworkPeople(db, accountId),
    loadGroupConversations(db, accountId),
    loadImportedEdges(db, accountId),
    loadRecordedMutuals(db, accountId),
    loadOwnerHistory(db, accountId),
  ]);
  // Members counted with the owner: a 4-person email is the owner and 3 contacts.
  const usable = conversations.filter((c) => c.participants + 1 <= settings.maxGroupSize);
  const members = await loadConversationMembers(
    db,
    accountId,
    usable.map((c) => c.id),
  );

  const n = people.length + 1;
  const nodeOfPerson = new Map<number, number>();
  people.forEach((p, i) => nodeOfPerson.set(p.id, i + 1));
  const edges = new EdgeArrays();
  for (let node = 1; node < n; node += 1) edges.push(0, node, 1);

  const sharedGroups = new Map<number, number[]>();
  const groupMembers = new Map<number, number[]>();
  let start = 0;
  while (start < members.length) {
    const conversationId = members[start]!.conversationId;
    let end = start;
    while (end < members.length && members[end]!.conversationId === conversationId) end += 1;
    const nodes: number[] = [];
    for (let i = start; i < end; i += 1) {
      const node = nodeOfPerson.get(members[i]!.personId);
      if (node !== undefined) nodes.push(node);
    }
    nodes.sort((x, y) => x - y);
    groupMembers.set(conversationId, nodes);
    for (let i = 0; i < nodes.length; i += 1) {
      for (let j = i + 1; j < nodes.length; j += 1) {
        const u = nodes[i]!;
        const v = nodes[j]!;
        edges.push(u, v, 1);
        const key = u * n + v;
        const list = sharedGroups.get(key);
        if (list) list.push(conversationId);
        else sharedGroups.set(key, [conversationId]);
      }
    }
    start = end;
  }

  const companyKeys: string[] = [''];
  const byCompany = new Map<string, { name: string; nodes: number[] }>();
  const spellings = new Map<string, Map<string, number>>();
  people.forEach((p, i) => {
    const key = normaliseCompanyName(p.company);
    companyKeys.push(key);
    if (key === '') return;
    const entry = byCompany.get(key);
    if (entry) entry.nodes.push(i + 1);
    else byCompany.set(key, { name: p.company.trim(), nodes: [i + 1] });
    const counts = spellings.get(key) ?? new Map<string, number>();
    counts.set(p.company.trim(), (counts.get(p.company.trim()) ?? 0) + 1);
    spellings.set(key, counts);
  });
  // A company is shown as most of its people spell it ("Acme Inc." rather than one "ACME").
  const companyNames = new Map<string, string>();
  for (const [key, counts] of spellings) {
    let best = '';
    let bestCount = 0;
    for (const [name, count] of counts) {
      if (count > bestCount || (count === bestCount && name < best)) {
        best = name;
        bestCount = count;
      }
    }
    companyNames.set(key, best);
    const entry = byCompany.get(key);
    if (entry) entry.name = best;
  }
  const tiedEmployers = new Map<string, string>();
  const employersTooLarge: { company: string; contacts: number }[] = [];
  for (const [key, { name, nodes }] of byCompany) {
    if (nodes.length < 2) continue;
    if (nodes.length > settings.maxEmployerContacts) {
      employersTooLarge.push({ company: name, contacts: nodes.length });
      continue;
    }
    tiedEmployers.set(key, name);
    for (let i = 0; i < nodes.length; i += 1) {
      for (let j = i + 1; j < nodes.length; j += 1) edges.push(nodes[i]!, nodes[j]!, 1);
    }
  }

  const importedBetween = new Map<number, { source: string; file: string; line: number }[]>();
  let importedEdges = 0;
  for (const e of imported) {
    const u = nodeOfPerson.get(e.a);
    const v = nodeOfPerson.get(e.b);
    if (u === undefined || v === undefined || u === v) continue;
    edges.push(u, v, e.weight > 0 && Number.isFinite(e.weight) ? e.weight : 1);
    importedEdges += 1;
    const key = Math.min(u, v) * n + Math.max(u, v);
    const note = { source: e.source, file: e.sourceFile, line: e.sourceLine };
    const list = importedBetween.get(key);
    if (list) list.push(note);
    else importedBetween.set(key, [note]);
  }

  const graph = buildCompactGraphFromArrays({
    nodeCount: n,
    ...edges.toArrays(),
    ids: [OWNER_NODE_ID, ...people.map((p) => p.id)],
  });

  const recorded = new Map<number, MutualConnections>();
  for (const r of recordedRows) {
    if (!nodeOfPerson.has(r.personId) || !(r.count >= 0)) continue;
    recorded.set(r.personId, {
      count: Math.floor(r.count),
      source: r.source === 'imported' ? 'imported' : 'recorded',
    });
  }
  const ownerEmployers = new Map<string, string>();
  for (const position of owner.positions) {
    const key = normaliseCompanyName(position.company);
    if (key !== '' && !ownerEmployers.has(key)) ownerEmployers.set(key, position.company.trim());
  }
  employersTooLarge.sort((x, y) => y.contacts - x.contacts);
  return {
    graph,
    ego: 0,
    people,
    nodeOfPerson,
    companyKeys,
    companyNames,
    tiedEmployers,
    ownerEmployers,
    groups: new Map(usable.map((c) => [c.id, c])),
    groupMembers,
    sharedGroups,
    importedBetween,
    recorded,
    options: settings,
    stats: {
      groupsUsed: usable.length,
      groupsIgnored: conversations.length - usable.length,
      employersUsed: tiedEmployers.size,
      employersTooLarge,
      importedEdges,
      recordedMutuals: recorded.size,
    },
  };
}

export interface AlterMutuals extends MutualConnections {
  /** Degree within the ego network, the tie to the owner included. */
  degree: number;
}

/**
 * Mutual connections of every alter with any evidence (docs/science.md section 9): the recorded
 * count when there is one, else the estimate from evidence (source `inferred`, with its range and
 * what it rests on): contacts seen with them in one conversation or meeting count as known, and
 * colleagues at their employer add a probability that falls with the employer's size in the
 * network (graph/mutual-estimate.ts). An alter with no company and no shared conversation is left
 * out: its m is unknown, not zero (tie-features.ts).
 */
export function computeAlterMutuals(network: EgoNetwork): Map<number, AlterMutuals> {
  const result = new Map<number, AlterMutuals>();
  const { graph, people, recorded } = network;
  const contacts: ContactAttributes[] = people.map((_, i) => ({
    employers: network.companyKeys[i + 1] ? [network.companyKeys[i + 1]!] : [],
    schools: [],
    locations: [],
  }));
  const coMemberships = [...network.groupMembers.values()].map((nodes) => nodes.map((v) => v - 1));
  const estimates = estimateMutuals(
    { contacts, coMemberships },
    { baseCap: PRODUCT_MUTUAL_BASE_CAP },
  );
  for (let node = 1; node < graph.nodeCount; node += 1) {
    const personId = people[node - 1]!.id;
    const degree = getDegree(graph, node);
    const given = recorded.get(personId);
    if (given) {
      result.set(personId, { ...given, degree });
      continue;
    }
    const e = estimates[node - 1]!;
    const companyKey = network.companyKeys[node] ?? '';
    if (companyKey === '' && e.observed === 0) continue;
    result.set(personId, {
      count: Math.round(e.expected),
      source: 'inferred',
      degree,
      estimate: {
        low: Math.floor(e.low),
        high: Math.ceil(e.high),
        observed: e.observed,
        colleagues: e.sameEmployer,
        employer: companyKey === '' ? '' : (network.companyNames.get(companyKey) ?? ''),
      },
    });
  }
  return result;
}

/**
 * In the user's own network, pairs that share nothing known add at most one expected mutual
 * connection per contact (design choice on the paper's distribution, docs/science.md section 9:
 * a third of LinkedIn ties have 0 or 1 mutual connections, the mean is 9.71, so nothing shared
 * places a contact at the top of that lowest tercile rather than at a Facebook-like density).
 */
export const PRODUCT_MUTUAL_BASE_CAP = 1;

/**
 * Per person: mutual connections (recorded, else inferred from the recovered graph) and degree
 * within the ego network, for the tie model (issue 5, item 5).
 */
export async function inferMutuals(
  store: Store,
  accountId: number,
  options: EgoNetworkOptions = {},
): Promise<Map<number, AlterMutuals>> {
  return computeAlterMutuals(await buildEgoNetwork(store, accountId, options));
}

/** The key of an unordered pair of nodes in the maps of an EgoNetwork. */
export function pairKey(network: EgoNetwork, u: number, v: number): number {
  return Math.min(u, v) * network.graph.nodeCount + Math.max(u, v);
}

/** Why two nodes are tied, strongest evidence first; empty when they are not. */
export function describeTieEvidence(network: EgoNetwork, u: number, v: number): TieEvidence[] {
  const evidence: TieEvidence[] = [];
  if (u === network.ego || v === network.ego) {
    const other = u === network.ego ? v : u;
    const key = network.companyKeys[other] ?? '';
    const employer = key === '' ? undefined : network.ownerEmployers.get(key);
    if (employer !== undefined) evidence.push({ kind: 'owner', detail: `worked at ${employer}` });
    else evidence.push({ kind: 'owner', detail: 'your contact' });
    return evidence;
  }
  const key = pairKey(network, u, v);
  for (const id of network.sharedGroups.get(key) ?? []) {
    const group = network.groups.get(id);
    if (!group) continue;
    evidence.push({ kind: groupKind(group.channel), detail: group.title.trim() });
  }
  const companyKey = network.companyKeys[u] ?? '';
  if (companyKey !== '' && companyKey === network.companyKeys[v]) {
    const name = network.tiedEmployers.get(companyKey);
    if (name !== undefined) evidence.push({ kind: 'same-employer', detail: name });
  }
  for (const e of network.importedBetween.get(key) ?? []) {
    evidence.push({ kind: 'imported', detail: `${e.file}:${e.line}` });
  }
  return evidence;
}

function groupKind(channel: string): TieEvidenceKind {
  if (channel === 'email') return 'email';
  if (channel === 'calendar') return 'meeting';
  return 'group-chat';
}

function checkBound(name: string, value: number, min: number): void {
  if (!Number.isSafeInteger(value) || value < min) {
    throw new AppError('usage', `${name} must be a whole number of at least ${min}, got ${value}`);
  }
}

/** Edge endpoints and weights in growable typed arrays: a 30,000-person network has ~10^5 ties. */
class EdgeArrays {
  private sources = new Int32Array(1024);
  private targets = new Int32Array(1024);
  private weights = new Float64Array(1024);
  private count = 0;

  push(u: number, v: number, weight: number): void {
    if (this.count === this.sources.length) {
      const capacity = this.count * 2;
      this.sources = grow(this.sources, new Int32Array(capacity));
      this.targets = grow(this.targets, new Int32Array(capacity));
      this.weights = grow(this.weights, new Float64Array(capacity));
    }
    this.sources[this.count] = u;
    this.targets[this.count] = v;
    this.weights[this.count] = weight;
    this.count += 1;
  }

  toArrays(): { sources: Int32Array; targets: Int32Array; weights: Float64Array } {
    return {
      sources: this.sources.subarray(0, this.count),
      targets: this.targets.subarray(0, this.count),
      weights: this.weights.subarray(0, this.count),
    };
  }
}

function grow<T extends Int32Array | Float64Array>(from: T, to: T): T {
  to.set(from);
  return to;
}

/**
 * The same graph with the owner tied only to the contacts `keep` accepts (none: the contacts'
 * own network; those the owner talks to: the graph introductions travel on). Node numbers and
 * ids are unchanged, so results index the same people.
 */
export function keepOwnerTies(
  graph: CompactGraph,
  ego: number,
  keep: (node: number) => boolean,
): CompactGraph {
  const { offsets, neighbours, weights } = graph;
  const sources = new Int32Array(graph.edgeCount);
  const targets = new Int32Array(graph.edgeCount);
  const kept = new Float64Array(graph.edgeCount);
  let count = 0;
  for (let u = 0; u < graph.nodeCount; u += 1) {
    for (let a = offsets[u]!; a < offsets[u + 1]!; a += 1) {
      const v = neighbours[a]!;
      if (v <= u) continue;
      if (u === ego && !keep(v)) continue;
      sources[count] = u;
      targets[count] = v;
      kept[count] = weights ? weights[a]! : 1;
      count += 1;
    }
  }
  return buildCompactGraphFromArrays({
    nodeCount: graph.nodeCount,
    sources: sources.subarray(0, count),
    targets: targets.subarray(0, count),
    weights: kept.subarray(0, count),
    ids: graph.ids,
  });
}
