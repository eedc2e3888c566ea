import { describe, expect, it } from 'vitest';
import { isAppError } from '../../core/app-error.js';
import { DEFAULT_ARCHIVE_LIMITS, openZip } from './zip-reader.js';
import { buildLyingZip, buildZip } from './test-zips.js';

async function failure(promise: Promise<unknown>): Promise<{ code: string; message: string }> {
  try {
    await promise;
  } catch (error) {
    if (isAppError(error)) return { code: error.code, message: error.message };
    throw error;
  }
  throw new Error('expected an AppError');
}

describe('openZip', () => {
  it('lists files (not folders) and reads them back', async () => {
    const zip = await openZip(
      await buildZip({
        'Connections.csv': 'First Name\nAna\n',
        'Jobs/Saved Jobs.csv': 'Saved Date\n',
      }),
      'export.zip',
    );
    expect(zip.entries.map((e) => e.name)).toEqual(['Connections.csv', 'Jobs/Saved Jobs.csv']);
    const first = zip.entries[0];
    expect(first && Buffer.from(await zip.read(first)).toString()).toBe('First Name\nAna\n');
    zip.close();
  });

  it('refuses a truncated zip as a whole, naming it', async () => {
    const whole = await buildZip({ 'Connections.csv': 'First Name\nAna\n'.repeat(100) });
    const result = await failure(
      openZip(whole.subarray(0, whole.length - 30), 'Basic_LinkedInDataExport_12-16-2024.zip'),
    );
    expect(result.code).toBe('invalid-input');
    expect(result.message).toContain('Basic_LinkedInDataExport_12-16-2024.zip');
  });

  it('refuses an entry that claims more than 1 GiB before unpacking anything', async () => {
    const zip = await openZip(
      buildLyingZip('Connections.csv', Buffer.alloc(1000), 3 * 1024 ** 3),
      'bomb.zip',
    );
    const entry = zip.entries[0];
    expect(entry?.uncompressedSize).toBe(3 * 1024 ** 3);
    const result = await failure(entry ? zip.read(entry) : Promise.resolve());
    expect(result.code).toBe('too-large');
    expect(result.message).toMatch(/bomb\.zip: Connections\.csv would unpack to 3\.0 GiB/);
    zip.close();
  });

  it('stops an entry that inflates past the size it declares', async () => {
    const zip = await openZip(
      buildLyingZip('Connections.csv', Buffer.alloc(10 * 1024 * 1024), 1000),
      'bomb.zip',
    );
    const entry = zip.entries[0];
    const result = await failure(entry ? zip.read(entry) : Promise.resolve());
    expect(result.code).toBe('too-large');
    expect(result.message).toContain('holds more than the 1,000 bytes it declares');
    zip.close();
  });

  it('refuses an honest entry packed far tighter than any CSV', async () => {
    const zip = await openZip(
      buildLyingZip('messages.csv', Buffer.alloc(20 * 1024 * 1024), 20 * 1024 * 1024),
      'bomb.zip',
    );
    const entry = zip.entries[0];
    const result = await failure(entry ? zip.read(entry) : Promise.resolve());
    expect(result.code).toBe('too-large');
    expect(result.message).toMatch(/unpacks \d+ times larger/);
    zip.close();
  });

  it('refuses an archive with more entries than allowed', async () => {
    const bytes = await buildZip({ 'a.csv': 'a', 'b.csv': 'b', 'c.csv': 'c' });
    const result = await failure(
      openZip(bytes, 'many.zip', { ...DEFAULT_ARCHIVE_LIMITS, maxEntries: 2 }),
    );
    expect(result.code).toBe('too-large');
    expect(result.message).toContain('many.zip lists 3 entries');
  });
});
