/**
 * The user's own experiment (issue 7, item 8; docs/product.md C11): outcomes (replies, meetings,
 * referrals, interviews, offers) per tie class, per list and per template, next to what the
 * research predicts for each class. Counts are people, not events: a person who answered twice
 * counts once.
 */
import type { TieClass } from '../ties/classify-tie.js';
import type { OutreachEvent } from './outreach-events.js';
import type { PipelineMove } from './pipeline.js';

export interface OutcomeSubject {
  personId: string;
  tieClass?: TieClass;
  list?: string;
  templateId?: string;
}

export const OUTCOME_NAMES = ['replies', 'meetings', 'referrals', 'interviews', 'offers'] as const;
export type OutcomeName = (typeof OUTCOME_NAMES)[number];

export interface OutcomeRow extends Record<OutcomeName, number> {
  group: string;
  contacted: number;
  /** What the research predicts for the group, for tie classes. */
  research?: string;
}

export const RESEARCH_BY_CLASS: Readonly<Record<TieClass, string>> = {
  'moderately-weak':
    'predicted strongest: moderately weak ties (about 2-10 mutual connections) transmitted the most jobs (Rajkumar et al. 2022)',
  weak: 'by interaction the least-messaged ties transmitted the most jobs; by mutual connections the weakest (0-1) did worst (Rajkumar et al. 2022)',
  strong:
    'fewer jobs per tie on average, but one strong tie is worth more at the margin (Gee et al. 2017)',
  dormant: 'as useful as current ties and more novel (Levin, Walter and Murnighan 2011)',
  'never-interacted':
    'the weakest by interaction: in the paper, the least-messaged ties transmitted the most jobs (Rajkumar et al. 2022)',
};

export interface OutcomeReport {
  byTieClass: OutcomeRow[];
  byList: OutcomeRow[];
  byTemplate: OutcomeRow[];
}

function emptyRow(group: string): OutcomeRow {
  return { group, contacted: 0, replies: 0, meetings: 0, referrals: 0, interviews: 0, offers: 0 };
}

/** Which outcomes one person reached after the user first contacted them. */
function outcomesOf(
  events: readonly OutreachEvent[],
  moves: readonly PipelineMove[],
  firstContact: string,
): Set<OutcomeName> {
  const reached = new Set<OutcomeName>();
  for (const e of events) {
    if (e.at < firstContact) continue;
    if (e.kind === 'answer' || e.kind === 'accepted') reached.add('replies');
    if (e.kind === 'call' || e.kind === 'coffee') reached.add('meetings');
    if (e.kind === 'offer') reached.add('offers');
    if (e.kind === 'help-received' && e.help === 'referral') reached.add('referrals');
    if (e.kind === 'help-received' && e.help === 'interview') reached.add('interviews');
  }
  for (const m of moves) {
    if (m.at < firstContact) continue;
    if (m.stage === 'replied' || m.stage === 'in-conversation') reached.add('replies');
    if (m.stage === 'met') reached.add('meetings');
    if (m.stage === 'helped' && m.help === 'referral') reached.add('referrals');
    if (m.stage === 'helped' && m.help === 'interview') reached.add('interviews');
  }
  return reached;
}

/** The first time the user reached out: a message or comment they made, or an invitation. */
function firstContactOf(
  events: readonly OutreachEvent[],
  moves: readonly PipelineMove[],
): string | undefined {
  let first: string | undefined;
  for (const e of events) {
    if ((e.kind === 'message' || e.kind === 'comment') && (first === undefined || e.at < first))
      first = e.at;
  }
  for (const m of moves) {
    if (
      (m.stage === 'invited' || m.stage === 'messaged') &&
      m.source !== 'import' &&
      (first === undefined || m.at < first)
    ) {
      first = m.at;
    }
  }
  return first;
}

export function summariseOutcomes(
  subjects: readonly OutcomeSubject[],
  events: ReadonlyMap<string, readonly OutreachEvent[]>,
  moves: ReadonlyMap<string, readonly PipelineMove[]>,
): OutcomeReport {
  const tables = {
    byTieClass: new Map<string, OutcomeRow>(),
    byList: new Map<string, OutcomeRow>(),
    byTemplate: new Map<string, OutcomeRow>(),
  };
  for (const s of subjects) {
    const ev = events.get(s.personId) ?? [];
    const mv = moves.get(s.personId) ?? [];
    const first = firstContactOf(ev, mv);
    if (first === undefined) continue;
    const reached = outcomesOf(ev, mv, first);
    const add = (table: Map<string, OutcomeRow>, group: string) => {
      let row = table.get(group);
      if (!row) {
        row = emptyRow(group);
        table.set(group, row);
      }
      row.contacted += 1;
      for (const o of reached) row[o] += 1;
    };
    add(tables.byTieClass, s.tieClass ?? 'unknown');
    add(tables.byList, s.list ?? 'added by you');
    add(tables.byTemplate, s.templateId ?? 'no template');
  }
  const rows = (table: Map<string, OutcomeRow>) =>
    [...table.values()].sort((a, b) => b.contacted - a.contacted || (a.group < b.group ? -1 : 1));
  return {
    byTieClass: rows(tables.byTieClass).map((r) => {
      const research = (RESEARCH_BY_CLASS as Readonly<Record<string, string>>)[r.group];
      return research ? { ...r, research } : r;
    }),
    byList: rows(tables.byList),
    byTemplate: rows(tables.byTemplate),
  };
}
