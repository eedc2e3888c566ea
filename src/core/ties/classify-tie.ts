/**
 * Tie classes shown to users. Strength reads both axes: closeness (interaction, docs/science.md
 * section 3) and mutual connections (structure, docs/science.md section 1). Thresholds live in
 * TieSettings.classes and TieSettings.structural.
 *
 * - strong: closeness >= classes.strongCloseness (0.6).
 * - moderately weak: closeness >= classes.moderatelyWeakCloseness (0.2), or m on the rising
 *   side of the inverted U from structural.moderatelyWeakMinMutuals (2, out of the paper's
 *   weakest tercile 0-1) up to the peak band (S(m) >= structural.nearPeakNovelty: m = 6 to 15 at
 *   m* = 10), where the paper's moderately weak ties transmit most jobs. Past the peak (the
 *   falling side, m = 16 and more at m* = 10) many shared contacts make a tie embedded, not
 *   moderately weak: closeness alone decides.
 * - moderately weak too: met at an event the user attended (met-at-event.ts), unless past the
 *   peak; "met at a conference" is the method's example of a moderately weak tie.
 * - weak: the rest.
 * A dormant tie is judged on its past closeness (its strength on the day of last contact), so
 * "a strong, dormant tie" means a close tie that went quiet (Levin et al. 2011).
 *
 * The class adds two states before strength: `dormant` (a past relationship with no contact for
 * dormancy.dormantAfterYears) and `never-interacted` (Gilbert and Karahalios 2009: its own
 * state, not a huge number of days).
 */
import { mutualBand } from './structural-novelty.js';
import type { TieSettings } from './tie-settings.js';

export type TieStrength = 'strong' | 'moderately-weak' | 'weak';
export type TieClass = TieStrength | 'dormant' | 'never-interacted';

export interface TieClassInput {
  closeness: number;
  /** Closeness on the day of the last contact; used for dormant ties. */
  pastCloseness: number | undefined;
  /** Mutual connections, undefined when unknown. */
  mutuals: number | undefined;
  hasInteracted: boolean;
  isDormant: boolean;
  /** They met at an event the user attended (met-at-event.ts). */
  metAtEvent?: boolean;
}

export function tieStrength(input: TieClassInput, settings: TieSettings): TieStrength {
  const value = input.isDormant ? (input.pastCloseness ?? input.closeness) : input.closeness;
  if (value >= settings.classes.strongCloseness) return 'strong';
  if (value >= settings.classes.moderatelyWeakCloseness) return 'moderately-weak';
  if (
    input.mutuals !== undefined &&
    input.mutuals >= settings.structural.moderatelyWeakMinMutuals &&
    mutualBand(
      input.mutuals,
      settings.structural.peakMutuals,
      settings.structural.nearPeakNovelty,
    ) !== 'falling'
  ) {
    return 'moderately-weak';
  }
  // Met at an event: an acquaintance, not a stranger, unless many shared contacts already make
  // the tie embedded (the falling side of the inverted U).
  if (
    input.metAtEvent &&
    (input.mutuals === undefined ||
      mutualBand(
        input.mutuals,
        settings.structural.peakMutuals,
        settings.structural.nearPeakNovelty,
      ) !== 'falling')
  ) {
    return 'moderately-weak';
  }
  return 'weak';
}

export function classifyTie(input: TieClassInput, settings: TieSettings): TieClass {
  if (input.isDormant) return 'dormant';
  // Meeting in person at an event is contact, though no message was ever exchanged.
  if (!input.hasInteracted && !input.metAtEvent) return 'never-interacted';
  return tieStrength(input, settings);
}

const STRENGTH_WORDS: Readonly<Record<TieStrength, string>> = {
  strong: 'strong',
  'moderately-weak': 'moderately weak',
  weak: 'weak',
};

export function describeStrength(strength: TieStrength): string {
  return STRENGTH_WORDS[strength];
}
