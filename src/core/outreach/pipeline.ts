/**
 * The outreach pipeline per person (issue 7, item 1; docs/product.md "The method users follow").
 * Two paths: the invite path (grow with a target, then turn new connections into asks) and the
 * reconnect path (former colleagues and dormant ties). Every move is dated; the state of a person
 * is the fold of their moves, so history is never lost and a wrong move can be followed by a
 * correcting one.
 */
export const INVITE_STAGES = [
  'to-invite',
  'invited',
  'connected',
  'in-conversation',
  'asked',
  'helped',
] as const;
export const RECONNECT_STAGES = ['to-reconnect', 'messaged', 'replied', 'met'] as const;
export const HELP_KINDS = ['referral', 'introduction', 'advice', 'interview'] as const;

export type InviteStage = (typeof INVITE_STAGES)[number];
export type ReconnectStage = (typeof RECONNECT_STAGES)[number];
export type ActiveStage = InviteStage | ReconnectStage;
export type Stage = ActiveStage | 'closed-lost' | 'snoozed';
export type HelpKind = (typeof HELP_KINDS)[number];
export type PipelinePath = 'invite' | 'reconnect';

export const STAGES: readonly Stage[] = [
  ...INVITE_STAGES,
  ...RECONNECT_STAGES,
  'closed-lost',
  'snoozed',
];

/** Where a move came from: the user, a plan item marked done, a logged event, or an import. */
export type MoveSource = 'user' | 'plan' | 'log' | 'import';

export interface PipelineMove {
  personId: string;
  stage: Stage;
  /** ISO 8601. */
  at: string;
  source: MoveSource;
  /** Set with `helped`. */
  help?: HelpKind;
  /** `YYYY-MM-DD`, set with `snoozed`. */
  snoozeUntil?: string;
  /** Why it closed: `withdrawn` starts the re-invite block (docs/science.md section 6). */
  reason?: string;
  note?: string;
}

export interface PipelineEntry {
  personId: string;
  stage: Stage;
  path: PipelinePath;
  /** When the current stage began. */
  since: string;
  /** The last active stage, which a snooze returns to. */
  activeStage: ActiveStage;
  help?: HelpKind;
  snoozeUntil?: string;
  /** The last time an invitation to this person was withdrawn. */
  withdrawnAt?: string;
  moves: PipelineMove[];
}

export function isStage(value: unknown): value is Stage {
  return typeof value === 'string' && (STAGES as readonly string[]).includes(value);
}

export function isHelpKind(value: unknown): value is HelpKind {
  return typeof value === 'string' && (HELP_KINDS as readonly string[]).includes(value);
}

export function pathOf(stage: ActiveStage): PipelinePath {
  return (INVITE_STAGES as readonly string[]).includes(stage) ? 'invite' : 'reconnect';
}

function isActive(stage: Stage): stage is ActiveStage {
  return stage !== 'closed-lost' && stage !== 'snoozed';
}

const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Why a move cannot apply, or undefined when it can. Moves go forward or back within a path
 * (corrections are allowed); switching paths is allowed only from a starting stage or a closed
 * entry, since a person is either being invited or being reconnected with.
 */
export function checkMove(
  entry: PipelineEntry | undefined,
  move: PipelineMove,
): string | undefined {
  if (!isStage(move.stage)) return `unknown stage "${String(move.stage)}"`;
  if (Number.isNaN(Date.parse(move.at))) return `the move has no valid date ("${move.at}")`;
  if (move.stage === 'helped' && move.help === undefined) {
    return `say how they helped: ${HELP_KINDS.join(', ')}`;
  }
  if (move.stage === 'snoozed') {
    if (!move.snoozeUntil || !DAY_PATTERN.test(move.snoozeUntil)) {
      return 'a snooze needs a date to wake up (YYYY-MM-DD)';
    }
    if (move.snoozeUntil <= move.at.slice(0, 10))
      return 'a snooze must end after the day it starts';
    if (entry === undefined) return 'only a person already in the pipeline can be snoozed';
  }
  if (entry === undefined || !isActive(move.stage) || entry.stage === 'closed-lost')
    return undefined;
  const from = entry.activeStage;
  if (pathOf(from) !== pathOf(move.stage) && from !== 'to-invite' && from !== 'to-reconnect') {
    return `${entry.personId} is on the ${pathOf(from)} path (${from}); close it before moving to ${move.stage}`;
  }
  return undefined;
}

/** One move applied to an entry (which it never mutates). Call checkMove first. */
export function applyMove(entry: PipelineEntry | undefined, move: PipelineMove): PipelineEntry {
  const moves = [...(entry?.moves ?? []), move];
  const withdrawnAt =
    move.stage === 'closed-lost' && move.reason === 'withdrawn' ? move.at : entry?.withdrawnAt;
  if (isActive(move.stage)) {
    return {
      personId: move.personId,
      stage: move.stage,
      path: pathOf(move.stage),
      since: move.at,
      activeStage: move.stage,
      ...(move.help ? { help: move.help } : entry?.help ? { help: entry.help } : {}),
      ...(withdrawnAt ? { withdrawnAt } : {}),
      moves,
    };
  }
  const base = entry ?? {
    personId: move.personId,
    stage: move.stage,
    path: 'invite' as const,
    since: move.at,
    activeStage: 'to-invite' as const,
    moves: [],
  };
  return {
    ...base,
    stage: move.stage,
    since: move.at,
    moves,
    ...(move.stage === 'snoozed' && move.snoozeUntil ? { snoozeUntil: move.snoozeUntil } : {}),
    ...(withdrawnAt ? { withdrawnAt } : {}),
  };
}

/** Moves in date order (ties by input order), folded per person; invalid moves are reported. */
export function buildPipeline(moves: readonly PipelineMove[]): {
  entries: Map<string, PipelineEntry>;
  rejected: { move: PipelineMove; reason: string }[];
} {
  const ordered = moves
    .map((m, i) => ({ m, i }))
    .sort((a, b) => (a.m.at < b.m.at ? -1 : a.m.at > b.m.at ? 1 : a.i - b.i));
  const entries = new Map<string, PipelineEntry>();
  const rejected: { move: PipelineMove; reason: string }[] = [];
  for (const { m } of ordered) {
    const current = entries.get(m.personId);
    const reason = checkMove(current, m);
    if (reason) rejected.push({ move: m, reason });
    else entries.set(m.personId, applyMove(current, m));
  }
  return { entries, rejected };
}

/** The stage on a day: a snooze that has ended gives back the stage it paused. */
export function stageOn(entry: PipelineEntry, day: string): Stage {
  if (entry.stage === 'snoozed' && entry.snoozeUntil !== undefined && entry.snoozeUntil <= day) {
    return entry.activeStage;
  }
  return entry.stage;
}
