import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildZip } from './archive/test-zips.js';
import { detectSource } from './detect.js';
import type { MessageRecord } from './import-batch.js';
import { readExport } from './read-export.js';

const work = mkdtempSync(join(tmpdir(), 'weakties-read-export-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const fixture = (folder: string, name: string): Buffer =>
  readFileSync(new URL(`./${folder}/fixtures/${name}`, import.meta.url));
const NOW = new Date('2024-12-01T00:00:00Z');

describe('readExport on real exports', () => {
  it('imports a zipped Google Takeout part by part, each by its content', async () => {
    const zip = join(work, 'takeout-20241201T000000Z-001.zip');
    writeFileSync(
      zip,
      await buildZip({
        'Takeout/archive_browser.html': '<html><body>Takeout</body></html>',
        'Takeout/Mail/All mail Including Spam and Trash.mbox': fixture(
          'mbox',
          'takeout-thread-sent-label.mbox',
        ),
        'Takeout/Contacts/My Contacts/My Contacts.vcf': fixture(
          'vcard',
          'google-escaped-characters.vcf',
        ),
        'Takeout/Calendar/owner@example.com.ics': fixture('ics', 'organizer-also-attendee.ics'),
      }),
    );
    expect(await detectSource(zip)).toBe('takeout');
    const batch = await readExport(zip, 'takeout', { now: NOW });
    expect(new Map(batch.files.map((f) => [f.file, f.kind]))).toEqual(
      new Map([
        ['Takeout/archive_browser.html', 'skipped'],
        ['Takeout/Contacts/My Contacts/My Contacts.vcf', 'vcard'],
        ['Takeout/Calendar/owner@example.com.ics', 'ics'],
        ['Takeout/Mail/All mail Including Spam and Trash.mbox', 'mail'],
      ]),
    );
    // Each part yields what it yields when imported alone.
    for (const [folder, name, source, inZip] of [
      ['vcard', 'google-escaped-characters.vcf', 'vcard', 'My Contacts.vcf'],
      ['ics', 'organizer-also-attendee.ics', 'ics', 'owner@example.com.ics'],
      ['mbox', 'takeout-thread-sent-label.mbox', 'mbox', 'All mail Including Spam and Trash.mbox'],
    ] as const) {
      const alone = join(work, name);
      writeFileSync(alone, fixture(folder, name));
      const single = await readExport(alone, source, { now: NOW });
      const part = batch.files.find((f) => f.file.endsWith(`/${inZip}`));
      expect(single.records.length, name).toBeGreaterThan(0);
      expect(part?.rows, name).toBe(single.records.length);
    }
    const channels = new Set(
      batch.records.filter((r): r is MessageRecord => r.kind === 'message').map((r) => r.channel),
    );
    expect(channels).toEqual(new Set(['email', 'calendar']));
    expect(batch.records.some((r) => r.kind === 'contact')).toBe(true);
  });

  it('reads a .eml holding only From and MIME headers as mail, as inside an mbox', async () => {
    const eml = new URL('./mbox/fixtures/eml-from-and-mime-headers-only.eml', import.meta.url);
    const mbox = new URL(
      './mbox/fixtures/mbox-message-from-and-mime-headers-only.mbox',
      import.meta.url,
    );
    expect(await detectSource(eml.pathname)).toBe('mbox');
    expect(await detectSource(mbox.pathname)).toBe('mbox');
    const inMbox = await readExport(mbox.pathname, 'mbox', { now: NOW });
    expect(inMbox.records).toHaveLength(1);
    expect(inMbox.issues.map((i) => i.message)).toContain(
      'message 1 has no Date header; the date of its mbox "From " line was used.',
    );
    // Alone, nothing dates it: the user is told so, plainly, instead of "not a format".
    const alone = await readExport(eml.pathname, 'mbox', { now: NOW });
    expect(alone.records).toEqual([]);
    expect(alone.issues.map((i) => i.message)).toContain(
      'message 1 has no Date header, and nothing else in it says when it was sent (a single message has no mbox "From " line to go by); it was left out.',
    );
  });

  it('says an empty file is empty, not of an unknown format', async () => {
    for (const [name, text] of [
      ['contacts.vcf', ''],
      ['Connections.csv', '\ufeff\r\n  \r\n'],
    ] as const) {
      const path = join(work, name);
      writeFileSync(path, text);
      await expect(detectSource(path)).rejects.toThrow(
        `${path} is empty: there is nothing in it to import.`,
      );
    }
  });
});
