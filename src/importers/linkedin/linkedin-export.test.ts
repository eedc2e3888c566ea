import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { RecordKind } from '../import-batch.js';
import { parseLinkedInFiles } from './linkedin-export.js';

const fixture = (name: string): Buffer =>
  readFileSync(new URL(`./fixtures/${name}`, import.meta.url));
const text = (value: string): Uint8Array => new TextEncoder().encode(value);

describe('parseLinkedInFiles', () => {
  const batch = parseLinkedInFiles(
    [
      { name: 'messages.csv', bytes: fixture('messages-2024-drafts-spam-sponsored.csv') },
      { name: 'Jobs/Saved Jobs.csv', bytes: fixture('saved-jobs.csv') },
      { name: 'Skills.csv', bytes: text('Name\nPython\n') },
      { name: 'Invitations.csv', bytes: fixture('invitations-2024-both-directions.csv') },
      { name: 'Connections.csv', bytes: fixture('connections-2024-notes-preamble.csv') },
      { name: 'Profile.csv', bytes: fixture('profile-2024-birthday-no-year.csv') },
      { name: 'Email Addresses.csv', bytes: fixture('email-addresses.csv') },
    ],
    '2024-12-16',
  );

  it('puts owner data, then connections, before invitations and messages', () => {
    const kinds = batch.records.map((r) => r.kind);
    const firstOf = (kind: RecordKind): number => kinds.indexOf(kind);
    const lastOf = (kind: RecordKind): number => kinds.lastIndexOf(kind);
    expect(kinds[0]).toBe('owner-profile');
    expect(lastOf('owner-contact')).toBeLessThan(firstOf('connection'));
    expect(lastOf('connection')).toBeLessThan(firstOf('invitation'));
    expect(lastOf('invitation')).toBeLessThan(firstOf('message'));
    expect(kinds.filter((k) => k === 'message')).toHaveLength(5);
  });

  it('reports every file, listing files it does not use as skipped', () => {
    expect(batch.exportDate).toBe('2024-12-16');
    expect(batch.files).toEqual(
      expect.arrayContaining([
        { file: 'Connections.csv', kind: 'connections', rows: 4, skipped: { 'blank row': 1 } },
        {
          file: 'messages.csv',
          kind: 'messages',
          rows: 5,
          skipped: { draft: 1, spam: 1, sponsored: 1 },
        },
        { file: 'Jobs/Saved Jobs.csv', kind: 'saved-jobs', rows: 1, skipped: {} },
        { file: 'Skills.csv', kind: 'skipped', rows: 0, skipped: {} },
      ]),
    );
    expect(batch.files).toHaveLength(7);
    expect(batch.issues).toEqual([]);
  });

  it("tells the owner of a single two-person chat by Profile.csv's name, whatever order files come in", () => {
    const chat =
      'CONVERSATION ID,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,CONTENT\n' +
      'c1,Ana Ruiz,https://www.linkedin.com/in/ana,Marta Silva,https://www.linkedin.com/in/marta,2024-12-16 18:24:37 UTC,Hi\n' +
      'c1,Marta Silva,https://www.linkedin.com/in/marta,Ana Ruiz,https://www.linkedin.com/in/ana,2024-12-16 18:30:00 UTC,Hello\n';
    const result = parseLinkedInFiles([
      { name: 'messages.csv', bytes: text(chat) },
      { name: 'Profile.csv', bytes: fixture('profile-2024-birthday-no-year.csv') },
    ]);
    const directions = result.records.flatMap((r) =>
      r.kind === 'message' ? [[r.direction, r.from?.fullName]] : [],
    );
    expect(directions).toEqual([
      ['in', 'Ana Ruiz'],
      ['out', undefined],
    ]);
    expect(result.issues).toEqual([]);
  });

  it('keeps going when one file is binary: one not-csv issue, the other files import', () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
    const result = parseLinkedInFiles([
      { name: 'Connections.csv', bytes: png },
      { name: 'Invitations.csv', bytes: fixture('invitations-2024-both-directions.csv') },
    ]);
    expect(result.issues).toMatchObject([
      { code: 'not-csv', file: 'Connections.csv', severity: 'error' },
    ]);
    expect(result.records.map((r) => r.kind)).toEqual(['invitation', 'invitation']);
  });
});
