/**
 * Every figure behind one tie's score (score-tie.ts computes them; explain-tie.ts words them).
 */
import type { TitleInfo } from '../titles/parse-title.js';
import type { TieFactor } from './explain-tie.js';
import type { TieClass, TieStrength } from './classify-tie.js';
import type { ContactHistory } from './contact-history.js';
import type { RelevanceResult } from './relevance.js';
import type { MutualBand, MutualTercile } from './structural-novelty.js';
import type { MutualConnections, TieFeatures } from './tie-features.js';

/** What the tie is compared against: its messaging percentile among the user's contacts. */
export interface TieContext {
  /** q in [0, 1], from messagePercentiles over all of the user's contacts. */
  interactionPercentile: number;
}

export interface TieFigures {
  personId: string;
  features: TieFeatures;
  title: TitleInfo;
  history: ContactHistory;
  closeness: number;
  /** Closeness on the day of last contact; undefined for pairs that never interacted. */
  pastCloseness: number | undefined;
  reciprocity: number;
  /** Undefined when unknown; the count as given otherwise. */
  mutuals: MutualConnections | undefined;
  mutualTercile: MutualTercile | undefined;
  /** Where m sits on the inverted U; undefined when m is unknown. */
  mutualBand: MutualBand | undefined;
  /** S(m); undefined when m is unknown. */
  structuralNovelty: number | undefined;
  overlap: number | undefined;
  isOverlapWeak: boolean | undefined;
  interactionPercentile: number;
  /** I(q). */
  interactionTerm: number;
  /** S(m) * I(q), or unknownMutualsNovelty * I(q) when m is unknown. */
  novelty: number;
  noveltyBasis: 'mutuals-and-interaction' | 'interaction-only';
  /** The Relevance multiplier. */
  relevance: number;
  /** Which goals the contact matches and the seniority fit behind `relevance`. */
  goalMatch: RelevanceResult;
  /** w_d. */
  noveltyWeight: number;
  /** 1, or dormancy.boost for dormant ties. */
  dormantBoost: number;
  opportunity: number;
  strength: TieStrength;
  tieClass: TieClass;
}

export interface ScoredTie extends TieFigures {
  /** One plain-English sentence naming the inputs and their effect (worded on first read). */
  readonly explanation: string;
  /** Each input with its value, effect and source, for UIs. */
  readonly factors: readonly TieFactor[];
}
