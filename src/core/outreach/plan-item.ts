/**
 * One action in a day's plan (issue 7, item 3) and what marking it done records. weakties never
 * sends anything (docs/product.md "Principles"): an item carries the profile link and the text to
 * copy; "done" means the user did it.
 */
import type { TieClass } from '../ties/classify-tie.js';
import type { DraftProblem } from './draft-checks.js';
import type { OutreachEvent } from './outreach-events.js';
import type { PipelineEntry, PipelineMove, Stage } from './pipeline.js';
import type { Situation } from './templates.js';

export const ITEM_KINDS = [
  'thank-you',
  'circle-back',
  'follow-up',
  'welcome',
  'recruiter-note',
  'ask',
  'homework',
  'nurture',
  'reconnect',
  'invite',
] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];

/** Minutes per action (design choice: a short personal note takes 2-3 minutes, an ask 6). */
export const ITEM_MINUTES: Readonly<Record<ItemKind, number>> = {
  'thank-you': 2,
  'circle-back': 3,
  'follow-up': 2,
  welcome: 3,
  'recruiter-note': 3,
  ask: 6,
  homework: 5,
  nurture: 2,
  reconnect: 4,
  invite: 2,
};

/** The ranked lists (src/services/recommend.ts) the planner draws new people from. */
export const CANDIDATE_LISTS = ['ask', 'reconnect', 'recruiters', 'invite', 'helpers'] as const;
export type CandidateList = (typeof CANDIDATE_LISTS)[number];

export interface Draft {
  templateId: string;
  situation: Situation;
  text: string;
  maxLength: number;
  problems: DraftProblem[];
  /** The shared fact the draft is built on, when it names one. */
  fact?: { kind: string; detail: string; label: string };
}

export interface PlanItem {
  /** Stable across days: the same action for the same person and the same state. */
  key: string;
  position: number;
  kind: ItemKind;
  personId: string;
  name: string;
  list: CandidateList | 'pipeline';
  stage: Stage | 'new';
  tieClass?: TieClass;
  /** Why this person and why now: the tie model's reason and the pipeline's. */
  reason: string;
  /** What to do, in one sentence. */
  action: string;
  minutes: number;
  profileLink?: string;
  draft?: Draft;
  /** Ready replies shown with the item (the "are you hiring?" replies after a welcome). */
  replies?: Draft[];
  /** For invitations: false when the note quota is used up. */
  withNote?: boolean;
  /** The limit that shaped this item, in words. */
  limit?: string;
  /** Set when the item was shown on an earlier day and not acted on. */
  carriedOverFrom?: string;
}

export type ItemStatus = 'shown' | 'done' | 'snoozed' | 'skipped';

export interface ItemLogEntry {
  key: string;
  day: string;
  status: ItemStatus;
  /** `YYYY-MM-DD`, for snoozed items. */
  until?: string;
}

/**
 * What marking an item done records: the pipeline moves and the events, dated `at`. Messages
 * carry the item kind and template so outcomes can be read per template (issue 7, item 8).
 */
export function completeItem(
  item: PlanItem,
  entry: PipelineEntry | undefined,
  at: string,
): { moves: PipelineMove[]; events: OutreachEvent[] } {
  const personId = item.personId;
  const move = (stage: Stage): PipelineMove => ({ personId, stage, at, source: 'plan' });
  const message: OutreachEvent = {
    personId,
    kind: 'message',
    at,
    source: 'plan',
    action: item.kind,
    ...(item.draft ? { templateId: item.draft.templateId } : {}),
  };
  switch (item.kind) {
    case 'invite':
      return { moves: [move('invited')], events: [] };
    case 'homework':
      return {
        moves: entry === undefined ? [move('connected')] : [],
        events: [{ personId, kind: 'comment', at, source: 'plan', action: 'homework' }],
      };
    case 'reconnect':
      return { moves: [move('messaged')], events: [message] };
    case 'recruiter-note':
    case 'ask':
      // On the reconnect path an ask is a message; "met" comes from a logged call or coffee.
      return { moves: entry?.path === 'reconnect' ? [] : [move('asked')], events: [message] };
    default:
      return { moves: [], events: [message] };
  }
}
