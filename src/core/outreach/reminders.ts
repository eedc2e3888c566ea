/**
 * Follow-up reminders the user can subscribe to (issue 7, item 5), as an iCalendar file
 * (RFC 5545): all-day events, TEXT values escaped (section 3.3.11), lines folded at 75 octets
 * (section 3.1), CRLF line ends. And the plan as CSV.
 */
import type { CadenceSettings } from './cadence.js';
import { contactFacts, followUpDue, nextNurtureDay, nurtureWeeks } from './cadence.js';
import type { OutreachEvent } from './outreach-events.js';
import { addDays } from './pacing.js';
import type { PersonFacts, DayPlan } from './planner.js';
import type { PipelineEntry } from './pipeline.js';
import { stageOn } from './pipeline.js';

export interface Reminder {
  personId: string;
  name: string;
  day: string;
  kind: 'follow-up' | 'circle-back' | 'nurture';
  summary: string;
  description: string;
  link?: string;
}

/** Reminders due from `day` to `day + horizonDays`; overdue ones fall on `day`. */
export function upcomingReminders(input: {
  day: string;
  horizonDays: number;
  cadence: CadenceSettings;
  entries: ReadonlyMap<string, PipelineEntry>;
  events: ReadonlyMap<string, readonly OutreachEvent[]>;
  people: ReadonlyMap<string, PersonFacts>;
}): Reminder[] {
  const { day, cadence } = input;
  const end = addDays(day, input.horizonDays);
  const out: Reminder[] = [];
  for (const [id, entry] of input.entries) {
    const person = input.people.get(id);
    if (!person) continue;
    const stage = stageOn(entry, day);
    if (
      stage === 'closed-lost' ||
      stage === 'snoozed' ||
      stage === 'to-invite' ||
      stage === 'to-reconnect'
    )
      continue;
    const facts = contactFacts(input.events.get(id) ?? [], day);
    const add = (kind: Reminder['kind'], due: string, summary: string, description: string) => {
      const when = due < day ? day : due;
      if (when > end) return;
      out.push({
        personId: id,
        name: person.name,
        day: when,
        kind,
        summary,
        description,
        ...(person.profileLink ? { link: person.profileLink } : {}),
      });
    };
    const followUp = followUpDue(facts, addDays(day, 10_000), cadence);
    if (followUp.due && facts.lastMessageDay) {
      add(
        'follow-up',
        addDays(facts.lastMessageDay, cadence.followUpAfterDays),
        `Follow up with ${person.name}`,
        `No answer to your message of ${facts.lastMessageDay}: follow-up ${followUp.number} of ${cadence.maxFollowUps}.`,
      );
      continue;
    }
    if (stage === 'helped' || stage === 'met') {
      const circledBack = facts.actionDays.get('circle-back');
      const sinceDay = entry.since.slice(0, 10);
      if (stage === 'helped' && (circledBack === undefined || circledBack < sinceDay)) {
        add(
          'circle-back',
          addDays(sinceDay, cadence.circleBackAfterDays),
          `Circle back with ${person.name}`,
          `They helped you (${entry.help ?? 'advice'}) on ${sinceDay}: tell them what came of it.`,
        );
        continue;
      }
      const weeks = nurtureWeeks(cadence, person.tieClass, true);
      const due = nextNurtureDay(facts, weeks);
      if (due) {
        add(
          'nurture',
          due,
          `Keep in touch with ${person.name}`,
          `Last contact ${facts.lastContactDay ?? ''}: a nurture touch every ${weeks} weeks.`,
        );
      }
    }
  }
  return out.sort((a, b) =>
    a.day < b.day ? -1 : a.day > b.day ? 1 : a.personId < b.personId ? -1 : 1,
  );
}

/** RFC 5545 section 3.3.11: backslash, semicolon, comma and line breaks in TEXT values. */
export function escapeIcsText(value: string): string {
  return (
    value
      .replace(/\\/g, '\\\\')
      .replace(/;/g, '\\;')
      .replace(/,/g, '\\,')
      .replace(/\r\n|\r|\n/g, '\\n')
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
  );
}

const ENCODER = new TextEncoder();

/** RFC 5545 section 3.1: lines longer than 75 octets are folded, never inside a UTF-8 sequence. */
export function foldIcsLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = ENCODER.encode(ch).length;
    const limit = parts.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += ch;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

function icsDate(day: string): string {
  return day.replace(/-/g, '');
}

function icsStamp(iso: string): string {
  return `${iso.slice(0, 19).replace(/[-:]/g, '')}Z`;
}

/** A calendar of all-day reminders; `now` stamps DTSTAMP (no clock here). */
export function buildIcs(reminders: readonly Reminder[], now: string): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//weakties//outreach reminders//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'X-WR-CALNAME:weakties reminders',
  ];
  for (const r of reminders) {
    const safeId = r.personId.replace(/[^A-Za-z0-9-]/g, '');
    lines.push(
      'BEGIN:VEVENT',
      `UID:${r.kind}-${safeId}-${icsDate(r.day)}@weakties.local`,
      `DTSTAMP:${icsStamp(now)}`,
      `DTSTART;VALUE=DATE:${icsDate(r.day)}`,
      `DTEND;VALUE=DATE:${icsDate(addDays(r.day, 1))}`,
      `SUMMARY:${escapeIcsText(r.summary)}`,
      `DESCRIPTION:${escapeIcsText(r.link ? `${r.description}\n${r.link}` : r.description)}`,
    );
    // URL is a URI value, not TEXT: only a clean https link is written.
    if (r.link && /^https:\/\/[^\s"<>\\]+$/.test(r.link)) lines.push(`URL:${r.link}`);
    lines.push('END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(foldIcsLine).join('\r\n')}\r\n`;
}

/** One CSV field (RFC 4180); cells a spreadsheet would run as a formula are made inert. */
export function csvField(value: unknown): string {
  let text = value === undefined || value === null ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export const PLAN_CSV_HEADER = [
  'day',
  'position',
  'kind',
  'name',
  'list',
  'stage',
  'minutes',
  'reason',
  'action',
  'profile link',
  'draft',
  'draft problems',
  'limit',
  'key',
] as const;

export function planCsv(plans: readonly DayPlan[]): string {
  const rows: unknown[][] = [[...PLAN_CSV_HEADER]];
  for (const plan of plans) {
    for (const item of plan.items) {
      rows.push([
        plan.day,
        item.position,
        item.kind,
        item.name,
        item.list,
        item.stage,
        item.minutes,
        item.reason,
        item.action,
        item.profileLink ?? '',
        item.draft?.text ?? '',
        item.draft?.problems.map((p) => p.reason).join(' | ') ?? '',
        item.limit ?? '',
        item.key,
      ]);
    }
  }
  return `${rows.map((r) => r.map(csvField).join(',')).join('\r\n')}\r\n`;
}
