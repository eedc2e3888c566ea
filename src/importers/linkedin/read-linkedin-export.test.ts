import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isAppError } from '../../core/app-error.js';
import { buildLyingZip, buildZip } from '../archive/test-zips.js';
import { readLinkedInExport } from './read-linkedin-export.js';

const fixture = (name: string): Buffer =>
  readFileSync(new URL(`./fixtures/${name}`, import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'weakties-linkedin-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const EXPORT_FILES: Record<string, Buffer | string> = {
  'Profile.csv': fixture('profile-2024-birthday-no-year.csv'),
  'Connections.csv': fixture('connections-2024-notes-preamble.csv'),
  'messages.csv': fixture('messages-2024-drafts-spam-sponsored.csv'),
  'Jobs/Saved Jobs.csv': fixture('saved-jobs.csv'),
  'Skills.csv': 'Name\nPython\n',
  'Articles/Articles/weak-ties.html': '<html><title>Weak ties</title></html>',
};

function write(path: string, bytes: Buffer | string): string {
  const full = join(work, path);
  mkdirSync(dirname(full), { recursive: true });
  writeFileSync(full, bytes);
  return full;
}

async function failure(promise: Promise<unknown>): Promise<{ code: string; message: string }> {
  try {
    await promise;
  } catch (error) {
    if (isAppError(error)) return { code: error.code, message: error.message };
    throw error;
  }
  throw new Error('expected an AppError');
}

describe('readLinkedInExport', () => {
  it('reads the zip as downloaded, dated by its name, listing unused files as skipped', async () => {
    const zip = write('Basic_LinkedInDataExport_12-16-2024.zip', await buildZip(EXPORT_FILES));
    const batch = await readLinkedInExport([zip]);
    expect(batch.source).toBe('linkedin');
    expect(batch.exportDate).toBe('2024-12-16');
    expect(batch.issues).toEqual([]);
    expect(new Map(batch.files.map((f) => [f.file, [f.kind, f.rows]]))).toEqual(
      new Map([
        ['Profile.csv', ['profile', 1]],
        ['Connections.csv', ['connections', 4]],
        ['messages.csv', ['messages', 5]],
        ['Jobs/Saved Jobs.csv', ['saved-jobs', 1]],
        ['Skills.csv', ['skipped', 0]],
        ['Articles/Articles/weak-ties.html', ['skipped', 0]],
      ]),
    );
    const kinds = batch.records.map((r) => r.kind);
    expect(kinds[0]).toBe('owner-profile');
    expect(kinds.lastIndexOf('connection')).toBeLessThan(kinds.indexOf('message'));
    const saved = batch.records.find((r) => r.kind === 'saved-job');
    expect(saved?.source).toEqual({ file: 'Jobs/Saved Jobs.csv', line: 2 });
  });

  it('reads the unzipped folder to the same records', async () => {
    const folder = join(work, 'Complete_LinkedInDataExport_01-05-2025');
    for (const [name, bytes] of Object.entries(EXPORT_FILES))
      write(join('Complete_LinkedInDataExport_01-05-2025', name), bytes);
    const fromFolder = await readLinkedInExport([folder]);
    const fromZip = await readLinkedInExport([write('again.zip', await buildZip(EXPORT_FILES))]);
    expect(fromFolder.exportDate).toBe('2025-01-05');
    expect(fromFolder.records).toEqual(fromZip.records);
  });

  it('reads single CSV files, recognising a renamed one by its header', async () => {
    const renamed = write(
      'single/my connections (old laptop).csv',
      fixture('connections-2018-no-url.csv'),
    );
    const invitations = write('single/Invitations.csv', fixture('invitations-2018-no-urls.csv'));
    const notes = write('single/notes.txt', 'remember to call Ana');
    const batch = await readLinkedInExport([renamed, invitations, notes]);
    expect(batch.files).toEqual([
      { file: 'my connections (old laptop).csv', kind: 'connections', rows: 2, skipped: {} },
      { file: 'Invitations.csv', kind: 'invitations', rows: 2, skipped: {} },
      { file: 'notes.txt', kind: 'skipped', rows: 0, skipped: {} },
    ]);
    expect(batch.issues).toMatchObject([
      { code: 'unknown-file', file: 'notes.txt', severity: 'info' },
    ]);
  });

  it('recognises files under other spellings of their name, or by their header row', async () => {
    const zip = write(
      'spellings.zip',
      await buildZip({
        'Profile.csv': fixture('profile-2024-birthday-no-year.csv'),
        'Received_Recommendations.csv': fixture('recommendations-received.csv'),
        'Recommendations Given (1).csv': fixture('recommendations-given.csv'),
        'Connections_Export.csv': fixture('connections-2018-no-url.csv'),
        'Endorsements_Received.csv': fixture('endorsements-url-without-scheme.csv'),
        // The same columns as messages.csv, but conversations with LinkedIn's assistant.
        'coach_messages.csv': fixture('messages-2026-all-quoted.csv'),
      }),
    );
    const batch = await readLinkedInExport([zip]);
    expect(new Map(batch.files.map((f) => [f.file, f.kind]))).toEqual(
      new Map([
        ['Profile.csv', 'profile'],
        ['Received_Recommendations.csv', 'recommendations-received'],
        ['Recommendations Given (1).csv', 'recommendations-given'],
        ['Connections_Export.csv', 'connections'],
        ['Endorsements_Received.csv', 'endorsements-received'],
        ['coach_messages.csv', 'skipped'],
      ]),
    );
  });

  it("does not make the owner's endorsement of themselves a contact", async () => {
    const zip = write(
      'self-endorsed.zip',
      await buildZip({
        'Profile.csv': fixture('profile-2024-birthday-no-year.csv'),
        'Endorsement_Received_Info.csv': fixture('endorsements-owner-endorses-self.csv'),
      }),
    );
    const batch = await readLinkedInExport([zip]);
    const endorsers = batch.records.flatMap((r) =>
      r.kind === 'endorsement' ? [`${r.person.firstName ?? ''} ${r.person.lastName ?? ''}`] : [],
    );
    expect(endorsers).toEqual(['Ana Ruiz']);
    const report = batch.files.find((f) => f.file === 'Endorsement_Received_Info.csv');
    expect(report?.skipped).toEqual({ "the owner's own endorsement": 1 });
  });

  it('imports the rest of a good zip when its Connections.csv is binary', async () => {
    const png = Buffer.from([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52,
    ]);
    const zip = write(
      'binary-connections.zip',
      await buildZip({ 'Connections.csv': png, 'Jobs/Saved Jobs.csv': fixture('saved-jobs.csv') }),
    );
    const batch = await readLinkedInExport([zip]);
    expect(batch.issues).toMatchObject([
      { code: 'not-csv', file: 'Connections.csv', severity: 'error' },
    ]);
    expect(batch.records.map((r) => r.kind)).toEqual(['saved-job']);
  });

  it('refuses a truncated zip as a whole, naming it', async () => {
    const whole = await buildZip(EXPORT_FILES);
    const zip = write(
      'Basic_LinkedInDataExport_03-01-2025.zip',
      whole.subarray(0, Math.floor(whole.length / 2)),
    );
    const result = await failure(readLinkedInExport([zip]));
    expect(result.code).toBe('invalid-input');
    expect(result.message).toContain('Basic_LinkedInDataExport_03-01-2025.zip');
  });

  it('refuses a zip bomb as a whole, naming the archive and the entry', async () => {
    const zip = write(
      'bomb.zip',
      buildLyingZip('Connections.csv', Buffer.alloc(8 * 1024 * 1024, 0x61), 64),
    );
    const result = await failure(readLinkedInExport([zip]));
    expect(result.code).toBe('too-large');
    expect(result.message).toContain('bomb.zip: Connections.csv');
  });

  it('says which path does not exist, and asks for one when none is given', async () => {
    expect(await failure(readLinkedInExport([join(work, 'nope.zip')]))).toMatchObject({
      code: 'not-found',
    });
    expect(await failure(readLinkedInExport([]))).toMatchObject({ code: 'usage' });
  });
});
