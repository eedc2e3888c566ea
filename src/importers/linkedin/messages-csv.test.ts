import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { MessageRecord } from '../import-batch.js';
import { parseMessagesCsv } from './messages-csv.js';

const fixture = (name: string): Buffer =>
  readFileSync(new URL(`./fixtures/${name}`, import.meta.url));

const MARTA = 'https://www.linkedin.com/in/marta-silva-7f3e';
const ANA = 'https://www.linkedin.com/in/ana-ruiz-4b2a1c';
const LENA = 'https://www.linkedin.com/in/lena-novak';
const UMIT = 'https://www.linkedin.com/in/ümit-aydın-12ab';
const TOMAS = 'https://www.linkedin.com/in/tomas-berg-77';

function messages(records: readonly { kind: string }[]): MessageRecord[] {
  return records.filter((r): r is MessageRecord => r.kind === 'message');
}

describe('parseMessagesCsv, 2024 schema', () => {
  const parsed = parseMessagesCsv(
    fixture('messages-2024-drafts-spam-sponsored.csv'),
    'messages.csv',
  );
  const found = messages(parsed.records);

  it('drops and counts drafts, spam and sponsored InMail', () => {
    expect(parsed.issues).toEqual([]);
    expect(parsed.skipped).toEqual({ draft: 1, spam: 1, sponsored: 1 });
    expect(found.map((m) => m.source.line)).toEqual([2, 3, 5, 6, 9]);
  });

  it('takes the owner out: their messages go out with no sender, and `to` lists everybody else', () => {
    expect(found.map((m) => [m.direction, m.from, m.to])).toEqual([
      ['in', { fullName: 'Ana Ruiz', profileUrl: ANA }, []],
      ['out', undefined, [{ fullName: 'Ana Ruiz', profileUrl: ANA }]],
      ['out', undefined, [{ profileUrl: LENA }, { profileUrl: UMIT }]],
      ['in', { fullName: 'Ümit Aydın', profileUrl: UMIT }, [{ profileUrl: LENA }]],
      ['in', { fullName: 'Ana Ruiz', profileUrl: ANA }, []],
    ]);
  });

  it('keeps conversation, title, UTC instant, folder and content as LinkedIn wrote them', () => {
    expect(found[2]).toEqual({
      kind: 'message',
      source: { file: 'messages.csv', line: 5 },
      channel: 'linkedin',
      conversationKey: '2-R3JvdXBfTGlzYm9u',
      conversationTitle: 'Lisbon data folks',
      sentAt: '2024-11-02T10:15:00Z',
      direction: 'out',
      to: [{ profileUrl: LENA }, { profileUrl: UMIT }],
      content: 'Shall we meet before the meetup?',
      folder: 'INBOX',
    });
    expect(found[0]?.sentAt).toBe('2024-12-16T18:24:37Z');
    expect(found[4]?.content).toBeUndefined();
  });
});

describe('parseMessagesCsv, 2026 all-quoted schema', () => {
  const parsed = parseMessagesCsv(fixture('messages-2026-all-quoted.csv'), 'messages.csv');
  const found = messages(parsed.records);

  it('reads multi-line quoted content with escaped quotes and numbers rows by their first line', () => {
    expect(parsed.issues).toEqual([]);
    expect(found.map((m) => m.source.line)).toEqual([2, 5, 8]);
    expect(found[0]?.content).toBe('Hi Marta,\nthanks for the "intro" yesterday.\nBest, Tomás');
    expect(found[0]?.from).toEqual({ fullName: 'Tomás Berg', profileUrl: TOMAS });
    expect(found[0]?.to).toEqual([]);
  });

  it('keeps an attachment-only message without content, and drops the sponsored conversation and LinkedIn Member', () => {
    expect(parsed.skipped).toEqual({ sponsored: 2 });
    expect(found[1]).toMatchObject({
      direction: 'out',
      to: [{ fullName: 'Tomás Berg', profileUrl: TOMAS }],
    });
    expect(found[1]?.content).toBeUndefined();
    expect(found[1]?.from).toBeUndefined();
  });
});

describe('parseMessagesCsv, 2018 names-only schema', () => {
  const parsed = parseMessagesCsv(fixture('messages-2018-names-html-entities.csv'), 'Messages.csv');
  const found = messages(parsed.records);

  it('follows Direction, decodes HTML entities and keys conversations on the other person', () => {
    expect(parsed.issues).toEqual([]);
    expect(
      found.map((m) => [
        m.direction,
        m.from?.fullName,
        m.to.map((p) => p.fullName),
        m.conversationKey,
        m.sentAt,
      ]),
    ).toEqual([
      ['in', 'Sofia Lind', [], 'names:sofia lind', '2018-10-16T08:36:00'],
      ['out', undefined, ['Sofia Lind'], 'names:sofia lind', '2018-10-16T09:02:00'],
      ['in', 'Jonas Weber', [], 'names:jonas weber', '2018-10-18T16:15:00'],
    ]);
    expect(found[0]?.content).toBe('Hi Marta, it\u2019s been a while \u2013 coffee next week?');
    expect(found[1]?.content).toBe('Sounds great & thanks!');
  });
});

describe('parseMessagesCsv, finding the owner', () => {
  const header = 'CONVERSATION ID,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,CONTENT\n';
  const oneChat =
    header +
    `c1,Ana Ruiz,${ANA},Marta Silva,${MARTA},2024-12-16 18:24:37 UTC,Hi\n` +
    `c1,Marta Silva,${MARTA},Ana Ruiz,${ANA},2024-12-16 18:30:00 UTC,Hello\n`;

  it("uses Profile.csv's name when two people are on equally many messages", () => {
    const parsed = parseMessagesCsv(oneChat, 'messages.csv', { ownerName: 'Marta Silva' });
    expect(messages(parsed.records).map((m) => m.direction)).toEqual(['in', 'out']);
    expect(parsed.issues).toEqual([]);
  });

  it('warns when nothing tells the owner apart', () => {
    const parsed = parseMessagesCsv(oneChat, 'messages.csv');
    expect(parsed.issues).toMatchObject([{ code: 'ambiguous-owner', severity: 'warning' }]);
  });

  it('never splits TO on commas: names with commas stay whole for a single recipient', () => {
    const text =
      header +
      `c2,Marta Silva,${MARTA},"Lena Novak, Ph.D., FICS (UK)",${LENA},2024-12-16 18:24:37 UTC,Hi\n`;
    const parsed = parseMessagesCsv(text, 'messages.csv', { ownerName: 'Marta Silva' });
    expect(messages(parsed.records)[0]?.to).toEqual([
      { fullName: 'Lena Novak, Ph.D., FICS (UK)', profileUrl: LENA },
    ]);
  });

  it('skips a message whose date cannot be read, since a message needs its time', () => {
    const text = header + `c3,Ana Ruiz,${ANA},Marta Silva,${MARTA},not a date,Hi\n`;
    const parsed = parseMessagesCsv(text, 'messages.csv');
    expect(parsed.records).toEqual([]);
    expect(parsed.skipped).toEqual({ 'bad date': 1 });
    expect(parsed.issues).toMatchObject([{ code: 'bad-date', severity: 'error', line: 2 }]);
  });
});
