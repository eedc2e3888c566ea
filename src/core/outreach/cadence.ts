/**
 * Follow-up and nurture cadences (issue 7, item 5; docs/product.md "Honour their advice" and
 * "Nurture"). Each cadence counts from the last contact, so any logged or imported contact
 * resets it. Every number is a design choice: the sources give the habits, not the intervals.
 */
import type { TieClass } from '../ties/classify-tie.js';
import type { OutreachEvent } from './outreach-events.js';
import { isContact, isResponse } from './outreach-events.js';
import { addDays, dayNumber } from './pacing.js';

export const CADENCE_DEFAULTS = {
  followUpAfterDays: {
    value: 7,
    source: 'design choice: a follow-up a week after an unanswered message',
  },
  maxFollowUps: { value: 2, source: 'design choice: two polite follow-ups, then let it rest' },
  circleBackAfterDays: {
    value: 14,
    source: 'design choice: circle back with results two weeks after help',
  },
  homeworkBeforeAskDays: {
    value: 2,
    source: 'design choice: comment first, ask a couple of days later ("do your homework")',
  },
  nurtureHelperWeeks: {
    value: 6,
    source: 'design choice: the closest helpers (helped you, or you met) every 6 weeks',
  },
  nurtureStrongWeeks: { value: 8, source: 'design choice: strong ties every 8 weeks' },
  nurtureOtherWeeks: {
    value: 13,
    source: 'design choice: other ties in conversation once a quarter',
  },
  losingTouchFactor: {
    value: 2,
    source: 'design choice: "losing touch" once twice the nurture interval has passed',
  },
} as const satisfies Record<string, { value: number; source: string }>;

export type CadenceSettings = { [K in keyof typeof CADENCE_DEFAULTS]: number };

export function defaultCadence(): CadenceSettings {
  return Object.fromEntries(
    Object.entries(CADENCE_DEFAULTS).map(([k, d]) => [k, d.value]),
  ) as CadenceSettings;
}

/** What the events say about one person, as of a day. */
export interface ContactFacts {
  lastContactDay?: string;
  lastResponseDay?: string;
  /** The last message the user sent (plan or log). */
  lastMessageDay?: string;
  lastMessageAction?: string;
  /** Messages sent since their last response. */
  unansweredMessages: number;
  lastCommentDay?: string;
  /** Days of messages sent from the plan per action, e.g. `thank-you`. */
  actionDays: ReadonlyMap<string, string>;
}

/** Folds one person's events (any order) up to and including `day`. */
export function contactFacts(events: readonly OutreachEvent[], day: string): ContactFacts {
  const sorted = events
    .filter((e) => e.at.slice(0, 10) <= day)
    .sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  const facts: {
    lastContactDay?: string;
    lastResponseDay?: string;
    lastMessageDay?: string;
    lastMessageAction?: string;
    unansweredMessages: number;
    lastCommentDay?: string;
    actionDays: Map<string, string>;
  } = { unansweredMessages: 0, actionDays: new Map() };
  for (const e of sorted) {
    const d = e.at.slice(0, 10);
    if (isContact(e.kind)) facts.lastContactDay = d;
    if (isResponse(e.kind)) {
      facts.lastResponseDay = d;
      facts.unansweredMessages = 0;
    }
    if (e.kind === 'message') {
      facts.lastMessageDay = d;
      facts.lastMessageAction = e.action;
      facts.unansweredMessages += 1;
      if (e.action) facts.actionDays.set(e.action, d);
    }
    if (e.kind === 'comment') facts.lastCommentDay = d;
  }
  return facts;
}

export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/**
 * A follow-up is due when the last message is unanswered for followUpAfterDays and fewer than
 * maxFollowUps follow-ups went out since their last response.
 */
export function followUpDue(
  facts: ContactFacts,
  day: string,
  cadence: CadenceSettings,
): { due: boolean; since?: string; number: number } {
  if (facts.lastMessageDay === undefined || facts.unansweredMessages === 0) {
    return { due: false, number: 0 };
  }
  const followUpsSent = facts.unansweredMessages - 1;
  const waited = daysBetween(facts.lastMessageDay, day);
  return {
    due: waited >= cadence.followUpAfterDays && followUpsSent < cadence.maxFollowUps,
    since: facts.lastMessageDay,
    number: followUpsSent + 1,
  };
}

export function nurtureWeeks(
  cadence: CadenceSettings,
  tieClass: TieClass | undefined,
  isHelper: boolean,
): number {
  if (isHelper) return cadence.nurtureHelperWeeks;
  return tieClass === 'strong' ? cadence.nurtureStrongWeeks : cadence.nurtureOtherWeeks;
}

/** The day the next nurture touch is due, counted from the last contact (reset on any contact). */
export function nextNurtureDay(facts: ContactFacts, weeks: number): string | undefined {
  return facts.lastContactDay === undefined ? undefined : addDays(facts.lastContactDay, weeks * 7);
}

export function isLosingTouch(
  facts: ContactFacts,
  weeks: number,
  day: string,
  cadence: CadenceSettings,
): boolean {
  if (facts.lastContactDay === undefined) return false;
  return daysBetween(facts.lastContactDay, day) >= weeks * 7 * cadence.losingTouchFactor;
}
