import { describe, expect, it } from 'vitest';
import { defaultCadence } from './cadence.js';
import type { OutreachEvent } from './outreach-events.js';
import { buildPipeline } from './pipeline.js';
import { buildIcs, csvField, escapeIcsText, foldIcsLine, upcomingReminders } from './reminders.js';
import { person } from './test-support/plan-fixtures.js';

describe('iCalendar output (RFC 5545)', () => {
  it('escapes backslash, semicolon, comma and newlines in TEXT values', () => {
    expect(escapeIcsText('a\\b;c,d\ne\r\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
  });

  it('folds lines at 75 octets without splitting a UTF-8 character', () => {
    const line = `SUMMARY:${'é'.repeat(60)}`;
    const folded = foldIcsLine(line);
    const parts = folded.split('\r\n');
    for (const [i, part] of parts.entries()) {
      expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(75);
      if (i > 0) expect(part.startsWith(' ')).toBe(true);
    }
    expect(parts.map((p, i) => (i === 0 ? p : p.slice(1))).join('')).toBe(line);
  });

  it('writes all-day events with CRLF line ends and escaped names', () => {
    const ics = buildIcs(
      [
        {
          personId: '12',
          name: 'Ruiz, Ana',
          day: '2026-11-09',
          kind: 'follow-up',
          summary: 'Follow up with Ruiz, Ana; today',
          description: 'No answer',
          link: 'https://www.linkedin.com/in/anaruiz',
        },
      ],
      '2026-11-02T08:30:00.000Z',
    );
    expect(ics).toContain('\r\nDTSTART;VALUE=DATE:20261109\r\nDTEND;VALUE=DATE:20261110\r\n');
    expect(ics).toContain('SUMMARY:Follow up with Ruiz\\, Ana\\; today\r\n');
    expect(ics).toContain('DTSTAMP:20261102T083000Z');
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });
});

describe('upcomingReminders', () => {
  const people = new Map([['5', person(5, { isConnection: true })]]);
  const { entries } = buildPipeline([
    { personId: '5', stage: 'asked', at: '2026-11-02T09:00:00Z', source: 'plan' },
  ]);
  const message: OutreachEvent = {
    personId: '5',
    kind: 'message',
    at: '2026-11-02T09:00:00Z',
    source: 'plan',
    action: 'ask',
  };

  it('reminds to follow up a week after an unanswered message', () => {
    const r = upcomingReminders({
      day: '2026-11-03',
      horizonDays: 30,
      cadence: defaultCadence(),
      entries,
      events: new Map([['5', [message]]]),
      people,
    });
    expect(r.map((x) => [x.kind, x.day])).toEqual([['follow-up', '2026-11-09']]);
  });

  it('drops the follow-up once they answer (any contact resets the cadence)', () => {
    const answer: OutreachEvent = {
      personId: '5',
      kind: 'answer',
      at: '2026-11-04T09:00:00Z',
      source: 'log',
    };
    const r = upcomingReminders({
      day: '2026-11-05',
      horizonDays: 30,
      cadence: defaultCadence(),
      entries,
      events: new Map([['5', [message, answer]]]),
      people,
    });
    expect(r).toEqual([]);
  });
});

describe('csvField', () => {
  it('quotes commas and quotes and defuses formulas', () => {
    expect(csvField('Ruiz, "Ana"')).toBe('"Ruiz, ""Ana"""');
    expect(csvField('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvField(3)).toBe('3');
  });
});
