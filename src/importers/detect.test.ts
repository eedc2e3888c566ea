import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { detectSource } from './detect.js';

const here = dirname(fileURLToPath(import.meta.url));
const fixture = (folder: string, name: string) => join(here, folder, 'fixtures', name);

describe('detectSource', () => {
  it.each([
    ['linkedin', 'connections-2024-notes-preamble.csv', 'linkedin'],
    ['linkedin', 'connections-2018-no-url.csv', 'linkedin'],
    ['linkedin', 'messages-2026-all-quoted.csv', 'linkedin'],
    ['linkedin', 'shares-2018-utf16le-tab.csv', 'linkedin'],
    ['vcard', 'android-21-quoted-printable-soft-break.vcf', 'vcard'],
    ['vcard', 'utf8-bom.vcf', 'vcard'],
    ['google-csv', 'google-legacy-multi-value.csv', 'google-csv'],
    ['google-csv', 'google-current-labels.csv', 'google-csv'],
    ['ics', 'google-invite-folded-mid-parameter.ics', 'ics'],
    ['whatsapp', 'android-en-gb-24h.txt', 'whatsapp'],
    ['whatsapp', 'ios-bare-txt-no-mark.txt', 'whatsapp'],
    ['whatsapp', 'ios-bare-txt-utf8-bom.txt', 'whatsapp'],
    ['mbox', 'bulk-lists-and-robots.mbox', 'mbox'],
    ['mbox', 'quoted-comma-addresses.eml', 'mbox'],
    ['facebook', 'facebook-your-friends-v2.json', 'facebook'],
  ])('reads %s/%s as %s by its content', async (folder, name, expected) => {
    expect(await detectSource(fixture(folder, name))).toBe(expected);
  });

  it('reads a folder holding a bare iOS chat text as WhatsApp', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'weakties-detect-'));
    copyFileSync(fixture('whatsapp', 'ios-bare-txt-utf8-bom.txt'), join(dir, '_chat.txt'));
    expect(await detectSource(dir)).toBe('whatsapp');
  });

  it('goes by content, not by the file name', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'weakties-detect-'));
    const misnamed = join(dir, 'Connections.csv');
    writeFileSync(misnamed, 'BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana Ruiz\r\nEND:VCARD\r\n');
    expect(await detectSource(misnamed)).toBe('vcard');
  });

  it('refuses a binary file with a message naming it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'weakties-detect-'));
    const png = join(dir, 'Connections.csv');
    writeFileSync(png, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
    await expect(detectSource(png)).rejects.toThrow(
      /Connections\.csv: not a format weakties reads/,
    );
  });

  it('says plainly when a path does not exist', async () => {
    await expect(detectSource('/no/such/export.zip')).rejects.toThrow(/no such file or folder/);
  });
});
