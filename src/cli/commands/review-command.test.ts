import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportBatch } from '../../importers/import-batch.js';
import { writeImportBatch } from '../../services/write-import-batch.js';
import { LOCAL_ACCOUNT_ID, openSqliteStore } from '../../store/open-store.js';
import { runCli } from '../run-cli.js';

const home = mkdtempSync(join(tmpdir(), 'weakties-review-'));

async function run(...argv: string[]) {
  let out = '';
  let err = '';
  const sink = (append: (s: string) => void) =>
    new Writable({
      write(chunk: Buffer, _enc, done) {
        append(chunk.toString());
        done();
      },
    });
  const code = await runCli(argv, {
    stdout: sink((s) => (out += s)),
    stderr: sink((s) => (err += s)),
    env: { WEAKTIES_HOME: home },
  });
  return { code, out, err };
}

// "Robert Smith" on LinkedIn and "Bob Smith" in an address book, both at globex.com, plus a
// coworker "Roberta Smithson" who must never be proposed.
const batch: ImportBatch = {
  source: 'linkedin',
  issues: [],
  files: [],
  exportDate: '2025-03-01',
  records: [
    {
      kind: 'connection',
      source: { file: 'Connections.csv', line: 2 },
      person: {
        firstName: 'Robert',
        lastName: 'Smith',
        profileUrl: 'https://www.linkedin.com/in/robsmith',
        emails: ['robert.smith@globex.com'],
        company: 'Globex',
      },
    },
    {
      kind: 'contact',
      source: { file: 'contacts.vcf', line: 1 },
      book: 'phone',
      person: { fullName: 'Bob Smith', emails: ['bob@globex.com'] },
    },
    {
      kind: 'contact',
      source: { file: 'contacts.vcf', line: 12 },
      book: 'phone',
      person: { fullName: 'Roberta Smithson', emails: ['roberta@globex.com'] },
    },
  ],
};

beforeAll(async () => {
  const store = await openSqliteStore({ dir: home });
  await store.db.transaction().execute((trx) =>
    writeImportBatch(trx, batch, {
      accountId: LOCAL_ACCOUNT_ID,
      runId: 1,
      keepBodies: false,
      now: '2026-11-27T10:00:00.000Z',
      sqlite: store.sqlite,
    }),
  );
  await store.close();
});
afterAll(() => rmSync(home, { recursive: true, force: true }));

interface Queue {
  total: number;
  items: {
    a: { id: number; displayName: string };
    b: { id: number; displayName: string };
    reasons: { comparison: string; level: string }[];
  }[];
}

describe('weakties review, merge, split, undo-merge and not-same', () => {
  it('reviews, merges, undoes and dismisses through the command line', async () => {
    const review = await run('review', '--json');
    expect(review.code).toBe(0);
    const queue = JSON.parse(review.out) as Queue;
    expect(queue.items.map((i) => [i.a.displayName, i.b.displayName])).toEqual([
      ['Robert Smith', 'Bob Smith'],
    ]);
    // A nickname and an address at Robert's employer's domain; Bob's address does not spell
    // "Robert Smith". Too few people to estimate the model on, so it asks rather than merges.
    expect(queue.items[0]?.reasons.map((r) => `${r.comparison}:${r.level}`).sort()).toEqual([
      'email-name:different',
      'email:company-domain',
      'name:nickname',
    ]);
    const text = await run('review');
    expect(text.out).toContain(`an email address at the company's own domain`);

    const merge = await run('merge', 'robert.smith@globex.com', 'bob@globex.com', '--json');
    expect(merge.err).toBe('');
    const merged = JSON.parse(merge.out) as { mergeId: number; mergedPersonId: number };
    expect((JSON.parse((await run('review', '--json')).out) as Queue).total).toBe(0);
    const stats = await run('stats');
    expect(stats.out).toMatch(/People merged\s+1/);
    // Bob's email now finds Robert.
    const person = JSON.parse((await run('person', 'bob@globex.com', '--json')).out) as {
      displayName: string;
    };
    expect(person.displayName).toBe('Robert Smith');

    const undo = await run('undo-merge', String(merged.mergeId));
    expect(undo.code).toBe(0);
    expect(undo.out).toContain(`#${merged.mergedPersonId} is back`);
    expect((await run('undo-merge', String(merged.mergeId))).code).toBe(75);
    expect((await run('stats')).out).toMatch(/People merged\s+0/);

    const dismissed = await run('not-same', 'robert.smith@globex.com', 'bob@globex.com');
    expect(dismissed.code).toBe(0);
    expect((JSON.parse((await run('review', '--json')).out) as Queue).total).toBe(0);
  });

  it('splits an identity out into a new person', async () => {
    const split = await run(
      'split',
      'robert.smith@globex.com',
      '--identity',
      'email:Robert.Smith@globex.com',
      '--json',
    );
    expect(split.err).toBe('');
    const result = JSON.parse(split.out) as { kind: string; newPersonId: number };
    expect(result.kind).toBe('identity');
    const person = JSON.parse((await run('person', 'robert.smith@globex.com', '--json')).out) as {
      id: number;
    };
    expect(person.id).toBe(result.newPersonId);
  });

  it('explains a bad argument with the usage exit code', async () => {
    expect((await run('merge', 'only-one')).code).toBe(64);
    expect((await run('review', '--limit', '0')).code).toBe(64);
    expect((await run('split', '1', '--identity', 'nonsense')).code).toBe(64);
  });
});
