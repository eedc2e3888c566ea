import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { MessageRecord } from '../import-batch.js';
import { readMailFiles, streamMailFiles } from './read-mail-files.js';

const dir = mkdtempSync(join(tmpdir(), 'weakties-mail-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function fixturePath(name: string): string {
  return fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));
}

describe('readMailFiles', () => {
  it('reads a Takeout mbox under its localised name', async () => {
    const batch = await readMailFiles(fixturePath('Veškerá pošta včetně spamu a koše.mbox'));
    expect(batch.source).toBe('mbox');
    expect(batch.records).toHaveLength(2);
    expect(batch.files).toEqual([
      {
        file: 'Veškerá pošta včetně spamu a koše.mbox',
        kind: 'mail',
        rows: 2,
        skipped: { spam: 1, trash: 1 },
      },
    ]);
  });

  it('reads a maildir-like folder, picking mail files by content, not by name', async () => {
    const maildir = join(dir, 'maildir', 'allen-p', 'sent_mail');
    mkdirSync(maildir, { recursive: true });
    copyFileSync(fixturePath('date-with-pdt-comment.eml'), join(maildir, '1.'));
    writeFileSync(
      join(maildir, '2.'),
      readFileSync(fixturePath('date-with-pdt-comment.eml'), 'utf8')
        .replace('18782981', '18782982')
        .replace('Forecast', 'Re: Forecast'),
    );
    writeFileSync(join(maildir, 'notes.txt'), 'not mail at all\n');
    const batch = await readMailFiles([join(dir, 'maildir')]);
    expect(batch.files.map((f) => [f.file, f.rows])).toEqual([
      ['allen-p/sent_mail/1.', 1],
      ['allen-p/sent_mail/2.', 1],
    ]);
    // Owner decided once across files: phillip.allen is on both messages, as is tim.belden,
    // so nothing stands out.
    expect(batch.issues.map((i) => i.code)).toEqual(['ambiguous-owner']);
  });

  it('throws AppError for a missing path', async () => {
    await expect(readMailFiles(join(dir, 'nope.mbox'))).rejects.toMatchObject({
      code: 'not-found',
    });
  });
});

describe('streamMailFiles', () => {
  it('hands every record over as it is read, after a first pass that finds the owner', async () => {
    const received: MessageRecord[] = [];
    const batch = await streamMailFiles(fixturePath('takeout-thread-sent-label.mbox'), {
      onRecord: (r) => received.push(r),
    });
    expect(batch.records).toEqual([]);
    expect(received.map((r) => r.direction)).toEqual(['in', 'out', 'in']);
    expect(received[1]?.from).toBeUndefined();
    expect(batch.files).toEqual([
      { file: 'takeout-thread-sent-label.mbox', kind: 'mail', rows: 3, skipped: {} },
    ]);
    expect(batch.issues.find((i) => i.code === 'owner-inferred')?.message).toContain(
      'cora@example.com',
    );
  });

  it('refuses to guess when no address stands out', async () => {
    await expect(
      streamMailFiles(fixturePath('takeout-from-quoting-crlf.mbox'), { onRecord: () => undefined }),
    ).rejects.toMatchObject({ code: 'ambiguous' });
  });
});
