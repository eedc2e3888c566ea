/**
 * When and how often the owner and a contact were in touch: the time dimension of tie strength
 * (Granovetter 1973; docs/science.md sections 2, 3 and 5). Pure: `now` is passed in.
 */
import type { TieFeatures } from './tie-features.js';
import { cleanCount } from './tie-features.js';
import type { TieSettings } from './tie-settings.js';

/** Granovetter's bands (docs/science.md section 2), plus `never` for pairs with no contact at all. */
export type FrequencyBand = 'often' | 'occasionally' | 'rarely' | 'never';

export interface ContactHistory {
  /** Messages exchanged, both directions. */
  messages: number;
  words: number;
  /** Occasions of contact: conversations started by either side (see `countOccasions`). */
  occasions: number;
  firstAt: number | undefined;
  lastAt: number | undefined;
  daysSinceFirst: number | undefined;
  daysSinceLast: number | undefined;
  /** Days from first to last contact. */
  spanDays: number | undefined;
  contactsPerYear: number;
  /** Messages a year over the same span: how much they write, apart from how often they meet. */
  messagesPerYear: number;
  band: FrequencyBand;
  hasInteracted: boolean;
  /** Enough past contact to call the tie a relationship (dormancy needs one). */
  hadRelationship: boolean;
  isDormant: boolean;
  isFading: boolean;
}

const DAY_MS = 86_400_000;
const DAYS_PER_YEAR = 365.25;
const MESSAGE_RATE_MINIMUM_DAYS = 30;

/** An ISO date as epoch milliseconds; undefined when missing or unreadable. */
export function parseInstant(value: string | undefined): number | undefined {
  if (value === undefined || value.length > 64) return undefined;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? undefined : ms;
}

/**
 * Occasions of contact. Conversations started by either side count one each (a message and its
 * replies are one occasion); when a source gives messages but no conversations, a message and a
 * reply make one occasion (design choice), so "2 messages in 2021" is one contact that year.
 */
export function countOccasions(features: TieFeatures, messages: number, hasDate: boolean): number {
  const conversations =
    cleanCount(features.conversationsStartedByOwner) +
    cleanCount(features.conversationsStartedByThem);
  if (conversations > 0) return conversations;
  if (messages > 0) return Math.ceil(messages / 2);
  return hasDate ? 1 : 0;
}

/** Granovetter's band for a contact rate (docs/science.md section 2). */
export function frequencyBand(contactsPerYear: number, settings: TieSettings): FrequencyBand {
  if (!(contactsPerYear > 0)) return 'never';
  if (contactsPerYear >= settings.bands.oftenPerWeek * (DAYS_PER_YEAR / 7)) return 'often';
  if (contactsPerYear <= settings.bands.rarelyPerYear) return 'rarely';
  return 'occasionally';
}

export function measureContact(
  features: TieFeatures,
  now: Date,
  settings: TieSettings,
): ContactHistory {
  const nowMs = now.getTime();
  const messages = cleanCount(features.messagesSent) + cleanCount(features.messagesReceived);
  const words = cleanCount(features.wordsSent) + cleanCount(features.wordsReceived);
  let firstAt = parseInstant(features.firstInteractionAt);
  let lastAt = parseInstant(features.lastInteractionAt);
  // One known end stands for both; swapped ends are put back in order.
  firstAt ??= lastAt;
  lastAt ??= firstAt;
  if (firstAt !== undefined && lastAt !== undefined && firstAt > lastAt) {
    [firstAt, lastAt] = [lastAt, firstAt];
  }
  const hasDate = lastAt !== undefined;
  const occasions = countOccasions(features, messages, hasDate);
  const daysSinceFirst =
    firstAt === undefined ? undefined : Math.max(0, (nowMs - firstAt) / DAY_MS);
  const daysSinceLast = lastAt === undefined ? undefined : Math.max(0, (nowMs - lastAt) / DAY_MS);
  const spanDays =
    firstAt !== undefined && lastAt !== undefined ? (lastAt - firstAt) / DAY_MS : undefined;

  // Rates run over the relationship's own span (at least minimumSpanDays), so a tie that was
  // "often" before going quiet keeps that label; dormancy is reported separately.
  const rateSpan = Math.max(settings.bands.minimumSpanDays, spanDays ?? 0);
  const contactsPerYear = occasions === 0 ? 0 : (occasions * DAYS_PER_YEAR) / rateSpan;
  const band = frequencyBand(contactsPerYear, settings);
  // Messages run over the real span, at least a month (design choice: the unit shown), so 128
  // messages in 7 months read "about 18 a month", not a yearly average of a 7-month tie.
  const messageSpan = Math.max(MESSAGE_RATE_MINIMUM_DAYS, spanDays ?? 0);
  const messagesPerYear = messages === 0 ? 0 : (messages * DAYS_PER_YEAR) / messageSpan;

  const hasInteracted = messages > 0 || hasDate;
  const services =
    cleanCount(features.recommendationsReceived) +
    cleanCount(features.recommendationsGiven) +
    cleanCount(features.introductionsLogged);
  const hadRelationship =
    hasDate && (messages >= settings.dormancy.minimumPastMessages || services > 0);
  const quietDays = daysSinceLast ?? 0;
  const isDormant =
    hadRelationship && quietDays >= settings.dormancy.dormantAfterYears * DAYS_PER_YEAR;
  const isFading =
    hadRelationship &&
    !isDormant &&
    quietDays >= settings.dormancy.fadingAfterYears * DAYS_PER_YEAR;

  return {
    messages,
    words,
    occasions,
    firstAt,
    lastAt,
    daysSinceFirst,
    daysSinceLast,
    spanDays,
    contactsPerYear,
    messagesPerYear,
    band,
    hasInteracted,
    hadRelationship,
    isDormant,
    isFading,
  };
}

export function yearsFromDays(days: number): number {
  return days / DAYS_PER_YEAR;
}

/**
 * A message rate in words: "about 18 a month" from 12 a year up, else "about 5 a year", else
 * "less than one a year" (rounded: a rate is an average, not a count).
 */
export function describeMessageRate(messagesPerYear: number): string {
  if (!(messagesPerYear > 0)) return 'none';
  if (messagesPerYear >= 12) return `about ${Math.round(messagesPerYear / 12)} a month`;
  if (messagesPerYear >= 1) return `about ${Math.round(messagesPerYear)} a year`;
  return 'less than one a year';
}
