import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ImportBatch, ImportRecord } from '../importers/import-batch.js';
import { LOCAL_ACCOUNT_ID } from '../store/open-store.js';
import { countRows } from '../store/stats-store.js';
import { openTempStore } from './test-support/temp-store.js';
import { writeImportBatch } from './write-import-batch.js';

type TempStore = Awaited<ReturnType<typeof openTempStore>>;
let store: TempStore;
beforeEach(async () => {
  store = await openTempStore();
});
afterEach(async () => {
  await store.cleanup();
});

const at = (file: string, line: number) => ({ file, line });

function connection(
  first: string,
  last: string,
  url: string,
  company: string,
  title: string,
  line: number,
): ImportRecord {
  return {
    kind: 'connection',
    source: at('Connections.csv', line),
    person: { firstName: first, lastName: last, profileUrl: url, company, title },
    connectedOn: '2024-08-01',
  };
}

function batch(records: ImportRecord[], exportDate = '2024-12-20'): ImportBatch {
  return { source: 'linkedin', records, issues: [], files: [], exportDate };
}

// Both bulk-write paths of store/bulk-insert.ts: SQLite prepared statements and Kysely multi-row.
let useRaw = true;

async function write(b: ImportBatch, runId = 1) {
  return store.db.transaction().execute((trx) =>
    writeImportBatch(trx, b, {
      accountId: LOCAL_ACCOUNT_ID,
      runId,
      keepBodies: false,
      now: '2026-11-23T10:00:00.000Z',
      sqlite: useRaw ? store.sqlite : undefined,
    }),
  );
}

const ana = connection(
  'Ana',
  'Ruiz',
  'https://www.linkedin.com/in/anaruiz/',
  'Acme',
  'Engineer',
  5,
);
const tom = connection(
  'Tomás',
  'Berg, Ph.D.',
  'https://linkedin.com/in/tomasberg',
  'Globex, Inc.',
  'CTO',
  6,
);
const message: ImportRecord = {
  kind: 'message',
  source: at('messages.csv', 2),
  channel: 'linkedin',
  conversationKey: 'conv-1',
  sentAt: '2024-12-16T18:24:37Z',
  from: { fullName: 'Ana Ruiz', profileUrl: 'https://www.linkedin.com/in/AnaRuiz' },
  to: [],
  direction: 'in',
  content: 'Hello there, how are you?',
};

describe.each([true, false])('writeImportBatch (raw SQLite statements: %s)', (raw) => {
  beforeEach(() => {
    useRaw = raw;
  });
  it('creates one person per connection and joins messages to them by profile URL', async () => {
    const result = await write(batch([ana, tom, message]));
    expect(result.inserted.people).toBe(2);
    expect(result.inserted.connections).toBe(2);
    expect(result.inserted.messages).toBe(1);
    const people = await store.db.selectFrom('people').selectAll().orderBy('id').execute();
    expect(people.map((p) => p.display_name)).toEqual(['Ana Ruiz', 'Tomás Berg']);
    expect(people[1]?.credentials).toBe('Ph.D.');
    const sender = await store.db
      .selectFrom('messages')
      .select('sender_person_id')
      .executeTakeFirst();
    expect(sender?.sender_person_id).toBe(people[0]?.id);
  });

  it('changes nothing when the same batch is written twice', async () => {
    await write(batch([ana, tom, message]));
    const before = await countRows(store.db, LOCAL_ACCOUNT_ID);
    const again = await write(batch([ana, tom, message]));
    expect(again.inserted).toEqual({});
    expect(again.updated.connections).toBe(0);
    expect(await countRows(store.db, LOCAL_ACCOUNT_ID)).toEqual(before);
  });

  it('records a changed company from a newer export without duplicating the person', async () => {
    await write(batch([ana], '2024-12-20'));
    const moved = connection(
      'Ana',
      'Ruiz',
      'https://www.linkedin.com/in/anaruiz',
      'Initech',
      'Staff Engineer',
      5,
    );
    const result = await write(batch([moved], '2025-06-01'), 2);
    expect(result.updated.connections).toBe(1);
    expect(result.inserted.people).toBeUndefined();
    const person = await store.db.selectFrom('people').selectAll().executeTakeFirstOrThrow();
    expect([person.company, person.title]).toEqual(['Initech', 'Staff Engineer']);
    const changes = await store.db
      .selectFrom('connection_changes')
      .selectAll()
      .orderBy('field')
      .execute();
    expect(changes.map((c) => [c.field, c.old_value, c.new_value, c.observed_on])).toEqual([
      ['company', 'Acme', 'Initech', '2025-06-01'],
      ['position', 'Engineer', 'Staff Engineer', '2025-06-01'],
    ]);
  });

  it('does not let an older export overwrite a newer one', async () => {
    await write(batch([ana], '2025-06-01'));
    const old = connection(
      'Ana',
      'Ruiz',
      'https://www.linkedin.com/in/anaruiz',
      'Oldco',
      'Intern',
      5,
    );
    const result = await write(batch([old], '2020-01-01'), 2);
    expect(result.updated.connections).toBe(0);
    const person = await store.db.selectFrom('people').selectAll().executeTakeFirstOrThrow();
    expect(person.company).toBe('Acme');
  });

  it('matches 2018 name-only messages to the connection of that name', async () => {
    const named: ImportRecord = {
      ...message,
      conversationKey: 'c-2018',
      from: { fullName: 'Ana Ruiz' },
      sentAt: '2018-10-16T08:36:00',
    };
    await write(batch([ana, named]));
    const people = await store.db.selectFrom('people').select('id').execute();
    expect(people).toHaveLength(1);
  });

  it('reads a phone book card whose only name is "Last, First" as that person', async () => {
    const card: ImportRecord = {
      kind: 'contact',
      book: 'vcard',
      source: at('contacts.vcf', 3),
      person: { firstName: 'Ruiz, Ana', phones: ['+49 151 12345678'] },
    };
    await write(batch([ana, card]));
    const people = await store.db
      .selectFrom('people')
      .select('display_name')
      .orderBy('id')
      .execute();
    // The name is read first-last. A card with a key of its own (a phone) never joins a person
    // who has a different key on name alone: it waits in the review queue instead.
    expect(people.map((p) => p.display_name)).toEqual(['Ana Ruiz', 'Ana Ruiz']);
  });

  it('keeps message bodies out of the store by default and counts words', async () => {
    await write(batch([ana, message]));
    const m = await store.db.selectFrom('messages').selectAll().executeTakeFirstOrThrow();
    expect(m.body).toBeNull();
    expect(m.word_count).toBe(5);
  });

  it('keeps provenance: file and line of each record and identity', async () => {
    await write(batch([ana, tom]));
    const c = await store.db.selectFrom('connections').selectAll().orderBy('source_line').execute();
    expect(c.map((r) => [r.source_file, r.source_line, r.run_id])).toEqual([
      ['Connections.csv', 5, 1],
      ['Connections.csv', 6, 1],
    ]);
    const ids = await store.db
      .selectFrom('identities')
      .selectAll()
      .where('kind', '=', 'profile-url')
      .execute();
    expect(ids.map((i) => i.value).sort()).toEqual([
      'linkedin.com/in/anaruiz',
      'linkedin.com/in/tomasberg',
    ]);
  });

  it('rolls back everything when the transaction fails midway', async () => {
    await expect(
      store.db.transaction().execute(async (trx) => {
        await writeImportBatch(trx, batch([ana, tom, message]), {
          accountId: LOCAL_ACCOUNT_ID,
          runId: 1,
          keepBodies: false,
          now: '2026-11-23T10:00:00.000Z',
          sqlite: raw ? store.sqlite : undefined,
        });
        throw new Error('disk full');
      }),
    ).rejects.toThrow('disk full');
    const counts = await countRows(store.db, LOCAL_ACCOUNT_ID);
    expect(Object.values(counts).every((n) => n === 0)).toBe(true);
  });
});
