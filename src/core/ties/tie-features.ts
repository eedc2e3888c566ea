/**
 * What the model knows about one tie between the owner and a contact. Services fill it from the
 * store; the model never reads anything else. Counts come from imported messages and records
 * (docs/formats.md); anything a source does not carry stays undefined and the model says "unknown".
 */
import type { NaicsSectorCode } from '../industries/naics-sectors.js';

/**
 * Mutual connections m (docs/science.md section 1). `recorded`: typed by the user from the
 * platform; `imported`: from a source that carries counts; `inferred`: estimated from evidence
 * (docs/science.md section 9), with its range and basis in `estimate`. LinkedIn's export has none
 * (docs/science.md section 6), so undefined is common and means unknown, never zero.
 */
export interface MutualConnections {
  count: number;
  source: 'recorded' | 'imported' | 'inferred';
  estimate?: MutualEstimateBasis;
}

/** What an estimated m rests on, for the words users read. */
export interface MutualEstimateBasis {
  /** Likely range (10th to 90th percentile on real networks). */
  low: number;
  high: number;
  /** Contacts seen with this one in a conversation or meeting: known, so a floor. */
  observed: number;
  /** Other contacts at the same employer, and its name ('' when none). */
  colleagues: number;
  employer: string;
}

export interface TieFeatures {
  personId: string;
  messagesSent: number;
  messagesReceived: number;
  /** Zero when message bodies were not kept (docs/product.md, privacy): words then add nothing. */
  wordsSent: number;
  wordsReceived: number;
  /** Conversations (a message after a silence, or a new thread) the owner started. */
  conversationsStartedByOwner: number;
  conversationsStartedByThem: number;
  /** Conversations the owner started that they answered. */
  repliesFromThem: number;
  /** ISO 8601; undefined when the pair never interacted or the date is unknown. */
  firstInteractionAt?: string;
  lastInteractionAt?: string;
  endorsementsReceived: number;
  recommendationsReceived: number;
  recommendationsGiven: number;
  /** Introductions either of them made for the other, logged in weakties. */
  introductionsLogged: number;
  /** Who sent the connection invitation, when known. */
  invitationDirection?: 'sent' | 'received';
  /** `YYYY-MM-DD` or ISO 8601. */
  connectedOn?: string;
  /** False for people known from other sources or added by hand but not connected on LinkedIn. */
  isConnection: boolean;
  mutualConnections?: MutualConnections;
  /** Degrees k_u, k_v for the overlap O (docs/science.md section 1), when known. */
  ownerDegree?: number;
  contactDegree?: number;
  company?: string;
  title?: string;
  /** NAICS sector of the contact's employer, when known. */
  industry?: NaicsSectorCode;
  /** When the sector was inferred: how sure, and from what (core/industries/infer-industry.ts). */
  industryEvidence?: { confidence: number; evidence: string };
  /**
   * The contact's cluster in the user's network (Leiden over the ties among contacts, the same
   * communities as `weakties clusters`); undefined when the network was not analysed or the
   * contact has no known ties.
   */
  cluster?: number;
  /**
   * The event the user attended just before the two connected (core/ties/met-at-event.ts): they
   * met there, the method's example of a moderately weak tie.
   */
  metAtEvent?: string;
  /** Worked at the same company as the owner at some point (docs/product.md "Reconnect"). */
  formerColleague?: boolean;
  /**
   * Clusters of the user's network that only this contact connects them to (the network
   * engine's bridges, Burt 2004); undefined when the network was not analysed.
   */
  bridgeClusters?: number;
}

/** A tie with every count zero and nothing known: a base for services and tests. */
export function emptyTieFeatures(personId: string): TieFeatures {
  return {
    personId,
    messagesSent: 0,
    messagesReceived: 0,
    wordsSent: 0,
    wordsReceived: 0,
    conversationsStartedByOwner: 0,
    conversationsStartedByThem: 0,
    repliesFromThem: 0,
    endorsementsReceived: 0,
    recommendationsReceived: 0,
    recommendationsGiven: 0,
    introductionsLogged: 0,
    isConnection: true,
  };
}

/** A count from untrusted input: negative, fractional or non-finite values never reach the model. */
export function cleanCount(value: number | undefined): number {
  return value !== undefined && Number.isFinite(value) && value > 0 ? Math.floor(value) : 0;
}
