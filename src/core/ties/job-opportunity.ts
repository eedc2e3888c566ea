/**
 * JobOpportunity (docs/science.md section 1, "What changed in the blend"): novelty
 * S(m) * I(q) (raised for bridges, structural.bridgeBoost), times relevance and the dormancy
 * boost (less digital targets only), with closeness entering only where the paper found that
 * stronger ties help:
 *
 * - digital target industry, or no industry that says which (the paper's pooled result):
 *   Relevance * S(m) * I(q). The score never rises with interaction intensity, as in the
 *   paper's Figure 3 for the more digital industries. Closeness is still measured: it is the
 *   tie's responsiveness, which decides how to ask (a direct ask or a warm-up), not whom.
 * - less digital target industry: Relevance * [w_d * S(m) * I(q) + (1 - w_d) * Closeness], so
 *   stronger ties may score higher, as the paper found there.
 *
 * When m is unknown, S(m) is replaced by structural.unknownMutualsNovelty (the population mean
 * of S) and nothing claims to know m.
 */
import type { IndustryClass } from './relevance.js';
import type { TieSettings } from './tie-settings.js';

export interface OpportunityInputs {
  relevance: number;
  /** w_d, the industry switch. */
  noveltyWeight: number;
  /** Which side of the paper's industry split the tie's target industry is on. */
  industryClass: IndustryClass;
  /** S(m); undefined when the mutual-connection count is unknown. */
  structuralNovelty: number | undefined;
  /** I(q). */
  interactionTerm: number;
  closeness: number;
  isDormant: boolean;
  /** structural.bridgeBoost for a bridge to a cluster reached through nobody else, else 1. */
  bridgeFactor?: number;
}

/** S(m) * I(q), or the average novelty times I(q) when m is unknown. */
export function noveltyOf(
  structural: number | undefined,
  interaction: number,
  settings: TieSettings,
): number {
  return (structural ?? settings.structural.unknownMutualsNovelty) * interaction;
}

/** The weight closeness gets in the score: 1 - w_d for a less digital target, else 0. */
export function closenessWeight(industryClass: IndustryClass, noveltyWeight: number): number {
  return industryClass === 'non-digital' ? 1 - noveltyWeight : 0;
}

export function jobOpportunity(inputs: OpportunityInputs, settings: TieSettings): number {
  const novelty =
    noveltyOf(inputs.structuralNovelty, inputs.interactionTerm, settings) *
    (inputs.bridgeFactor ?? 1);
  // The dormancy boost needs a past relationship (messages), so for a digital target it would
  // let more past messages raise the score; there it stays in the reconnect list (Levin et al.
  // 2011, rank-reconnect.ts) and out of this score.
  if (inputs.industryClass !== 'non-digital') return inputs.relevance * novelty;
  const boost = inputs.isDormant ? settings.dormancy.boost : 1;
  const wd = inputs.noveltyWeight;
  return inputs.relevance * (wd * novelty + (1 - wd) * inputs.closeness) * boost;
}
