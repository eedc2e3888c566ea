import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import yazl from 'yazl';
import type { MessageRecord } from '../import-batch.js';
import { readFacebookExport } from './read-facebook-export.js';

const dir = mkdtempSync(join(tmpdir(), 'weakties-facebook-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function fixture(name: string): Buffer {
  return readFileSync(new URL(`./fixtures/${name}`, import.meta.url));
}

async function writeZip(path: string, entries: Record<string, Buffer>): Promise<void> {
  const zip = new yazl.ZipFile();
  for (const [name, bytes] of Object.entries(entries)) zip.addBuffer(bytes, name);
  zip.end();
  const chunks: Buffer[] = [];
  for await (const chunk of zip.outputStream) chunks.push(chunk as Buffer);
  writeFileSync(path, Buffer.concat(chunks));
}

describe('readFacebookExport', () => {
  it('reads threads, friends and the profile from a zip and ignores photos and other JSON', async () => {
    const path = join(dir, 'facebook-cora-2026.zip');
    await writeZip(path, {
      'your_facebook_activity/messages/inbox/1234567890123456/message_1.json': fixture(
        'facebook-2026-mojibake-name.json',
      ),
      'your_facebook_activity/messages/inbox/1234567890123456/photos/1.jpg': Buffer.from([
        0xff, 0xd8, 0xff,
      ]),
      'personal_information/profile_information/profile_information.json': fixture(
        'facebook-profile-information.json',
      ),
      'connections/friends/your_friends.json': fixture('facebook-your-friends-v2.json'),
      'ads_information/advertisers_using_your_activity.json': Buffer.from(
        '{"custom_audiences_all_types_v2": []}',
      ),
    });
    const batch = await readFacebookExport(path);
    expect(batch.source).toBe('facebook');
    const messages = batch.records.filter((r): r is MessageRecord => r.kind === 'message');
    expect(messages.map((m) => m.direction)).toEqual(['in', 'out']);
    expect(batch.records.filter((r) => r.kind === 'contact')).toHaveLength(2);
    expect(batch.files.map((f) => f.file)).toEqual([
      'your_facebook_activity/messages/inbox/1234567890123456/message_1.json',
      'personal_information/profile_information/profile_information.json',
      'connections/friends/your_friends.json',
    ]);
  });

  it('reads an unzipped folder, merging a thread split over two files', async () => {
    const root = join(dir, 'unzipped');
    const thread = join(root, 'messages', 'inbox', 'jonasbrandt_4k2lq9x8aa');
    mkdirSync(thread, { recursive: true });
    writeFileSync(
      join(thread, 'message_1.json'),
      fixture('facebook-2022-newest-first-message_1.json'),
    );
    writeFileSync(
      join(thread, 'message_2.json'),
      fixture('facebook-2022-newest-first-message_2.json'),
    );
    const batch = await readFacebookExport([root]);
    const keys = new Set(batch.records.map((r) => (r.kind === 'message' ? r.conversationKey : '')));
    expect(keys).toEqual(new Set(['jonasbrandt_4k2lq9x8aa']));
    expect(batch.records).toHaveLength(5);
  });

  it('throws AppError for a missing path and a damaged zip', async () => {
    await expect(readFacebookExport(join(dir, 'nope.zip'))).rejects.toMatchObject({
      code: 'not-found',
    });
    const broken = join(dir, 'broken.zip');
    writeFileSync(broken, Buffer.from('PK\u0003\u0004 not really a zip'));
    await expect(readFacebookExport(broken)).rejects.toMatchObject({ code: 'invalid-input' });
  });
});
