import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeDemoExport } from '../demo/generate-demo-export.js';
import { writeDemoSources } from '../demo/sources/write-demo-sources.js';
import { isPostgres } from '../store/dialect.js';
import { LOCAL_ACCOUNT_ID } from '../store/open-store.js';
import { USER_DATA_TABLES } from '../store/schema.js';
import {
  countAccountData,
  deleteAccountData,
  encodeCsvField,
  encodeCsvRecord,
  exportAccountData,
  writeAccountExport,
} from './account-data.js';
import { updateGoals } from './goals-service.js';
import { importEdges } from './import-edges.js';
import { importFiles } from './import-files.js';
import { summariseMemberProgress } from './member-progress.js';
import { addTemplate } from './outreach-insights.js';
import { logOutreachEvent } from './outreach-log.js';
import { markPlanItem, planOutreach, updateOutreachSettings } from './plan-outreach.js';
import { recordMutuals } from './record-mutuals.js';
import { dismissCandidate, mergePeople } from './resolve-identities.js';
import { openTempStore, type TempStore } from './test-support/temp-store.js';

describe('encodeCsvField', () => {
  it.each([
    ['plain text', 'Staff Engineer', 'Staff Engineer'],
    ['a comma (RFC 4180: quoted)', 'Lind, Sofia', '"Lind, Sofia"'],
    ['double quotes (RFC 4180: doubled)', 'the "best" team', '"the ""best"" team"'],
    ['a line break', 'line one\nline two', '"line one\nline two"'],
    [
      'a formula (OWASP: shown as text)',
      '=HYPERLINK("http://x.example","y")',
      `"'=HYPERLINK(""http://x.example"",""y"")"`,
    ],
    ['a leading plus', '+1 555 0100', "'+1 555 0100"],
    ['a leading minus', '-2+3', "'-2+3"],
    ['a leading at sign', '@SUM(A1)', "'@SUM(A1)"],
    ['a leading tab', '\t=1', "'\t=1"],
    ['a leading carriage return', '\r=1', `"'\r=1"`],
    ['an equals sign inside', 'a=b', 'a=b'],
  ])('writes %s', (_name, value, expected) => {
    expect(encodeCsvField(value)).toBe(expected);
  });

  it('writes numbers as they are, a negative one included, and null as an empty field', () => {
    expect(encodeCsvRecord([12, -3, null, 0.5, 'x'])).toBe('12,-3,,0.5,x\r\n');
  });

  it('is read back by an independent CSV parser (csv-parse) as the text it was', () => {
    const values = ['a, b', 'say "hi"', 'two\r\nlines', 'plain', ''];
    const [row] = parse(encodeCsvRecord(values), { relax_column_count: false }) as string[][];
    expect(row).toEqual(values);
  });
});

type DemoFiles = string[];

async function writeDemo(dir: string, seed: number): Promise<DemoFiles> {
  const options = { seed, connections: 60 };
  return [await writeDemoExport(dir, options), ...(await writeDemoSources(dir, options))];
}

async function createAccount(store: TempStore, name: string): Promise<number> {
  const row = await store.db
    .insertInto('accounts')
    .values({ name, created_at: '2026-11-01T00:00:00.000Z' })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

async function importDemo(store: TempStore, accountId: number, files: DemoFiles): Promise<void> {
  for (const path of files) {
    await importFiles(store, [path], { accountId, now: new Date('2026-11-20T10:00:00Z') });
  }
}

async function peopleOf(store: TempStore, accountId: number) {
  return store.db
    .selectFrom('people')
    .select(['id', 'display_name'])
    .where('account_id', '=', accountId)
    .orderBy('id')
    .execute();
}

const NOW = new Date('2026-11-25T12:00:00Z');

/**
 * Everything a member can leave in the store beyond an import: goals, pacing settings, a
 * template, logged events, a plan and a done item, recorded mutuals, imported edges, a merge,
 * a dismissed pair, a progress snapshot; and server mode's user, session and consent rows.
 */
async function actAsMember(store: TempStore, accountId: number): Promise<void> {
  const options = { accountId, now: NOW };
  await updateGoals(store, accountId, { targetRoles: ['Engineering Manager'] }, NOW);
  await updateOutreachSettings(store, { dailyMinutes: 30 }, options);
  await addTemplate(
    store,
    'my-advice',
    'advice-request',
    "Hi {firstName}, what would you focus on in the first 90 days at {company}? A two-line reply would help, and I'm glad to return the favour.",
    options,
  );
  const people = await peopleOf(store, accountId);
  const [a, b, c, d, e, f] = people;
  if (!a || !b || !c || !d || !e || !f) throw new Error('the demo has too few people');
  await logOutreachEvent(store, String(a.id), 'call', {
    ...options,
    note: `Met ${a.display_name}`,
  });
  await logOutreachEvent(store, String(b.id), 'help-received', { ...options, help: 'referral' });
  await planOutreach(store, { ...options, day: '2026-11-25' });
  await markPlanItem(store, '1', 'done', { ...options, day: '2026-11-25' });
  await recordMutuals(store, String(c.id), 7, options);
  const edges = join(store.dir, `edges-${accountId}.txt`);
  writeFileSync(edges, `${c.id} ${d.id}\n`);
  await importEdges(store, edges, options);
  await mergePeople(store, e.id, f.id, 'the same person', { accountId });
  await dismissCandidate(store, c.id, d.id, { accountId });
  await summariseMemberProgress(store, accountId, { now: NOW });
  await reimportWithNewEmployer(store, accountId);

  const member = await store.db
    .insertInto('users')
    .values({
      email: `member${accountId}@example.org`,
      display_name: `Xenia Member${accountId}`,
      role: 'member',
      account_id: accountId,
      password_hash: 'scrypt$15$8$1$c2FsdA$ZGlnZXN0',
      created_at: NOW.toISOString(),
      last_sign_in_at: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const coach = await store.db
    .insertInto('users')
    .values({
      email: `coach${accountId}@example.org`,
      display_name: `Coach of ${accountId}`,
      role: 'coach',
      account_id: null,
      password_hash: 'scrypt$15$8$1$c2FsdA$ZGlnZXN0',
      created_at: NOW.toISOString(),
      last_sign_in_at: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await store.db
    .insertInto('sessions')
    .values({
      id_hash: `session-hash-of-${accountId}`,
      user_id: member.id,
      created_at: NOW.toISOString(),
      last_seen_at: NOW.toISOString(),
      expires_at: '2026-12-25T12:00:00.000Z',
      ip: '192.0.2.10',
    })
    .execute();
  await store.db
    .insertInto('consents')
    .values({
      account_id: accountId,
      coach_user_id: coach.id,
      granted_at: NOW.toISOString(),
      revoked_at: null,
    })
    .execute();
}

/** A later export where one connection changed employer: a connection_changes row. */
async function reimportWithNewEmployer(store: TempStore, accountId: number): Promise<void> {
  const row = await store.db
    .selectFrom('connections as c')
    .innerJoin('people as p', 'p.id', 'c.person_id')
    .innerJoin('identities as i', 'i.person_id', 'c.person_id')
    .select(['p.first_name', 'p.last_name', 'i.value', 'c.connected_on'])
    .where('c.account_id', '=', accountId)
    .where('i.kind', '=', 'profile-url')
    .orderBy('c.id')
    .executeTakeFirstOrThrow();
  const [year, month, day] = row.connected_on.split('-');
  const months = [
    'Jan',
    'Feb',
    'Mar',
    'Apr',
    'May',
    'Jun',
    'Jul',
    'Aug',
    'Sep',
    'Oct',
    'Nov',
    'Dec',
  ];
  const file = join(store.dir, `Connections-${accountId}.csv`);
  writeFileSync(
    file,
    'First Name,Last Name,URL,Email Address,Company,Position,Connected On\n' +
      `${row.first_name},${row.last_name},${row.value},,Changedco Labs,Director,${day} ${months[Number(month) - 1]} ${year}\n`,
  );
  await importFiles(store, [file], { accountId, now: new Date('2026-11-24T10:00:00Z') });
}

/** A table a later version might add, which no list in the code names. */
async function addLaterTable(store: TempStore, rows: { accountId: number; note: string }[]) {
  await sql`create table later_feature (id integer primary key, account_id integer not null, note text not null)`.execute(
    store.db,
  );
  let id = 0;
  for (const r of rows) {
    id += 1;
    await sql`insert into later_feature (id, account_id, note) values (${id}, ${r.accountId}, ${r.note})`.execute(
      store.db,
    );
  }
}

/** Every table of the database, from its own catalogue (not from any list in our code). */
async function listAllTables(store: TempStore): Promise<string[]> {
  const result = isPostgres(store.db)
    ? await sql<{ name: string }>`
        select table_name as name from information_schema.tables
        where table_schema = current_schema() and table_type = 'BASE TABLE'`.execute(store.db)
    : await sql<{ name: string }>`
        select name from sqlite_master where type = 'table'`.execute(store.db);
  return result.rows.map((r) => r.name).sort();
}

async function allRows(store: TempStore, table: string): Promise<Record<string, unknown>[]> {
  return (await sql<Record<string, unknown>>`select * from ${sql.table(table)}`.execute(store.db))
    .rows;
}

/** The rows of every table whose account_id is `accountId`, each table's rows sorted. */
async function rowsOfAccount(store: TempStore, accountId: number) {
  const dump: Record<string, string[]> = {};
  for (const table of await listAllTables(store)) {
    const rows = (await allRows(store, table)).filter((r) => r.account_id === accountId);
    if (rows.length > 0) dump[table] = rows.map((r) => JSON.stringify(r)).sort();
  }
  return dump;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

describe('deleteAccountData', () => {
  let store: TempStore;
  let gone: number;
  let kept: number;
  let demoGone: DemoFiles;
  let demoKept: DemoFiles;

  beforeAll(async () => {
    store = await openTempStore();
    demoGone = await writeDemo(join(store.dir, 'gone'), 7);
    demoKept = await writeDemo(join(store.dir, 'kept'), 42);
    kept = LOCAL_ACCOUNT_ID;
    gone = await createAccount(store, 'member to erase');
    await importDemo(store, kept, demoKept);
    await importDemo(store, gone, demoGone);
    await actAsMember(store, kept);
    await actAsMember(store, gone);
    await addLaterTable(store, [
      { accountId: kept, note: 'kept note' },
      { accountId: gone, note: 'note of the erased member' },
    ]);
  }, 180_000);

  afterAll(async () => {
    await store.cleanup();
  });

  it('erases every row of the account in every table, and leaves the other account as it was', async () => {
    // The account has rows in every user-data table, server mode's tables and the later one.
    const counts = await countAccountData(store, gone);
    for (const table of [
      ...USER_DATA_TABLES,
      ...['merges', 'merge_moves', 'dismissed_candidates', 'progress_snapshots'],
      ...['users', 'sessions', 'consents', 'later_feature', 'accounts'],
    ]) {
      expect(counts[table] ?? 0, table).toBeGreaterThan(0);
    }

    // What to look for afterwards: the erased account's people, their names and addresses, its
    // owner, its user; except what the other account also holds (the demos share some names).
    const personIds = new Set((await peopleOf(store, gone)).map((p) => p.id));
    const keptText = JSON.stringify(await rowsOfAccount(store, kept));
    const owner = await store.db
      .selectFrom('owner_profile')
      .select(['first_name', 'last_name'])
      .where('account_id', '=', gone)
      .executeTakeFirstOrThrow();
    const emails = await store.db
      .selectFrom('identities')
      .select('value')
      .where('account_id', '=', gone)
      .where('kind', '=', 'email')
      .execute();
    const needles = [
      ...(await peopleOf(store, gone)).map((p) => p.display_name),
      ...emails.map((e) => e.value),
      `${owner.first_name} ${owner.last_name}`,
      `member${gone}@example.org`,
      `Xenia Member${gone}`,
      `session-hash-of-${gone}`,
      'note of the erased member',
    ].filter((n) => n.length >= 6 && !keptText.includes(n));
    expect(needles.length).toBeGreaterThan(50);
    const keptBefore = await rowsOfAccount(store, kept);

    const result = await deleteAccountData(store, gone);
    expect(result.rows).toBe(Object.values(counts).reduce((a, b) => a + b, 0));

    const pattern = new RegExp(needles.map(escapeRegExp).join('|'));
    const tables = await listAllTables(store);
    expect(tables).toContain('later_feature');
    for (const table of tables) {
      for (const row of await allRows(store, table)) {
        for (const [column, value] of Object.entries(row)) {
          const where = `${table}.${column} = ${String(value)}`;
          if (column === 'account_id' || column.endsWith('_account_id')) {
            expect(value, where).not.toBe(gone);
          }
          if (column === 'person_id' || column.endsWith('_person_id')) {
            expect(personIds.has(Number(value)), where).toBe(false);
          }
          if (table === 'accounts' && column === 'id') expect(value, where).not.toBe(gone);
          if (typeof value === 'string') expect(pattern.test(value), where).toBe(false);
        }
      }
    }
    // The erased member's sessions went with their user (sessions have no account column).
    expect(await allRows(store, 'sessions')).toHaveLength(1);

    expect(await rowsOfAccount(store, kept)).toEqual(keptBefore);
    await expect(deleteAccountData(store, gone)).rejects.toThrow(/no account/);
  });
});

describe('deleteAccountData on the local account', () => {
  let store: TempStore;
  beforeAll(async () => {
    store = await openTempStore();
  });
  afterAll(async () => {
    await store.cleanup();
  });

  it('recreates the local account empty, so the app keeps working', async () => {
    const files = await writeDemo(join(store.dir, 'demo'), 5);
    await importDemo(store, LOCAL_ACCOUNT_ID, files.slice(0, 1));
    expect((await countAccountData(store, LOCAL_ACCOUNT_ID)).people).toBeGreaterThan(50);
    await deleteAccountData(store, LOCAL_ACCOUNT_ID);
    expect(await countAccountData(store, LOCAL_ACCOUNT_ID)).toEqual({ accounts: 1 });
    // Importing the same export again is a new import, not "already imported".
    const again = await importFiles(store, files.slice(0, 1), { now: NOW });
    expect(again.alreadyImported).toBeUndefined();
    expect((await countAccountData(store, LOCAL_ACCOUNT_ID)).people).toBeGreaterThan(50);
  });
});

describe('writeAccountExport and exportAccountData', () => {
  let store: TempStore;
  let member: number;
  let other: number;

  beforeAll(async () => {
    store = await openTempStore();
    member = await createAccount(store, 'member');
    other = await createAccount(store, 'someone else');
    await importDemo(store, member, await writeDemo(join(store.dir, 'member'), 3));
    await importDemo(store, other, (await writeDemo(join(store.dir, 'other'), 4)).slice(0, 1));
    await actAsMember(store, member);
    // A contact whose name is a spreadsheet formula (OWASP, "CSV Injection").
    await store.db
      .updateTable('people')
      .set({ title: '=HYPERLINK("http://evil.example","Click")' })
      .where('account_id', '=', member)
      .where('id', '=', (await peopleOf(store, member))[0]?.id ?? -1)
      .execute();
    await addLaterTable(store, [
      { accountId: member, note: '+ later, "quoted"' },
      { accountId: other, note: 'not theirs' },
    ]);
  }, 180_000);

  afterAll(async () => {
    await store.cleanup();
  });

  it('writes every table of the account as JSON and CSV, owner-only, in a new folder', async () => {
    const dir = join(store.dir, 'exports', 'member');
    const result = await writeAccountExport(store, member, dir, { now: NOW });
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    const files = readdirSync(dir).sort();
    expect(files).toEqual([...result.files].sort());
    for (const file of files) expect(statSync(join(dir, file)).mode & 0o777, file).toBe(0o600);

    const document = JSON.parse(readFileSync(join(dir, 'weakties-export.json'), 'utf8')) as {
      format: string;
      exportedAt: string;
      accountId: number;
      tables: Record<string, Record<string, unknown>[]>;
      manifest: { tables: { name: string; rows: number; columns: string[] }[] };
    };
    expect(document.format).toBe('weakties-export');
    expect(document.exportedAt).toBe(NOW.toISOString());
    expect(document.accountId).toBe(member);
    // Every user-data table, the account row, server mode's rows and the table added later.
    for (const table of [...USER_DATA_TABLES, 'accounts', 'users', 'sessions', 'later_feature']) {
      expect(Object.keys(document.tables), table).toContain(table);
    }
    // The manifest's counts are the rows in the file, and the rows the store holds.
    const counts = await countAccountData(store, member);
    for (const { name, rows } of document.manifest.tables) {
      expect(document.tables[name], name).toHaveLength(rows);
      expect(rows, name).toBe(counts[name] ?? 0);
    }
    // Only this member's rows.
    for (const [name, rows] of Object.entries(document.tables)) {
      for (const row of rows) {
        if ('account_id' in row) expect(row.account_id, name).toBe(member);
      }
    }
    expect(document.tables.accounts).toEqual([
      { id: member, name: 'member', created_at: '2026-11-01T00:00:00.000Z' },
    ]);
    expect(document.tables.later_feature).toEqual([
      { id: 1, account_id: member, note: '+ later, "quoted"' },
    ]);
    // Credentials never leave, even hashed.
    const text = readFileSync(join(dir, 'weakties-export.json'), 'utf8');
    expect(text).not.toContain('password_hash');
    expect(text).not.toContain('scrypt$');
    expect(text).not.toContain('session-hash-of');
    expect(document.tables.users?.[0]?.email).toBe(`member${member}@example.org`);

    // Each CSV holds the same rows, read back by an independent parser.
    for (const { name, rows, columns } of document.manifest.tables) {
      const records = parse(readFileSync(join(dir, `${name}.csv`), 'utf8')) as string[][];
      expect(records[0], name).toEqual(columns);
      expect(records.length - 1, name).toBe(rows);
    }
    const people = parse(readFileSync(join(dir, 'people.csv'), 'utf8'), {
      columns: true,
    }) as Record<string, string>[];
    expect(people.map((p) => p.title)).toContain(`'=HYPERLINK("http://evil.example","Click")`);
    expect(readFileSync(join(dir, 'later_feature.csv'), 'utf8')).toBe(
      `id,account_id,note\r\n1,${member},"'+ later, ""quoted"""\r\n`,
    );
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as {
      files: string[];
      tables: unknown[];
    };
    expect(manifest.files).toEqual(result.files);
    expect(manifest.tables).toEqual(document.manifest.tables);
  });

  it('never overwrites: an existing folder is refused and left as it was', async () => {
    const dir = join(store.dir, 'exports', 'twice');
    await writeAccountExport(store, member, dir, { format: 'json', now: NOW });
    expect(readdirSync(dir).sort()).toEqual(['manifest.json', 'weakties-export.json']);
    const before = readFileSync(join(dir, 'weakties-export.json'), 'utf8');
    await expect(writeAccountExport(store, member, dir, { now: NOW })).rejects.toThrow(
      /already exists/,
    );
    expect(readFileSync(join(dir, 'weakties-export.json'), 'utf8')).toBe(before);
  });

  it('writes CSV only when asked, with the manifest beside it', async () => {
    const dir = join(store.dir, 'exports', 'csv');
    const result = await writeAccountExport(store, member, dir, { format: 'csv', now: NOW });
    expect(result.files).not.toContain('weakties-export.json');
    expect(result.files).toContain('people.csv');
    expect(result.files).toContain('manifest.json');
  });

  it('streams the same JSON document for a download', async () => {
    const dir = join(store.dir, 'exports', 'stream');
    await writeAccountExport(store, member, dir, { format: 'json', now: NOW });
    const download = await exportAccountData(store, member, { now: NOW });
    expect(download.contentType).toBe('application/json; charset=utf-8');
    const text = await new Response(download.body).text();
    expect(text).toBe(readFileSync(join(dir, 'weakties-export.json'), 'utf8'));
  });

  it('refuses an account that does not exist', async () => {
    await expect(exportAccountData(store, 999_999)).rejects.toThrow(/no account/);
    await expect(
      writeAccountExport(store, 999_999, join(store.dir, 'exports', 'nobody')),
    ).rejects.toThrow(/no account/);
  });
});
