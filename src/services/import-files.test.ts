import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildZip } from '../importers/archive/test-zips.js';
import { LOCAL_ACCOUNT_ID } from '../store/open-store.js';
import { countRows } from '../store/stats-store.js';
import { importFiles } from './import-files.js';
import { openTempStore } from './test-support/temp-store.js';

type TempStore = Awaited<ReturnType<typeof openTempStore>>;
let store: TempStore;
let dir: string;
beforeEach(async () => {
  store = await openTempStore();
  dir = mkdtempSync(join(tmpdir(), 'weakties-import-'));
});
afterEach(async () => {
  await store.cleanup();
});

function write(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

const NOW = new Date('2026-11-23T12:00:00Z');

const connectionsCsv = [
  'Notes:',
  '"When exporting your connection data, you may notice that some of the email addresses are missing."',
  '',
  'First Name,Last Name,URL,Email Address,Company,Position,Connected On',
  'Ana,Ruiz,https://www.linkedin.com/in/anaruiz,ana.ruiz@example.com,Acme,Engineer,01 Aug 2024',
  'Tom,Berg,https://www.linkedin.com/in/tomberg,,Globex,CTO,02 Aug 2024',
  '',
].join('\n');

const vcard = [
  'BEGIN:VCARD',
  'VERSION:3.0',
  'N:Ruiz;Ana;;;',
  'FN:Ana Ruiz',
  'EMAIL;TYPE=INTERNET:Ana.Ruiz@example.com',
  'TEL;TYPE=CELL:+49 151 12345678',
  'END:VCARD',
  'BEGIN:VCARD',
  'VERSION:3.0',
  'N:Okafor;Chidi;;;',
  'FN:Chidi Okafor',
  'ORG:Initech',
  'TITLE:Head of Data',
  'TEL;TYPE=CELL:+1 555 010 0001',
  'END:VCARD',
  '',
].join('\r\n');

const whatsapp = [
  '12/07/2024, 22:35 - Ana Ruiz: Are we still on for Friday?',
  '12/07/2024, 22:36 - Michael Collins: Yes, see you there',
  '13/07/2024, 09:01 - Ana Ruiz: Great',
  '',
].join('\n');

describe('importFiles across sources', () => {
  it('joins one person across LinkedIn, a phone book and WhatsApp by email and phone', async () => {
    await importFiles(store, [write('Connections.csv', connectionsCsv)], { now: NOW });
    const book = await importFiles(store, [write('contacts.vcf', vcard)], { now: NOW });
    expect(book.source).toBe('vcard');
    expect(book.imported.contacts).toBe(2);
    // Ana is already known by her email from Connections.csv; only Chidi is new.
    expect(book.imported.people).toBe(1);
    const chat = await importFiles(store, [write('WhatsApp Chat with Ana Ruiz.txt', whatsapp)], {
      now: NOW,
    });
    expect(chat.source).toBe('whatsapp');
    expect(chat.imported.messages).toBe(3);
    const people = await store.db
      .selectFrom('people')
      .select('display_name')
      .orderBy('id')
      .execute();
    // The chat's other author is the owner (inferred from 'WhatsApp Chat with Ana Ruiz'), not a contact.
    expect(people.map((p) => p.display_name)).toEqual(['Ana Ruiz', 'Tom Berg', 'Chidi Okafor']);
    const anaMessages = await store.db
      .selectFrom('messages as m')
      .innerJoin('people as p', 'p.id', 'm.sender_person_id')
      .select('p.display_name')
      .where('m.direction', '=', 'in')
      .execute();
    expect(new Set(anaMessages.map((m) => m.display_name))).toEqual(new Set(['Ana Ruiz']));
  });

  it('keeps every message of chat authors named only by emoji or punctuation', async () => {
    const chat = fileURLToPath(
      new URL(
        '../importers/whatsapp/fixtures/ios-emoji-and-punctuation-authors.txt',
        import.meta.url,
      ),
    );
    const result = await importFiles(store, [chat], { now: NOW });
    expect(result.imported.messages).toBe(6);
    expect(result.skipped['message from nobody identifiable']).toBeUndefined();
    const people = await store.db.selectFrom('people').select('display_name').execute();
    expect(people.map((p) => p.display_name).sort()).toEqual(
      ['...', 'Lena Vogt', 'Mia Keller', '🌻', '🏃‍♀️'].sort(),
    );
  });

  it('keeps LinkedIn credentials after the name, and a member id in the email column as an id', async () => {
    const fixture = (name: string): string =>
      fileURLToPath(new URL(`../importers/linkedin/fixtures/${name}`, import.meta.url));
    await importFiles(store, [fixture('connections-credentials-after-comma.csv')], { now: NOW });
    await importFiles(store, [fixture('connections-member-urn-in-email.csv')], { now: NOW });
    const people = await store.db
      .selectFrom('people')
      .select(['display_name', 'credentials'])
      .orderBy('id')
      .execute();
    expect(people).toEqual([
      { display_name: 'Jane Doe', credentials: 'PhD, PMP' },
      { display_name: 'Omar Haddad', credentials: 'P.Eng., MBA' },
      { display_name: 'Priya Nair', credentials: '' },
    ]);
    const priya = await store.db
      .selectFrom('identities as i')
      .innerJoin('people as p', 'p.id', 'i.person_id')
      .select(['i.kind', 'i.value'])
      .where('p.display_name', '=', 'Priya Nair')
      .orderBy('i.kind')
      .execute();
    expect(priya).toEqual([
      { kind: 'linkedin-member', value: '583920174' },
      { kind: 'name', value: 'priya nair' },
      { kind: 'profile-url', value: 'linkedin.com/in/priya-nair-77' },
    ]);
  });

  it('imports a zipped Google Takeout in one go: contacts, calendar and mail', async () => {
    const part = (folder: string, name: string): Buffer =>
      readFileSync(new URL(`../importers/${folder}/fixtures/${name}`, import.meta.url));
    const zip = join(dir, 'takeout-20241201T000000Z-001.zip');
    writeFileSync(
      zip,
      await buildZip({
        'Takeout/Contacts/My Contacts/My Contacts.vcf': part('vcard', 'ios-company-card.vcf'),
        'Takeout/Calendar/owner@example.com.ics': part('ics', 'organizer-also-attendee.ics'),
        'Takeout/Mail/All mail Including Spam and Trash.mbox': part(
          'mbox',
          'takeout-thread-sent-label.mbox',
        ),
      }),
    );
    const result = await importFiles(store, [zip], { now: NOW });
    expect(result.source).toBe('takeout');
    expect(result.imported.contacts).toBeGreaterThan(0);
    const channels = await store.db.selectFrom('messages').select('channel').distinct().execute();
    expect(channels.map((c) => c.channel).sort()).toEqual(['calendar', 'email']);
  });

  it('is a no-op the second time, for every format', async () => {
    const paths = [
      write('contacts.vcf', vcard),
      write('WhatsApp Chat with Ana Ruiz.txt', whatsapp),
    ];
    for (const path of paths) await importFiles(store, [path], { now: NOW });
    const before = await countRows(store.db, LOCAL_ACCOUNT_ID);
    for (const path of paths) {
      const again = await importFiles(store, [path], { now: NOW });
      expect(again.alreadyImported).toBeDefined();
      const forced = await importFiles(store, [path], { now: NOW, force: true });
      expect(forced.imported).toEqual({});
    }
    const after = await countRows(store.db, LOCAL_ACCOUNT_ID);
    expect({ ...after, import_runs: 0 }).toEqual({ ...before, import_runs: 0 });
  });

  it('refuses to mix formats in one import and writes nothing', async () => {
    await expect(
      importFiles(store, [write('contacts.vcf', vcard), write('Connections.csv', connectionsCsv)], {
        now: NOW,
      }),
    ).rejects.toThrow(/different kinds/);
    const counts = await countRows(store.db, LOCAL_ACCOUNT_ID);
    expect(counts.people).toBe(0);
  });
});
