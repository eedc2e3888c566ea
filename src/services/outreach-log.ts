/**
 * What happened outside weakties (issue 7, item 1): `weakties log` records an event and the move
 * it implies; `weakties pipeline move` moves a person by hand. Both are dated and stored, never
 * edited: a correction is a new move.
 */
import { AppError } from '../core/app-error.js';
import { isLosingTouch, contactFacts, nurtureWeeks } from '../core/outreach/cadence.js';
import type { EventKind, OutreachEvent } from '../core/outreach/outreach-events.js';
import { EVENT_KINDS, impliedMove, isEventKind } from '../core/outreach/outreach-events.js';
import type { HelpKind, PipelineMove, Stage } from '../core/outreach/pipeline.js';
import {
  checkMove,
  HELP_KINDS,
  isHelpKind,
  isStage,
  STAGES,
  stageOn,
} from '../core/outreach/pipeline.js';
import type { Store } from '../store/open-store.js';
import { LOCAL_ACCOUNT_ID } from '../store/open-store.js';
import { insertEvents, insertMoves } from '../store/outreach-store.js';
import { loadOutreachState, materialise } from './outreach-state.js';
import { resolvePersonId } from './people-queries.js';
import { resolveDay } from './plan-outreach.js';

// A note is the user's own text: bounded like the goals' text (design choice).
const MAX_NOTE = 2000;

export interface LogOptions {
  accountId?: number;
  note?: string;
  help?: string;
  /** `YYYY-MM-DD`; today by default. */
  day?: string;
  now?: Date;
}

function checkNote(note: string | undefined): string | undefined {
  if (note === undefined) return undefined;
  if (note.length > MAX_NOTE)
    throw new AppError('too-large', `--note is limited to ${MAX_NOTE} characters`);
  return note.trim() || undefined;
}

function checkHelp(help: string | undefined): HelpKind | undefined {
  if (help === undefined) return undefined;
  if (!isHelpKind(help))
    throw new AppError(
      'usage',
      `the kind of help is one of ${HELP_KINDS.join(', ')}, not "${help}"; nothing was recorded`,
    );
  return help;
}

function timeOf(day: string, now: Date): string {
  return now.toISOString().slice(0, 10) === day ? now.toISOString() : `${day}T12:00:00.000Z`;
}

export async function logOutreachEvent(
  store: Store,
  personQuery: string,
  kind: string,
  options: LogOptions = {},
): Promise<{ personId: string; event: OutreachEvent; move?: PipelineMove }> {
  if (!isEventKind(kind)) {
    throw new AppError('usage', `unknown event "${kind}"; events: ${EVENT_KINDS.join(', ')}`);
  }
  const accountId = options.accountId ?? LOCAL_ACCOUNT_ID;
  const now = options.now ?? new Date();
  const day = resolveDay(options.day, now);
  const personId = String(await resolvePersonId(store, personQuery, accountId));
  const note = checkNote(options.note);
  const help = checkHelp(options.help);
  const event: OutreachEvent = {
    personId,
    kind: kind satisfies EventKind,
    at: timeOf(day, now),
    source: 'log',
    ...(note ? { note } : {}),
    ...(help ? { help } : {}),
  };
  return store.db.transaction().execute(async (trx) => {
    const state = await loadOutreachState(
      { ...store, db: trx },
      { accountId, day, now: new Date(event.at) },
    );
    const entry = state.entries.get(personId);
    const move = impliedMove(entry, event);
    const valid =
      move && checkMove(entry, move) === undefined
        ? { ...move, source: 'log' as const }
        : undefined;
    if (valid) await insertMoves(trx, accountId, [...materialise(state, personId), valid]);
    await insertEvents(trx, accountId, [event]);
    return { personId, event, ...(valid ? { move: valid } : {}) };
  });
}

export interface MoveOptions extends LogOptions {
  until?: string;
  reason?: string;
}

export async function movePipeline(
  store: Store,
  personQuery: string,
  stage: string,
  options: MoveOptions = {},
): Promise<PipelineMove> {
  if (!isStage(stage))
    throw new AppError('usage', `unknown stage "${stage}"; stages: ${STAGES.join(', ')}`);
  const accountId = options.accountId ?? LOCAL_ACCOUNT_ID;
  const now = options.now ?? new Date();
  const day = resolveDay(options.day, now);
  const personId = String(await resolvePersonId(store, personQuery, accountId));
  const note = checkNote(options.note);
  const help = checkHelp(options.help);
  if (options.reason !== undefined && options.reason.length > 200) {
    throw new AppError('too-large', '--reason is limited to 200 characters');
  }
  const move: PipelineMove = {
    personId,
    stage: stage satisfies Stage,
    at: timeOf(day, now),
    source: 'user',
    ...(help ? { help } : {}),
    ...(options.until ? { snoozeUntil: options.until } : {}),
    ...(options.reason ? { reason: options.reason } : {}),
    ...(note ? { note } : {}),
  };
  return store.db.transaction().execute(async (trx) => {
    const state = await loadOutreachState(
      { ...store, db: trx },
      { accountId, day, now: new Date(move.at) },
    );
    const problem = checkMove(state.entries.get(personId), move);
    if (problem) throw new AppError('invalid-input', problem);
    await insertMoves(trx, accountId, [...materialise(state, personId), move]);
    return move;
  });
}

export interface PipelineRow {
  personId: string;
  name: string;
  stage: Stage;
  since: string;
  path: 'invite' | 'reconnect';
  help?: HelpKind;
  snoozeUntil?: string;
  lastContact?: string;
  fromImport: boolean;
  profileLink?: string;
}

/** The pipeline on a day: every person in it, counts per stage, and the "losing touch" list. */
export async function listPipeline(
  store: Store,
  options: { accountId?: number; day?: string; now?: Date } = {},
): Promise<{
  day: string;
  counts: Partial<Record<Stage, number>>;
  rows: PipelineRow[];
  losingTouch: PipelineRow[];
}> {
  const accountId = options.accountId ?? LOCAL_ACCOUNT_ID;
  const now = options.now ?? new Date();
  const day = resolveDay(options.day, now);
  const state = await loadOutreachState(store, {
    accountId,
    day,
    now: new Date(`${day}T12:00:00Z`),
  });
  const rows: PipelineRow[] = [];
  const losingTouch: PipelineRow[] = [];
  const counts: Partial<Record<Stage, number>> = {};
  for (const [id, entry] of state.entries) {
    const person = state.input.people.get(id);
    const stage = stageOn(entry, day);
    const facts = contactFacts(state.events.get(id) ?? [], day);
    const row: PipelineRow = {
      personId: id,
      name: person?.name ?? `person #${id}`,
      stage,
      since: entry.since.slice(0, 10),
      path: entry.path,
      ...(entry.help ? { help: entry.help } : {}),
      ...(stage === 'snoozed' && entry.snoozeUntil ? { snoozeUntil: entry.snoozeUntil } : {}),
      ...(facts.lastContactDay ? { lastContact: facts.lastContactDay } : {}),
      fromImport: !state.storedPeople.has(id),
      ...(person?.profileLink ? { profileLink: person.profileLink } : {}),
    };
    rows.push(row);
    counts[stage] = (counts[stage] ?? 0) + 1;
    const isClose =
      stage === 'helped' || stage === 'met' || stage === 'replied' || stage === 'in-conversation';
    if (isClose) {
      const weeks = nurtureWeeks(
        state.input.cadence,
        person?.tieClass,
        stage === 'helped' || stage === 'met',
      );
      if (isLosingTouch(facts, weeks, day, state.input.cadence)) losingTouch.push(row);
    }
  }
  const order = new Map(STAGES.map((s, i) => [s, i]));
  rows.sort(
    (a, b) =>
      (order.get(a.stage) ?? 0) - (order.get(b.stage) ?? 0) ||
      (a.since < b.since ? 1 : a.since > b.since ? -1 : 0),
  );
  return { day, counts, rows, losingTouch };
}
