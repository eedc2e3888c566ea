import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { MessageRecord, ParsedFile, PersonRef } from '../import-batch.js';
import { looksLikeEml, looksLikeMbox } from './looks-like-mail.js';
import { parseEml, parseMbox, type MailOptions } from './parse-mbox.js';

function fixture(name: string): Uint8Array {
  return readFileSync(new URL(`./fixtures/${name}`, import.meta.url));
}

/** The file cut into pieces of `size` bytes, as a stream would deliver it. */
function* pieces(bytes: Uint8Array, size: number): Generator<Uint8Array> {
  for (let offset = 0; offset < bytes.length; offset += size)
    yield bytes.subarray(offset, offset + size);
}

async function parse(
  name: string,
  options: MailOptions = {},
  chunkSize = 65_536,
): Promise<ParsedFile> {
  return parseMbox({ name, chunks: pieces(fixture(name), chunkSize) }, options);
}

function messages(parsed: ParsedFile): MessageRecord[] {
  return parsed.records.filter((r): r is MessageRecord => r.kind === 'message');
}

function who(person: PersonRef | undefined): string {
  if (!person) return 'me';
  const email = person.emails?.[0] ?? '?';
  return person.fullName ? `${person.fullName} <${email}>` : email;
}

function lines(parsed: ParsedFile): string[] {
  return messages(parsed).map(
    (m) =>
      `${m.sentAt} ${who(m.from)} -> ${m.to.map(who).join(', ') || '(nobody else)'}: ${m.subject ?? ''}`,
  );
}

const CORA = { ownerEmails: ['cora@example.com'] };

describe('parseMbox: Google Takeout', () => {
  it('reads a Gmail thread, takes the owner from the Sent label and never splits inside a body', async () => {
    const parsed = await parse('takeout-thread-sent-label.mbox');
    expect(lines(parsed)).toEqual([
      '2020-01-06T04:49:45Z Jane Doe <jane@example.com> -> (nobody else): Coffee?',
      '2020-01-06T08:15:00Z me -> Jane Doe <jane@example.com>, Ben Ott <ben@example.com>: Re: Coffee?',
      '2020-01-07T23:00:00Z Jane Doe <jane@example.com> -> Ben Ott <ben@example.com>: Re: Coffee?',
    ]);
    const [first, second] = messages(parsed);
    expect(first?.conversationKey).toBe('gmail-thread:1654953015393719153');
    expect(second?.conversationKey).toBe('gmail-thread:1654953015393719153');
    expect(first?.externalId).toBe('a1@mail.example.com');
    expect(first?.labels).toEqual(['Inbox', 'Important', 'Opened', 'Category Personal']);
    expect([first?.folder, second?.folder]).toEqual(['Inbox', 'Sent']);
    expect(second?.direction).toBe('out');
    expect(parsed.issues).toEqual([
      {
        code: 'owner-inferred',
        file: 'takeout-thread-sent-label.mbox',
        severity: 'info',
        message:
          'took cora@example.com to be you: cora@example.com sent the 1 message labelled Sent.',
      },
    ]);
  });

  it('gives the same result whatever the chunk size', async () => {
    const whole = await parse('takeout-thread-sent-label.mbox');
    for (const size of [1, 2, 3, 5, 6, 7, 13, 64, 333]) {
      expect(await parse('takeout-thread-sent-label.mbox', {}, size)).toEqual(whole);
    }
  });

  it('uses the date of a 2014 separator without a zone when the Date header is missing or unreadable', async () => {
    const parsed = await parse('takeout-2014-no-zone-separator.mbox', CORA);
    expect(messages(parsed).map((m) => m.sentAt)).toEqual([
      '2014-01-06T04:49:45Z',
      '2014-01-07T10:00:00Z',
    ]);
    expect(
      parsed.issues.filter((i) => i.code === 'bad-date').map((i) => [i.line, i.severity]),
    ).toEqual([
      [1, 'warning'],
      [2, 'warning'],
    ]);
  });

  it('decodes an RFC 2047 label header before splitting it, and drops the promotions it reveals', async () => {
    const parsed = await parse('takeout-rfc2047-labels.mbox', CORA);
    expect(messages(parsed).map((m) => m.labels)).toEqual([['Innboks', 'Åpnet', 'Venner, Oslo']]);
    expect(parsed.skipped).toEqual({ 'bulk mail': 1 });
  });

  it('keeps a quoted label with a comma as one label', async () => {
    const parsed = await parse('takeout-quoted-label-commas.mbox', CORA);
    expect(messages(parsed)[0]?.labels).toEqual(['Inbox', 'Opened', 'Clients, North', 'friends']);
  });

  it('reads CRLF mbox with `>From ` quoting and unquoted "From " lines in the body', async () => {
    for (const size of [1, 4, 65_536]) {
      const parsed = await parse('takeout-from-quoting-crlf.mbox', CORA, size);
      expect(lines(parsed)).toEqual([
        '2025-05-03T10:00:00Z Ivo Petrov <ivo@example.com> -> (nobody else): Quoting',
        '2025-05-03T11:00:00Z Ivo Petrov <ivo@example.com> -> (nobody else): Re: Quoting',
      ]);
    }
  });

  it('reads a Czech Takeout: localised file name and labels, Sent as Odeslané, spam and trash counted', async () => {
    const parsed = await parse('Veškerá pošta včetně spamu a koše.mbox');
    expect(lines(parsed)).toEqual([
      '2025-02-03T08:00:00Z me -> Petr Novák <petr@example.com>: Dotaz',
      '2025-02-03T09:00:00Z Petr Novák <petr@example.com> -> (nobody else): Re: Dotaz',
    ]);
    expect(parsed.skipped).toEqual({ spam: 1, trash: 1 });
    expect(parsed.issues.find((i) => i.code === 'owner-inferred')?.message).toContain(
      'labelled Sent',
    );
  });

  it('leaves out Google Chat messages that have no From header', async () => {
    const parsed = await parse('google-chat-no-from.mbox', CORA);
    expect(messages(parsed)).toHaveLength(1);
    expect(parsed.skipped).toEqual({ 'no From header': 1 });
  });
});

describe('parseMbox: filters', () => {
  it('counts lists, bulk, no-reply, calendar robots, auto-replies, spam, trash and drafts, and keeps real mail', async () => {
    const parsed = await parse('bulk-lists-and-robots.mbox', CORA);
    expect(lines(parsed)).toEqual([
      '2025-01-06T10:09:00Z Ana Lima <ana@example.com> -> (nobody else): Lunch?',
    ]);
    expect(parsed.skipped).toEqual({
      'mailing list': 2,
      'bulk mail': 1,
      'no-reply sender': 1,
      'calendar robot': 1,
      'automatic reply': 1,
      spam: 1,
      trash: 1,
      draft: 1,
    });
  });
});

describe('parseMbox: threads and owner', () => {
  it('threads mail without X-GM-THRID by the root of References or In-Reply-To', async () => {
    const parsed = await parse('references-threading-no-thrid.mbox');
    expect(messages(parsed).map((m) => m.conversationKey)).toEqual([
      'message-id:root@example.com',
      'message-id:root@example.com',
      'message-id:root@example.com',
      'message-id:other@example.com',
    ]);
    expect(messages(parsed).map((m) => m.direction)).toEqual(['in', 'out', 'in', 'in']);
    expect(who(messages(parsed)[2]?.to[0])).toBe('Riley Chen <riley@example.com>');
    expect(parsed.issues.find((i) => i.code === 'owner-inferred')?.message).toBe(
      'took cora@example.com to be you: cora@example.com is on 4 of the 4 messages, more than any other address.',
    );
  });

  it('warns when no address stands out as the owner', async () => {
    const parsed = await parse('takeout-from-quoting-crlf.mbox');
    expect(messages(parsed).every((m) => m.direction === 'in')).toBe(true);
    expect(parsed.issues.find((i) => i.code === 'ambiguous-owner')?.severity).toBe('warning');
  });
});

describe('parseEml', () => {
  it('decodes RFC 2047 names (B and Q, several words) and a subject folded with a TAB', async () => {
    const parsed = await parseEml(
      'rfc2047-tab-folded-subject.eml',
      fixture('rfc2047-tab-folded-subject.eml'),
      CORA,
    );
    expect(lines(parsed)).toEqual([
      '2025-06-12T12:05:00Z Jörg Müller <jorg@example.com> -> (nobody else): Einladung: Vorstellungsgespräch am Montag um 10 Uhr',
    ]);
    expect(messages(parsed)[0]?.source).toEqual({
      file: 'rfc2047-tab-folded-subject.eml',
      line: 1,
    });
  });

  it('keeps quoted display names with commas as one person, and reads address groups', async () => {
    const parsed = await parseEml(
      'quoted-comma-addresses.eml',
      fixture('quoted-comma-addresses.eml'),
      CORA,
    );
    const [message] = messages(parsed);
    expect(who(message?.from)).toBe('Ruiz, Ana (HR) <ana.ruiz@example.com>');
    expect(message?.to.map(who)).toEqual([
      'Doe, Jane <jane@example.com>',
      'bob@example.com',
      'carl@example.com',
      'Dana, Q. <dana@example.com>',
    ]);
  });

  it('reads an RFC 5322 date with a (PDT) comment', async () => {
    const parsed = await parseEml(
      'date-with-pdt-comment.eml',
      fixture('date-with-pdt-comment.eml'),
      {
        ownerEmails: ['tim.belden@example.com'],
      },
    );
    expect(lines(parsed)).toEqual([
      '2001-05-14T23:39:00Z phillip.allen@example.com -> (nobody else): Forecast',
    ]);
    expect(messages(parsed)[0]?.externalId).toBe('18782981.1075855378110.JavaMail.evans@thyme');
  });
});

describe('parseMbox: bounds and bad input', () => {
  it('leaves out a message whose header block is over the bound and reads the next one', async () => {
    const filler = Array.from({ length: 400 }, (_, i) => `X-Filler-${i}: ${'y'.repeat(1000)}`).join(
      '\n',
    );
    const text =
      `From 1 Mon Jan 06 10:00:00 +0000 2025\nFrom: a@example.com\n${filler}\n\nbody\n\n` +
      'From 2 Mon Jan 06 11:00:00 +0000 2025\nFrom: b@example.com\nTo: cora@example.com\nDate: Mon, 06 Jan 2025 11:00:00 +0000\n\nbody\n';
    const parsed = await parseMbox(
      { name: 'big.mbox', chunks: [new TextEncoder().encode(text)] },
      CORA,
    );
    expect(messages(parsed).map((m) => who(m.from))).toEqual(['b@example.com']);
    expect(parsed.skipped).toEqual({ 'header block too large': 1 });
    expect(parsed.issues).toContainEqual(
      expect.objectContaining({ code: 'field-too-large', line: 1, severity: 'error' }),
    );
  });

  it('reports an empty file and a file with no mail in it', async () => {
    expect((await parseMbox({ name: 'e.mbox', chunks: [] })).issues[0]?.code).toBe('empty-file');
    const notMail = await parseEml(
      'notes.eml',
      new TextEncoder().encode('just text\nno headers\n'),
    );
    expect(notMail.records).toEqual([]);
    expect(notMail.skipped).toEqual({ 'not a mail message': 1 });
  });
});

describe('looksLikeMbox and looksLikeEml', () => {
  it('recognises a Takeout mbox, a Thunderbird mbox and an .eml by their first bytes', () => {
    const takeout = new TextDecoder().decode(
      fixture('takeout-thread-sent-label.mbox').subarray(0, 4096),
    );
    expect(looksLikeMbox(takeout)).toBe(true);
    expect(looksLikeMbox('From - Mon Jan 06 04:49:45 2020\r\nFrom: a@example.com\r\n')).toBe(true);
    expect(looksLikeEml(new TextDecoder().decode(fixture('quoted-comma-addresses.eml')))).toBe(
      true,
    );
    expect(looksLikeEml(takeout)).toBe(false);
  });

  it('rejects a vCard, a calendar, a CSV and a WhatsApp chat', () => {
    for (const head of [
      'BEGIN:VCARD\nVERSION:3.0\nFN:Ana Lima\n',
      'BEGIN:VCALENDAR\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\n',
      'First Name,Last Name,Email Address\n',
      '[27.09.23, 09:18:41] Lena Vogt: Hallo\n',
      'From the desk of Ana: hello\n',
    ]) {
      expect(looksLikeMbox(head) || looksLikeEml(head)).toBe(false);
    }
  });
});
