/**
 * JobOpportunity = Relevance * [w_d * S(m) * I(q) + (1 - w_d) * Closeness], times the dormancy
 * boost (docs/science.md sections 1 and 5), with novelty raised for bridges (structural.bridgeBoost). When m is unknown, S(m) is replaced by
 * structural.unknownMutualsNovelty (the population mean of S) and nothing claims to know m.
 */
import type { TieSettings } from './tie-settings.js';

export interface OpportunityInputs {
  relevance: number;
  /** w_d, the industry switch. */
  noveltyWeight: number;
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

export function jobOpportunity(inputs: OpportunityInputs, settings: TieSettings): number {
  const novelty =
    noveltyOf(inputs.structuralNovelty, inputs.interactionTerm, settings) *
    (inputs.bridgeFactor ?? 1);
  const wd = inputs.noveltyWeight;
  const boost = inputs.isDormant ? settings.dormancy.boost : 1;
  return inputs.relevance * (wd * novelty + (1 - wd) * inputs.closeness) * boost;
}
