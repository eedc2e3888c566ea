import { normaliseCompanyName } from '../core/ties/company-name.js';
import { emptyTieFeatures, type TieFeatures } from '../core/ties/tie-features.js';
import { getDegree } from '../graph/compact-graph.js';
import { metAtEvent } from '../core/ties/met-at-event.js';
import { loadOwnerEvents } from '../store/shared-facts-store.js';
import {
  loadMessageRows,
  loadParticipantRows,
  loadPeopleBasics,
  loadSignalRows,
  type MessageRow,
  type PersonBasics,
} from '../store/interactions-store.js';
import type { Store } from '../store/open-store.js';
import { getOwnerProfile, loadOwnerHistory } from '../store/owner-store.js';
import { inferIndustry } from '../core/industries/infer-industry.js';
import { industryToNaicsSector } from '../core/industries/linkedin-industries.js';
import { parseTitle } from '../core/titles/parse-title.js';
import { DEFAULT_LEIDEN_SEED, detectCommunitiesLeiden } from '../graph/leiden.js';
import { rankBridges } from '../graph/rank-bridges.js';
import { createSeededRng } from '../core/seeded-rng.js';
import {
  buildEgoNetwork,
  computeAlterMutuals,
  keepOwnerTies,
  type EgoNetwork,
} from './build-ego-network.js';

/**
 * A silence this long starts a new conversation within the same thread, so "who started it"
 * and "did they answer" are counted per occasion, not once per thread. Design choice.
 */
export const NEW_CONVERSATION_AFTER_DAYS = 30;
const DAY_MS = 86_400_000;

export interface NetworkTies {
  people: Map<number, PersonBasics>;
  features: TieFeatures[];
}

/**
 * Features of every tie from what the store holds (issue 4, item 2). Messages in one-to-one
 * conversations count for the pair in both directions; in group conversations only the
 * contact's own messages count as received (a broadcast to a group is not a message to each).
 * Mutual connections are the counts the user recorded or imported, else estimated from the
 * evidence among the user's contacts (build-ego-network.ts, docs/science.md section 9); a person
 * with no evidence at all keeps them undefined, never 0.
 */
export async function computeTieFeatures(store: Store, accountId: number): Promise<NetworkTies> {
  const db = store.db;
  const [basics, messages, participants, signals, owner, network, profile, events] =
    await Promise.all([
      loadPeopleBasics(db, accountId),
      loadMessageRows(db, accountId),
      loadParticipantRows(db, accountId),
      loadSignalRows(db, accountId),
      loadOwnerHistory(db, accountId),
      buildEgoNetwork(store, accountId),
      getOwnerProfile(db, accountId),
      loadOwnerEvents(db, accountId),
    ]);
  const mutuals = computeAlterMutuals(network);
  const people = new Map(basics.map((p) => [p.id, p]));
  const features = new Map<number, TieFeatures>();
  for (const p of basics) {
    const f = emptyTieFeatures(String(p.id));
    f.isConnection = p.connectedOn !== null;
    if (p.connectedOn) f.connectedOn = p.connectedOn;
    if (p.company) f.company = p.company;
    if (p.title) f.title = p.title;
    const met = metAtEvent(p.connectedOn, events);
    if (met) f.metAtEvent = met.name;
    features.set(p.id, f);
  }

  const membersOf = new Map<number, number[]>();
  for (const row of participants) {
    const list = membersOf.get(row.conversationId);
    if (list) list.push(row.personId);
    else membersOf.set(row.conversationId, [row.personId]);
  }
  let start = 0;
  while (start < messages.length) {
    const conversationId = messages[start]?.conversationId;
    let end = start;
    while (end < messages.length && messages[end]?.conversationId === conversationId) end += 1;
    const members = membersOf.get(conversationId ?? -1) ?? [];
    addConversation(messages, start, end, members, features);
    start = end;
  }

  for (const e of signals.endorsements)
    bump(features, e.personId, (f) => (f.endorsementsReceived += 1));
  for (const r of signals.recommendations) {
    bump(features, r.personId, (f) =>
      r.direction === 'received' ? (f.recommendationsReceived += 1) : (f.recommendationsGiven += 1),
    );
  }
  for (const i of signals.invitations) {
    bump(
      features,
      i.personId,
      (f) => (f.invitationDirection = i.direction === 'out' ? 'sent' : 'received'),
    );
  }
  for (const m of signals.recordedMutuals) {
    bump(features, m.personId, (f) => {
      f.mutualConnections = {
        count: m.count,
        source: m.source === 'imported' ? 'imported' : 'recorded',
      };
    });
  }
  // The owner is tied to everybody in the ego network, so the owner's degree there is the
  // number of people. A contact's degree there counts whole employers, so it stands beside a
  // recorded m only; an estimated m gets no overlap figure rather than a made-up one.
  for (const [personId, m] of mutuals) {
    bump(features, personId, (f) => {
      if (m.source === 'inferred' && f.mutualConnections === undefined) {
        f.mutualConnections = {
          count: m.count,
          source: 'inferred',
          ...(m.estimate ? { estimate: m.estimate } : {}),
        };
      }
      f.ownerDegree = basics.length;
      if (f.mutualConnections?.source !== 'inferred') f.contactDegree = m.degree;
    });
  }

  const pastEmployers = new Set(
    owner.positions.map((p) => normaliseCompanyName(p.company)).filter(Boolean),
  );
  for (const f of features.values()) {
    if (f.company && pastEmployers.has(normaliseCompanyName(f.company))) f.formerColleague = true;
  }
  inferIndustries(features, pastEmployers, profile?.industry ?? '');
  markBridges(network, features);
  return { people, features: [...features.values()] };
}

/**
 * Bridges (issue 5, "feed the bridge score into the tie model"): clusters of the contacts' own
 * network (Leiden, seeded, the same as `weakties clusters`) that only one contact the user is in
 * touch with connects them to (Burt 2004). Counted on the graph introductions travel on: the
 * owner tied only to the people they have messaged.
 */
function markBridges(network: EgoNetwork, features: Map<number, TieFeatures>): void {
  const { graph, ego, people } = network;
  if (graph.nodeCount < 3) return;
  const isWarm = (node: number): boolean => {
    const f = features.get(people[node - 1]?.id ?? -1);
    return f !== undefined && f.messagesSent + f.messagesReceived > 0;
  };
  const contactGraph = keepOwnerTies(graph, ego, () => false);
  const { communities } = detectCommunitiesLeiden(contactGraph, {
    rng: createSeededRng(DEFAULT_LEIDEN_SEED),
  });
  // Clusters for the wave's spread (tell-wave.ts); a contact with no known tie is its own island.
  for (let node = 1; node < graph.nodeCount; node += 1) {
    const f = features.get(people[node - 1]?.id ?? -1);
    const community = communities[node];
    if (f && community !== undefined && getDegree(contactGraph, node) > 0) f.cluster = community;
  }
  const introductionGraph = keepOwnerTies(graph, ego, isWarm);
  for (const bridge of rankBridges(introductionGraph, ego, communities, {
    limit: graph.nodeCount,
  })) {
    const f = features.get(people[bridge.alter - 1]?.id ?? -1);
    if (f) f.bridgeClusters = bridge.exclusiveCommunities.length;
  }
}

/**
 * Contact industries where the evidence allows (core/industries/infer-industry.ts): the user's
 * own profile industry for the companies the user worked at, the company name's words, the
 * title's function. Inferred once per distinct company and title.
 */
function inferIndustries(
  features: Map<number, TieFeatures>,
  pastEmployers: ReadonlySet<string>,
  ownerIndustry: string,
): void {
  const ownerSector = industryToNaicsSector(ownerIndustry);
  const seen = new Map<string, ReturnType<typeof inferIndustry>>();
  for (const f of features.values()) {
    if (f.industry !== undefined || !f.company) continue;
    const key = `${f.company}\u0000${f.title ?? ''}`;
    let inferred = seen.get(key);
    if (!seen.has(key)) {
      const own =
        ownerSector !== undefined && pastEmployers.has(normaliseCompanyName(f.company))
          ? { sector: ownerSector, industry: ownerIndustry.trim() }
          : undefined;
      inferred = inferIndustry({
        company: f.company,
        titleFunction: parseTitle(f.title).function,
        ...(own ? { ownSector: own } : {}),
      });
      seen.set(key, inferred);
    }
    if (inferred) {
      f.industry = inferred.sector;
      f.industryEvidence = { confidence: inferred.confidence, evidence: inferred.evidence };
    }
  }
}

function bump(
  features: Map<number, TieFeatures>,
  personId: number,
  change: (f: TieFeatures) => void,
): void {
  const f = features.get(personId);
  if (f) change(f);
}

function addConversation(
  rows: MessageRow[],
  start: number,
  end: number,
  members: number[],
  features: Map<number, TieFeatures>,
): void {
  const isPair = members.length === 1;
  const contact = isPair ? features.get(members[0] ?? -1) : undefined;
  let occasionStarter: 'owner' | 'them' | undefined;
  let occasionAnswered = false;
  let lastAt = -Infinity;
  for (let i = start; i < end; i += 1) {
    const m = rows[i];
    if (!m) continue;
    const at = Date.parse(m.sentAt);
    const stamp = Number.isNaN(at) ? lastAt : at;
    if (m.direction === 'in' && m.senderPersonId !== null) {
      const sender = features.get(m.senderPersonId);
      if (sender) {
        sender.messagesReceived += 1;
        sender.wordsReceived += m.wordCount;
        touch(sender, m.sentAt);
      }
    }
    if (!contact) continue;
    if (m.direction === 'out') {
      contact.messagesSent += 1;
      contact.wordsSent += m.wordCount;
      touch(contact, m.sentAt);
    }
    const isNewOccasion =
      occasionStarter === undefined || stamp - lastAt > NEW_CONVERSATION_AFTER_DAYS * DAY_MS;
    if (isNewOccasion) {
      occasionStarter = m.direction === 'out' ? 'owner' : 'them';
      occasionAnswered = false;
      if (occasionStarter === 'owner') contact.conversationsStartedByOwner += 1;
      else contact.conversationsStartedByThem += 1;
    } else if (occasionStarter === 'owner' && m.direction === 'in' && !occasionAnswered) {
      occasionAnswered = true;
      contact.repliesFromThem += 1;
    }
    lastAt = stamp;
  }
}

function touch(f: TieFeatures, at: string): void {
  if (!at) return;
  if (f.firstInteractionAt === undefined || at < f.firstInteractionAt) f.firstInteractionAt = at;
  if (f.lastInteractionAt === undefined || at > f.lastInteractionAt) f.lastInteractionAt = at;
}
