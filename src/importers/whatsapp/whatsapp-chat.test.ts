import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { MessageRecord, ParsedFile } from '../import-batch.js';
import {
  chatNameFromFileName,
  parseWhatsAppChat,
  parseWhatsAppChats,
  type WhatsAppOptions,
} from './whatsapp-chat.js';

function fixture(name: string): Uint8Array {
  return readFileSync(new URL(`./fixtures/${name}`, import.meta.url));
}

function parse(name: string, options: WhatsAppOptions = {}): ParsedFile {
  return parseWhatsAppChat({ name, content: fixture(name) }, options);
}

function messages(parsed: ParsedFile): MessageRecord[] {
  return parsed.records.filter((r): r is MessageRecord => r.kind === 'message');
}

/** What a user sees per message: when, who wrote it (`me` for the owner), and the text. */
function lines(parsed: ParsedFile): string[] {
  return messages(parsed).map((m) => {
    const who = m.from ? (m.from.fullName ?? m.from.phones?.join('') ?? '?') : 'me';
    return `${m.sentAt} ${who}: ${m.content ?? (m.hasAttachment ? '[attachment]' : '[no text]')}`;
  });
}

function names(people: MessageRecord['to']): string[] {
  return people.map((p) => p.fullName ?? p.phones?.join('') ?? '?');
}

describe('parseWhatsAppChat: line shapes', () => {
  it('reads iOS German 24 h lines with 2-digit years and drops the group-name system lines', () => {
    const parsed = parse('ios-de-24h.txt', { ownerNames: ['Mia Keller'] });
    expect(lines(parsed)).toEqual([
      '2023-09-27T09:20:03 Lena Vogt: Morgen 7 Uhr am Kanal?',
      '2023-09-27T09:21:15 Jonas Brandt: Bin dabei',
      '2023-09-27T21:05:59 me: Ich auch 🏃',
      '2023-09-28T06:58:10 Lena Vogt: Bin schon da',
    ]);
    expect(parsed.skipped['system line']).toBe(3);
    const [first] = messages(parsed);
    expect(first?.conversationKey).toBe('Laufgruppe');
    expect(first?.conversationTitle).toBe('Laufgruppe');
  });

  it('reads iOS es-MX lines with CRLF and infers the owner in a 1:1 chat from the notice author', () => {
    const parsed = parse('ios-es-mx-crlf.txt');
    expect(lines(parsed)).toEqual([
      '2025-11-21T09:33:35 Sofía Ramírez: Hola, ¿cómo vas con la entrevista?',
      '2025-11-21T09:40:02 me: Bien, mañana es la segunda ronda',
      '2025-11-21T09:41:10 Sofía Ramírez: ¡Suerte!',
    ]);
    // The encryption notice and the security-code change are system lines, even in a 1:1 chat.
    expect(parsed.skipped['system line']).toBe(2);
    const mine = messages(parsed)[1];
    expect(mine?.direction).toBe('out');
    expect(names(mine?.to ?? [])).toEqual(['Sofía Ramírez']);
    const info = parsed.issues.find((i) => i.code === 'owner-inferred');
    expect(info?.severity).toBe('info');
    expect(info?.message).toContain('Diego Torres');
  });

  it('reads iOS en-US month-first dates with U+202F before PM, including 12 AM and 12 PM', () => {
    const parsed = parse('ios-en-us-narrow-nbsp-pm.txt');
    expect(lines(parsed)).toEqual([
      '2024-04-03T13:41:34 Sam Porter: Coffee next week?',
      '2024-04-13T09:02:11 me: Sure, Tuesday works',
      '2024-04-13T12:15:00 Sam Porter: 👍',
      '2024-04-14T00:05:09 me: See you there',
    ]);
    expect(parsed.issues.filter((i) => i.code === 'ambiguous-date-order')).toEqual([]);
  });

  it('reads iOS en-IN 2021 day-first dates with a plain space before PM', () => {
    expect(lines(parse('ios-en-in-2021-plain-space-pm.txt'))).toEqual([
      '2021-12-31T23:12:20 Priya Nair: Happy new year in advance!',
      '2022-01-01T00:00:01 Arjun Mehta: Happy new year!',
    ]);
  });

  it('reads Android en-GB 24 h lines with 4-digit years and drops author-less system lines', () => {
    const parsed = parse('android-en-gb-24h.txt', { ownerNames: ['tom baker'] });
    expect(lines(parsed)).toEqual([
      '2017-07-12T22:36:00 Oliver Hart: Hi all',
      '2017-07-13T08:02:00 Emma Lowe: Morning!',
      '2017-07-13T08:05:00 me: Hello Tes',
    ]);
    expect(parsed.skipped['system line']).toBe(5);
  });

  it('reads Android en-CA year-first dates with U+202F before p.m.', () => {
    expect(
      lines(parse('android-en-ca-narrow-nbsp-pm.txt', { ownerNames: ['Noah Singh'] })),
    ).toEqual([
      '2024-02-24T18:52:00 Chloé Martin: Are you still coming Saturday?',
      '2024-02-24T18:58:00 me: Yes!',
      '2024-02-25T00:03:00 Chloé Martin: Great',
    ]);
  });

  it('reads the Finnish `klo` form with `.` as the time separator', () => {
    expect(lines(parse('android-fi-klo-dot-time.txt'))).toEqual([
      '2018-06-13T21:25:15 Aino Virtanen: Moi!',
      '2018-06-13T21:26:02 Eero Laine: Moi moi',
    ]);
  });

  it('reads `[13/6/18 1:55:00 p. m.]` with no comma, `p. m.` and U+00A0 before `a. m.`', () => {
    expect(lines(parse('ios-es-p-m-no-comma.txt'))).toEqual([
      '2018-06-13T13:55:00 Lucía Gómez: Hola',
      '2018-06-13T14:10:00 Mateo Ruiz: ¿Qué tal?',
      '2018-06-14T09:00:00 Lucía Gómez: Buenos días',
    ]);
  });
});

describe('parseWhatsAppChat: day or month first', () => {
  it('warns when no field is over 12 and reads the field that changes most as the day', () => {
    const parsed = parse('ambiguous-day-month.txt');
    expect(messages(parsed).map((m) => m.sentAt.slice(0, 10))).toEqual([
      '2022-04-03',
      '2022-04-04',
      '2022-04-05',
      '2022-04-06',
    ]);
    const warning = parsed.issues.find((i) => i.code === 'ambiguous-date-order');
    expect(warning?.severity).toBe('warning');
    expect(warning?.message).toContain('day/month/year');
  });

  it('follows the dayFirst option when the file cannot tell, without a warning', () => {
    const parsed = parse('ambiguous-day-month.txt', { dayFirst: false });
    expect(messages(parsed).map((m) => m.sentAt.slice(0, 10))).toEqual([
      '2022-03-04',
      '2022-04-04',
      '2022-05-04',
      '2022-06-04',
    ]);
    expect(parsed.issues.some((i) => i.code === 'ambiguous-date-order')).toBe(false);
  });

  it('ignores the option when a day over 12 decides', () => {
    const parsed = parse('ios-en-in-2021-plain-space-pm.txt', { dayFirst: false });
    expect(messages(parsed)[0]?.sentAt).toBe('2021-12-31T23:12:20');
  });

  it('reports a date that does not exist and keeps the other messages', () => {
    const text =
      '31/04/2022, 10:00 - Ivo Petrov: April has 30 days\n29/05/2022, 10:05 - Nina Kovac: Hello\n';
    const parsed = parseWhatsAppChat({ name: 'chat.txt', content: text });
    expect(lines(parsed)).toEqual(['2022-05-29T10:05:00 Nina Kovac: Hello']);
    expect(parsed.issues).toContainEqual(
      expect.objectContaining({ code: 'bad-date', line: 1, severity: 'error', file: 'chat.txt' }),
    );
    expect(parsed.skipped['bad date']).toBe(1);
  });
});

describe('parseWhatsAppChat: text quirks', () => {
  it('joins continuation lines, whether they end in LF or CRLF', () => {
    const parsed = parse('ios-multiline-mixed-crlf.txt');
    expect(messages(parsed).map((m) => m.content)).toEqual([
      'Erste Zeile\nzweite Zeile\n\n[kein Datum] dritte Zeile',
      'ok',
      'Adresse:\nHauptstraße 1',
    ]);
    expect(messages(parsed).map((m) => m.source.line)).toEqual([1, 5, 6]);
  });

  it('strips bidi marks, also at the start of a line, and counts the sticker as a message', () => {
    const parsed = parse('ios-bidi-marks-attachment.txt');
    expect(lines(parsed)).toEqual([
      '2025-11-21T09:41:10 Sofía Ramírez: [attachment]',
      '2025-11-21T09:42:00 Diego Torres: Gracias',
    ]);
  });

  it('keeps unsaved numbers as phones and `~ Name` non-contacts as names', () => {
    const parsed = parse('android-unsaved-number-and-non-contact.txt', {
      ownerNames: ['Paul Weber'],
    });
    const [number, kim, paul] = messages(parsed);
    expect(number?.from).toEqual({ phones: ['+49 151 12345678'] });
    expect(kim?.from).toEqual({ fullName: 'Kim' });
    expect(paul?.direction).toBe('out');
    expect(names(paul?.to ?? [])).toEqual(['+49 151 12345678', 'Kim']);
  });

  it('leaves out German Android system lines, which have no author', () => {
    const parsed = parse('android-author-less-system-lines-de.txt');
    expect(lines(parsed)).toEqual([
      '2022-02-14T10:02:00 Eva Roth: Hallo',
      '2022-02-14T10:04:00 Jan Falk: Servus',
      '2022-02-14T10:07:00 Uwe Sand: Schade',
    ]);
    expect(parsed.skipped['system line']).toBe(5);
  });

  it('leaves out iOS system lines written under the group name, even in an unknown wording', () => {
    const parsed = parse('ios-system-lines-by-group-name-es.txt', { ownerNames: ['Irene Vidal'] });
    expect(lines(parsed)).toEqual([
      '2024-03-15T08:05:00 Marta Gil: ¿Vuelos el viernes?',
      '2024-03-15T08:06:00 Pablo Soto: Perfecto',
      '2024-03-15T08:09:00 me: ¡Vamos!',
    ]);
    expect(parsed.skipped['system line']).toBe(4);
    // The group itself is not a participant.
    expect(names(messages(parsed)[0]?.to ?? [])).toEqual(['Pablo Soto']);
  });

  it('counts Android media markers as messages without content and keeps a caption', () => {
    const parsed = parse('android-media-markers-and-deleted.txt');
    expect(lines(parsed)).toEqual([
      '2021-04-28T10:00:00 me: [attachment]',
      '2021-04-28T10:01:00 me: Look at this view',
      '2021-04-28T10:02:00 Felix Braun: [attachment]',
      '2021-04-28T10:03:00 Felix Braun: [no text]',
      '2021-04-28T10:04:00 me: [no text]',
      '2021-04-28T10:05:00 Felix Braun: Nice!',
    ]);
    expect(messages(parsed)[1]?.hasAttachment).toBe(true);
    // "You deleted this message" is only shown to the owner.
    expect(parsed.issues.find((i) => i.code === 'owner-inferred')?.message).toContain('Rosa Díaz');
  });

  it('counts iOS `… omitted` and `<attached: …>` as attachments and removes the edited suffix', () => {
    const parsed = parse('ios-media-omitted-edited.txt', { ownerNames: ['Leo Brandt'] });
    expect(lines(parsed)).toEqual([
      '2024-05-22T18:00:00 Hana Sato: [attachment]',
      '2024-05-22T18:00:05 Hana Sato: [attachment]',
      '2024-05-22T18:01:00 me: [attachment]',
      '2024-05-22T18:02:00 me: See you at 6',
      '2024-05-22T18:03:00 Hana Sato: [attachment]',
      '2024-05-22T18:04:00 Hana Sato: Nos vemos',
    ]);
  });
});

describe('parseWhatsAppChat: owner and participants', () => {
  it('takes the chat partner from "WhatsApp Chat with X" and the other author as the owner', () => {
    const parsed = parse('WhatsApp Chat with Chloé Martin.txt');
    expect(lines(parsed)).toEqual([
      '2023-10-02T09:01:00 me: Hi Chloé, thanks for the intro!',
      '2023-10-02T09:15:00 Chloé Martin: Happy to help',
      '2023-10-14T17:40:00 me: The interview went well',
    ]);
    expect(messages(parsed)[0]?.conversationKey).toBe('Chloé Martin');
    expect(parsed.issues.find((i) => i.code === 'owner-inferred')?.message).toContain('Noah Singh');
  });

  it('makes every author of a group a participant of every message', () => {
    const parsed = parse('ios-de-24h.txt', { ownerNames: ['Mia Keller'] });
    const [lena, jonas, mia] = messages(parsed);
    expect(names(lena?.to ?? [])).toEqual(['Jonas Brandt']);
    expect(names(jonas?.to ?? [])).toEqual(['Lena Vogt']);
    expect(names(mia?.to ?? [])).toEqual(['Lena Vogt', 'Jonas Brandt']);
  });

  it('warns when nothing tells which author is the owner', () => {
    const parsed = parse('android-en-gb-24h.txt');
    expect(messages(parsed).every((m) => m.direction === 'in')).toBe(true);
    expect(parsed.issues.find((i) => i.code === 'ambiguous-owner')?.severity).toBe('warning');
  });

  it('finds the owner of a group from another chat of the same import', () => {
    const parsed = parseWhatsAppChats([
      {
        name: 'WhatsApp Chat with Chloé Martin.txt',
        content: fixture('WhatsApp Chat with Chloé Martin.txt'),
      },
      {
        name: 'WhatsApp Chat with Tes.txt',
        content:
          '12/07/2017, 22:36 - Oliver Hart: Hi all\n13/07/2017, 08:05 - Noah Singh: Hello\n13/07/2017, 08:06 - Emma Lowe: Hey\n',
      },
    ]);
    const group = messages(parsed).filter((m) => m.conversationKey === 'Tes');
    expect(group.map((m) => m.direction)).toEqual(['in', 'out', 'in']);
    expect(names(group[1]?.to ?? [])).toEqual(['Oliver Hart', 'Emma Lowe']);
  });

  it('links the owner to the chat partner of a 1:1 chat even when the partner never wrote', () => {
    const parsed = parseWhatsAppChat(
      {
        name: 'WhatsApp Chat with Ana Lima.txt',
        content: '02/10/2023, 09:01 - Noah Singh: Are you there?\n',
      },
      { ownerNames: ['Noah Singh'] },
    );
    expect(names(messages(parsed)[0]?.to ?? [])).toEqual(['Ana Lima']);
  });
});

describe('parseWhatsAppChat: bad input', () => {
  it('reports a file that is not a chat', () => {
    const parsed = parseWhatsAppChat({
      name: 'notes.txt',
      content: 'just some notes\nno dates here\n',
    });
    expect(parsed.records).toEqual([]);
    expect(parsed.issues.some((i) => i.code === 'unknown-file' && i.severity === 'error')).toBe(
      true,
    );
  });

  it('reports an empty file and binary bytes', () => {
    expect(parseWhatsAppChat({ name: 'e.txt', content: '' }).issues[0]?.code).toBe('empty-file');
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(parseWhatsAppChat({ name: 'p.txt', content: png }).issues[0]?.code).toBe('bad-encoding');
  });

  it('cuts a message longer than WhatsApp allows and says so', () => {
    const long = `01/02/2023, 10:00 - Ivo Petrov: start\n${'x'.repeat(70_000)}\n13/02/2023, 10:00 - Ivo Petrov: next\n`;
    const parsed = parseWhatsAppChat({ name: 'long.txt', content: long });
    expect(messages(parsed)).toHaveLength(2);
    expect(messages(parsed)[0]?.content).toBe('start');
    expect(parsed.issues.some((i) => i.code === 'field-too-large' && i.line === 1)).toBe(true);
  });
});

describe('parseWhatsAppChat: quirks of real exports', () => {
  it('reads a bare iOS chat text that starts with a BOM and no U+200E', () => {
    expect(lines(parse('ios-bare-txt-utf8-bom.txt', { ownerNames: ['Inés Molina'] }))).toEqual([
      '2024-02-03T18:04:11 Tomás Herrera: Hola, ¿seguimos con lo del viernes?',
      '2024-02-03T18:05:40 me: Sí, a las 10',
      '2024-02-03T18:06:02 Tomás Herrera: [attachment]',
    ]);
  });

  it('leaves out German "joined with the invite link" lines, so the group is not a person', () => {
    const parsed = parse('ios-de-joined-by-invite-link-only.txt', { ownerNames: ['Mia Keller'] });
    expect(lines(parsed)).toEqual([
      '2024-05-03T18:05:00 Lena Vogt: Willkommen! Flohmarkt ist am Samstag.',
      '2024-05-03T18:06:30 me: Danke, ich bringe Bücher mit',
    ]);
    expect(parsed.skipped['system line']).toBe(2);
    expect(messages(parsed).flatMap((m) => names(m.to))).not.toContain(
      'Nachbarschaft Lindenstraße',
    );
  });

  it('leaves out iOS\'s "<name> is a contact." line in a 1:1 chat', () => {
    const parsed = parse('ios-en-is-a-contact.txt', { ownerNames: ['Mia Keller'] });
    expect(lines(parsed)).toEqual([
      '2024-04-03T13:42:00 Sam Porter: Coffee next week?',
      '2024-04-13T09:02:11 me: Sure, Tuesday works',
    ]);
    expect(parsed.skipped['system line']).toBe(2);
  });

  it('keeps authors named only by emoji or punctuation, each under their own label', () => {
    const parsed = parse('ios-emoji-and-punctuation-authors.txt', { ownerNames: ['Mia Keller'] });
    expect(lines(parsed)).toEqual([
      '2024-03-14T19:05:00 🌻: Wer kommt morgen?',
      '2024-03-14T19:05:30 Lena Vogt: Ich',
      '2024-03-14T19:06:10 ...: Ich auch',
      '2024-03-14T19:07:45 🌻: Super 👍',
      '2024-03-14T19:08:00 🏃‍♀️: Bin dabei',
      '2024-03-14T19:09:12 me: Bis morgen',
    ]);
  });

  it('reads Arabic-Indic digits and ص / م in the timestamp, and leaves the text as written', () => {
    expect(lines(parse('ios-ar-arabic-indic-digits.txt', { ownerNames: ['Mia Keller'] }))).toEqual([
      '2024-01-15T09:10:00 ليلى حسن: ما هو الكتاب التالي؟ الفصل ٣',
      '2024-01-15T21:05:12 me: الكتاب عن الشبكات',
    ]);
  });

  it('keeps lines that are out of time order, each with its own time', () => {
    expect(lines(parse('ios-out-of-order-lines.txt', { ownerNames: ['Mia Keller'] }))).toEqual([
      '2024-03-02T10:00:00 Lena Vogt: Treffen wir uns um 11?',
      '2024-03-02T10:05:00 Jonas Brandt: Ja, passt',
      '2024-03-02T09:58:30 Lena Vogt: Ich bin übrigens schon in der Stadt',
      '2024-03-02T10:06:00 Jonas Brandt: Dann bis gleich',
      '2024-03-01T22:14:09 me: Gestern vergessen: danke für die Einladung',
      '2024-03-02T10:07:00 me: Ich komme auch',
    ]);
  });
});

describe('chatNameFromFileName', () => {
  it('reads the Android and iOS export names and leaves `_chat.txt` unnamed', () => {
    expect(chatNameFromFileName('exports/WhatsApp Chat with Ana Lima.txt')).toBe('Ana Lima');
    expect(chatNameFromFileName('WhatsApp Chat - Laufgruppe.zip')).toBe('Laufgruppe');
    expect(chatNameFromFileName('WhatsApp-Chat mit Jonas Brandt.txt')).toBe('Jonas Brandt');
    expect(chatNameFromFileName('_chat.txt')).toBeUndefined();
  });
});
