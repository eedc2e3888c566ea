/**
 * What happened outside weakties, as the user logs it (issue 7, item 1: "a call, a coffee, an
 * answer, help given or received"), and the pipeline move each event implies. Any contact resets
 * the follow-up and nurture cadences (item 5); a private note does not.
 */
import type { HelpKind, PipelineEntry, PipelineMove } from './pipeline.js';

export const EVENT_KINDS = [
  'call',
  'coffee',
  'answer',
  'accepted',
  'message',
  'comment',
  'help-given',
  'help-received',
  'offer',
  'note',
] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

export const EVENT_DESCRIPTIONS: Readonly<Record<EventKind, string>> = {
  call: 'you spoke on the phone or a video call',
  coffee: 'you met in person',
  answer: 'they answered your message',
  accepted: 'they accepted your invitation',
  message: 'you wrote to them',
  comment: 'you commented on or shared their post (do your homework before asking)',
  'help-given': 'you helped them (an introduction, a referral, advice, a share)',
  'help-received': 'they helped you (--help referral|introduction|advice|interview)',
  offer: 'an offer came through them',
  note: 'a private note: not a contact',
};

export interface OutreachEvent {
  personId: string;
  kind: EventKind;
  /** ISO 8601. */
  at: string;
  note?: string;
  help?: HelpKind;
  source: 'log' | 'plan' | 'import';
  /** For messages sent from the plan: the item kind and the template used (the experiment). */
  action?: string;
  templateId?: string;
}

export function isEventKind(value: unknown): value is EventKind {
  return typeof value === 'string' && (EVENT_KINDS as readonly string[]).includes(value);
}

/** Every event but a private note is a contact and resets the cadences. */
export function isContact(kind: EventKind): boolean {
  return kind !== 'note';
}

/** Events that come from them, not from the user: they show the tie is alive. */
export function isResponse(kind: EventKind): boolean {
  return (
    kind === 'answer' ||
    kind === 'accepted' ||
    kind === 'call' ||
    kind === 'coffee' ||
    kind === 'help-received' ||
    kind === 'offer'
  );
}

/**
 * The move an event implies for a person already in the pipeline, if any. Events only move a
 * person forward: an answer after an ask leaves them at "asked" until help arrives.
 */
export function impliedMove(
  entry: PipelineEntry | undefined,
  event: OutreachEvent,
): PipelineMove | undefined {
  const base = { personId: event.personId, at: event.at, source: event.source } as const;
  if (event.kind === 'help-received') {
    if (entry?.path === 'reconnect' && entry.activeStage !== 'met') {
      return { ...base, stage: 'met', note: 'help arrived' };
    }
    return { ...base, stage: 'helped', help: event.help ?? 'advice' };
  }
  if (entry === undefined) return undefined;
  const stage = entry.activeStage;
  switch (event.kind) {
    case 'accepted':
      return stage === 'to-invite' || stage === 'invited'
        ? { ...base, stage: 'connected' }
        : undefined;
    case 'answer':
      if (stage === 'connected' || stage === 'invited')
        return { ...base, stage: 'in-conversation' };
      if (stage === 'to-reconnect' || stage === 'messaged') return { ...base, stage: 'replied' };
      return undefined;
    case 'call':
    case 'coffee':
      if (entry.path === 'reconnect' && stage !== 'met') return { ...base, stage: 'met' };
      if (stage === 'invited' || stage === 'connected')
        return { ...base, stage: 'in-conversation' };
      return undefined;
    case 'message':
      if (stage === 'to-reconnect') return { ...base, stage: 'messaged' };
      return undefined;
    default:
      return undefined;
  }
}
