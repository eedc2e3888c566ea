/**
 * Where one person stands in the outreach pipeline and what to do next (issue 8, person page:
 * "pipeline stage, log an event, drafts for the next step"). The stage and history are the
 * pipeline's (stored moves plus what imports show: outreach-state.ts); the next step is the one
 * the planner would put in a day's plan for this person alone (core/outreach/planner.ts
 * planDay), with the same templates, placeholders and checks, so the page and the plan never
 * disagree on what to say. weakties never sends anything: the draft is for the user to copy.
 */
import type { Draft, ItemKind } from '../core/outreach/plan-item.js';
import type { PlanInput } from '../core/outreach/planner.js';
import { planDay } from '../core/outreach/planner.js';
import {
  EVENT_DESCRIPTIONS,
  EVENT_KINDS,
  type EventKind,
} from '../core/outreach/outreach-events.js';
import {
  HELP_KINDS,
  STAGES,
  stageOn,
  type HelpKind,
  type PipelinePath,
  type Stage,
} from '../core/outreach/pipeline.js';
import type { OutreachState } from './outreach-state.js';

export interface OutreachHistoryLine {
  /** ISO 8601. */
  at: string;
  kind: 'move' | 'event';
  /** The stage moved to, or the event's kind. */
  what: string;
  source: string;
  note?: string;
  help?: HelpKind;
}

export interface NextStep {
  kind: ItemKind;
  /** What to do, in one sentence (the planner's). */
  action: string;
  /** Why this step, and why this person (the tie model's reason). */
  reason: string;
  draft?: Draft;
  /** Ready replies to "are you hiring?" after a welcome. */
  replies?: Draft[];
  /** A platform limit that shapes the step (the note quota, for invitations). */
  limit?: string;
  profileLink?: string;
}

export interface PersonOutreach {
  day: string;
  /** Null when the person is not in the pipeline. */
  stage: Stage | null;
  path: PipelinePath | null;
  since: string | null;
  help: HelpKind | null;
  snoozeUntil: string | null;
  /** The stage comes only from imports (an invitation in the export), nothing stored yet. */
  fromImport: boolean;
  /** Moves and events, newest first. */
  history: OutreachHistoryLine[];
  /** The step the planner would take with them today; null when nothing is due. */
  nextStep: NextStep | null;
  /** Whether the planner knows enough of them to plan a step (a ranked list or the pipeline). */
  isPlannable: boolean;
  /** What the log form offers (core/outreach/outreach-events.ts, pipeline.ts). */
  eventKinds: { kind: EventKind; description: string }[];
  helpKinds: readonly HelpKind[];
  stages: readonly Stage[];
}

// A day long enough for any one step: the person page shows the step whatever the day's
// minutes hold; today's plan decides when it fits (design choice).
const MINUTES_FOR_ONE_STEP = 24 * 60;

function historyOf(state: OutreachState, personId: string): OutreachHistoryLine[] {
  const lines: OutreachHistoryLine[] = [];
  for (const m of state.entries.get(personId)?.moves ?? []) {
    lines.push({
      at: m.at,
      kind: 'move',
      what: m.stage,
      source: m.source,
      ...(m.note ? { note: m.note } : {}),
      ...(m.help ? { help: m.help } : {}),
    });
  }
  for (const e of state.events.get(personId) ?? []) {
    lines.push({
      at: e.at,
      kind: 'event',
      what: e.kind,
      source: e.source,
      ...(e.note ? { note: e.note } : {}),
      ...(e.help ? { help: e.help } : {}),
    });
  }
  // Newest first; at the same instant, the later record first (an event before the move it
  // implied is recorded after it).
  return lines
    .map((line, index) => ({ line, index }))
    .sort((a, b) => (a.line.at < b.line.at ? 1 : a.line.at > b.line.at ? -1 : b.index - a.index))
    .map(({ line }) => line);
}

/**
 * The planner's input narrowed to one person: their candidacy or pipeline entry only, a day
 * long enough for one step, and no invitations counted against the weekly cap or the ramp (the
 * page shows what to send; today's plan paces it). The note quota stays, since it decides
 * whether an invitation carries a note at all.
 */
function inputForOne(state: OutreachState, personId: string): PlanInput | undefined {
  const input = state.input;
  const person = input.people.get(personId);
  if (!person) return undefined;
  const entry = state.entries.get(personId);
  const candidate = entry ? undefined : input.candidates.find((c) => c.personId === personId);
  return {
    ...input,
    pacing: { ...input.pacing, dailyMinutes: MINUTES_FOR_ONE_STEP },
    candidates: candidate ? [candidate] : [],
    people: new Map([[personId, person]]),
    entries: entry ? new Map([[personId, entry]]) : new Map(),
    events: new Map([[personId, input.events.get(personId) ?? []]]),
    invitations: { ...input.invitations, sentDays: [], pending: 0 },
    itemLog: [],
  };
}

/** The person's stage, history and next step on the state's day. */
export function describePersonOutreach(state: OutreachState, personId: number): PersonOutreach {
  const id = String(personId);
  const day = state.input.day;
  const entry = state.entries.get(id);
  const single = inputForOne(state, id);
  const item = single ? planDay(single).items[0] : undefined;
  return {
    day,
    stage: entry ? stageOn(entry, day) : null,
    path: entry?.path ?? null,
    since: entry?.since ?? null,
    help: entry?.help ?? null,
    snoozeUntil: entry?.stage === 'snoozed' ? (entry.snoozeUntil ?? null) : null,
    fromImport: entry !== undefined && !state.storedPeople.has(id),
    history: historyOf(state, id),
    nextStep: item
      ? {
          kind: item.kind,
          action: item.action,
          reason: item.reason,
          ...(item.draft ? { draft: item.draft } : {}),
          ...(item.replies ? { replies: item.replies } : {}),
          ...(item.limit ? { limit: item.limit } : {}),
          ...(item.profileLink ? { profileLink: item.profileLink } : {}),
        }
      : null,
    isPlannable: single !== undefined,
    eventKinds: EVENT_KINDS.map((kind) => ({ kind, description: EVENT_DESCRIPTIONS[kind] })),
    helpKinds: HELP_KINDS,
    stages: STAGES,
  };
}
