/**
 * Closeness: the interaction-based strength of a tie, after Gilbert and Karahalios (2009)
 * (docs/science.md section 3). A linear model on log features with the published signs: days since
 * last contact lowers it, days since first contact (duration) raises it, messages and words
 * exchanged raise it, reciprocity raises it, and mutual connections act as a multiplier of
 * intimacy. "Never interacted" is its own state with its own constant, not a huge number of
 * days (docs/science.md section 3: the "days since" terms were inflated by such pairs).
 *
 * The linear score is squashed to [0, 1] with the logistic function (design choice: monotone,
 * keeps every sign, 0.5 where the linear score is 0, and no tie reaches exactly 0 or 1).
 */
import type { ContactHistory } from './contact-history.js';
import { measureContact } from './contact-history.js';
import type { TieFeatures } from './tie-features.js';
import { cleanCount } from './tie-features.js';
import type { TieSettings } from './tie-settings.js';

/**
 * Reciprocity in [0, 1] (Granovetter 1973, "reciprocal services"): balanced messaging and
 * initiative, replies to the owner's openings, and services (endorsements, recommendations,
 * introductions, who invited whom). Shares and weights: TieSettings.closeness.reciprocityParts.
 */
export function reciprocity(features: TieFeatures, settings: TieSettings): number {
  const parts = settings.closeness.reciprocityParts;
  const sent = cleanCount(features.messagesSent);
  const received = cleanCount(features.messagesReceived);
  const byOwner = cleanCount(features.conversationsStartedByOwner);
  const byThem = cleanCount(features.conversationsStartedByThem);

  const messageBalance = balance(sent, received);
  const balanceScore =
    byOwner + byThem > 0 ? (messageBalance + balance(byOwner, byThem)) / 2 : messageBalance;
  const replyRate = byOwner > 0 ? Math.min(1, cleanCount(features.repliesFromThem) / byOwner) : 0;
  const servicePoints =
    parts.endorsement * cleanCount(features.endorsementsReceived) +
    parts.recommendationReceived * cleanCount(features.recommendationsReceived) +
    parts.recommendationGiven * cleanCount(features.recommendationsGiven) +
    parts.introduction * cleanCount(features.introductionsLogged) +
    (features.invitationDirection === 'received' ? parts.invitedByThem : 0);
  // Saturating: the first recommendation says much more than the fifth.
  const services = 1 - Math.exp(-servicePoints);

  return parts.balance * balanceScore + parts.replies * replyRate + parts.services * services;
}

function balance(a: number, b: number): number {
  const high = Math.max(a, b);
  return high === 0 ? 0 : Math.min(a, b) / high;
}

/**
 * Closeness from measured history. `at: 'last-contact'` evaluates the tie as it stood
 * closeness.pastClosenessDays after the last contact (past strength, used for dormant ties and
 * the reconnect list); it is never below the current closeness.
 */
export function closenessFromHistory(
  history: ContactHistory,
  features: TieFeatures,
  settings: TieSettings,
  at: 'now' | 'last-contact' = 'now',
  recip: number = reciprocity(features, settings),
): number {
  const w = settings.closeness;
  if (!history.hasInteracted) {
    return logistic(w.intercept + w.neverInteracted + w.reciprocity * recip);
  }
  const now = history.daysSinceLast ?? 0;
  const daysSinceLast = at === 'now' ? now : Math.min(now, w.pastClosenessDays);
  const daysSinceFirst =
    at === 'now' ? (history.daysSinceFirst ?? 0) : (history.spanDays ?? 0) + daysSinceLast;
  const intimacy = Math.min(
    1,
    Math.log1p(history.messages) / Math.log1p(w.intimacySaturationMessages),
  );
  const mutuals = features.mutualConnections?.count;
  const structural =
    mutuals === undefined || !(mutuals >= 0)
      ? 0
      : Math.min(1, Math.log1p(mutuals) / Math.log1p(w.structuralSaturationMutuals));
  const z =
    w.intercept +
    w.lastContact * Math.log1p(daysSinceLast) +
    w.firstContact * Math.log1p(daysSinceFirst) +
    w.messages * Math.log1p(history.messages) +
    w.words * Math.log1p(history.words) +
    w.reciprocity * recip +
    w.intimacyStructural * intimacy * structural;
  return logistic(z);
}

/** Closeness of a tie in [0, 1] as of `now`. */
export function closeness(features: TieFeatures, now: Date, settings: TieSettings): number {
  return closenessFromHistory(measureContact(features, now, settings), features, settings);
}

function logistic(z: number): number {
  return 1 / (1 + Math.exp(-z));
}
