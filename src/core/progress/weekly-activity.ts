/**
 * What a member did each week, from dated rows (issue 9, "Coach and cohort view": invitations
 * sent, conversations and asks, referrals, interviews and offers logged). Counts follow the
 * member's own outcomes view (core/outreach/outcomes.ts): people, not rows, so an event logged
 * together with the pipeline move it implies counts once. Person ids stay inside: the service
 * turns them into counts by tie class before anything leaves it.
 */
import type { IsoWeek } from './iso-week.js';
import { weekIndexOf } from './iso-week.js';

/** An invitation the member sent, from an imported export. */
export interface InvitationRecord {
  personId: number;
  at: string;
}

/** A stored pipeline move (core/outreach/pipeline.ts). */
export interface MoveRecord {
  personId: number;
  stage: string;
  help: string;
  source: string;
  at: string;
}

/** A stored outreach event (core/outreach/outreach-events.ts). */
export interface EventRecord {
  personId: number;
  kind: string;
  help: string;
  /** For messages sent from the plan: the item kind (core/outreach/plan-item.ts). */
  action: string;
  at: string;
}

export interface ActivityRecords {
  invitations: readonly InvitationRecord[];
  moves: readonly MoveRecord[];
  events: readonly EventRecord[];
}

export interface WeekActivity {
  /** Invitations sent: distinct person and day. */
  invitations: number;
  /** People the member had a conversation with (ids, ascending; never returned to a coach). */
  conversationPeople: number[];
  /** People the member asked for help (ids, ascending; never returned to a coach). */
  askPeople: number[];
  /** People who referred the member, gave an interview, or brought an offer. */
  referrals: number;
  interviews: number;
  offers: number;
}

// They answered, or you spoke or met (core/outreach/outreach-events.ts isResponse, less the
// outcomes counted on their own); the moves those events imply say the same.
const CONVERSATION_EVENTS: ReadonlySet<string> = new Set(['answer', 'call', 'coffee']);
const CONVERSATION_STAGES: ReadonlySet<string> = new Set(['in-conversation', 'replied', 'met']);
// An ask on the invite path moves the person to `asked`; on the reconnect path it is a message
// sent from an ask or recruiter-note item with no move (core/outreach/plan-item.ts completeItem).
const ASK_ACTIONS: ReadonlySet<string> = new Set(['ask', 'recruiter-note']);

function emptyWeek(): {
  invitations: Set<string>;
  conversations: Set<number>;
  asks: Set<number>;
  referrals: Set<number>;
  interviews: Set<number>;
  offers: Set<number>;
} {
  return {
    invitations: new Set(),
    conversations: new Set(),
    asks: new Set(),
    referrals: new Set(),
    interviews: new Set(),
    offers: new Set(),
  };
}

function sorted(ids: Set<number>): number[] {
  return [...ids].sort((a, b) => a - b);
}

/**
 * Counts each week's activity. Invitations are distinct (person, UTC day) pairs over the
 * imported outgoing invitations and the `invited` moves the member made (an invitation both
 * marked done in the plan and found in the next export counts once, as the planner's pacing
 * history counts it: services/outreach-state.ts). Rows dated outside `weeks` are left out.
 */
export function countWeeklyActivity(
  weeks: readonly IsoWeek[],
  records: ActivityRecords,
): WeekActivity[] {
  const buckets = weeks.map(() => emptyWeek());
  const at = (when: string) => buckets[weekIndexOf(weeks, when)];
  for (const i of records.invitations) {
    at(i.at)?.invitations.add(`${i.personId}|${i.at.slice(0, 10)}`);
  }
  for (const m of records.moves) {
    const week = at(m.at);
    if (!week) continue;
    if (m.stage === 'invited' && m.source !== 'import') {
      week.invitations.add(`${m.personId}|${m.at.slice(0, 10)}`);
    }
    if (CONVERSATION_STAGES.has(m.stage)) week.conversations.add(m.personId);
    if (m.stage === 'asked') week.asks.add(m.personId);
    if (m.stage === 'helped' && m.help === 'referral') week.referrals.add(m.personId);
    if (m.stage === 'helped' && m.help === 'interview') week.interviews.add(m.personId);
  }
  for (const e of records.events) {
    const week = at(e.at);
    if (!week) continue;
    if (CONVERSATION_EVENTS.has(e.kind)) week.conversations.add(e.personId);
    if (e.kind === 'message' && ASK_ACTIONS.has(e.action)) week.asks.add(e.personId);
    if (e.kind === 'help-received' && e.help === 'referral') week.referrals.add(e.personId);
    if (e.kind === 'help-received' && e.help === 'interview') week.interviews.add(e.personId);
    if (e.kind === 'offer') week.offers.add(e.personId);
  }
  return buckets.map((b) => ({
    invitations: b.invitations.size,
    conversationPeople: sorted(b.conversations),
    askPeople: sorted(b.asks),
    referrals: b.referrals.size,
    interviews: b.interviews.size,
    offers: b.offers.size,
  }));
}

/**
 * Connections held at the end of each week, from their `connected_on` days (exact from dated
 * data, so known for weeks before any snapshot). `before` counts the connections from before
 * the first week, plus those with no date, which are taken to have been there all along
 * (design choice: the export lists them now and says nothing of when they came).
 */
export function countConnectionsByWeek(
  weeks: readonly IsoWeek[],
  before: number,
  laterDays: readonly string[],
): number[] {
  const days = [...laterDays].sort();
  let next = 0;
  let held = before;
  return weeks.map((w) => {
    while (next < days.length && (days[next] ?? '') <= w.lastDay) {
      held += 1;
      next += 1;
    }
    return held;
  });
}
