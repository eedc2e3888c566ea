import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import { LOCAL_ACCOUNT_ID, type Store } from '../store/open-store.js';
import { listPeople } from '../store/people-store.js';
import { countRows, loadNetworkFigures } from '../store/stats-store.js';
import {
  createTestDatabase,
  type TestDatabase,
} from '../store/test-support/postgres-test-database.js';
import { importFiles } from './import-files.js';
import { openStore } from './store-access.js';

// Server mode as a user configures it (issue 9): WEAKTIES_DATABASE_URL names an empty database,
// and the same export lands there exactly as in the SQLite store.
const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '../importers/linkedin/fixtures');

/** A small LinkedIn export folder: the importer's fixtures under LinkedIn's file names. */
function writeLinkedInExport(into: string): string {
  const exportDir = join(into, 'Basic_LinkedInDataExport');
  mkdirSync(exportDir);
  const files: Record<string, string> = {
    'Profile.csv': 'profile-2024-birthday-no-year.csv',
    'Positions.csv': 'positions-current-and-past.csv',
    'Connections.csv': 'connections-2024-notes-preamble.csv',
    'Endorsement_Received_Info.csv': 'endorsements-url-without-scheme.csv',
    'Recommendations_Received.csv': 'recommendations-received.csv',
    'Invitations.csv': 'invitations-2024-both-directions.csv',
    'messages.csv': 'messages-2024-drafts-spam-sponsored.csv',
  };
  for (const [name, fixture] of Object.entries(files)) {
    copyFileSync(join(FIXTURES, fixture), join(exportDir, name));
  }
  return exportDir;
}
const NOW = new Date('2026-11-28T12:00:00Z');

let dir: string;
let linkedInExport: string;
let database: TestDatabase;
const opened: Store[] = [];

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'weakties-pg-config-'));
  linkedInExport = writeLinkedInExport(dir);
  const adminUrl = inject('postgresAdminUrl');
  if (!adminUrl) throw new Error('the postgres test project has no PostgreSQL server');
  database = await createTestDatabase(adminUrl);
});
afterEach(async () => {
  for (const store of opened.splice(0)) await store.close();
  await database.drop();
  rmSync(dir, { recursive: true, force: true });
});

async function open(env: NodeJS.ProcessEnv): Promise<Store> {
  const store = await openStore({ dir, env });
  opened.push(store);
  return store;
}

describe('openStore with WEAKTIES_DATABASE_URL', () => {
  it('opens PostgreSQL for the URL and SQLite without it', async () => {
    const postgres = await open({ WEAKTIES_DATABASE_URL: database.url });
    const sqlite = await open({});
    expect(postgres.sqlite).toBeUndefined();
    expect(postgres.location).toContain(database.name);
    expect(sqlite.sqlite).toBeDefined();
    expect(sqlite.location).toBe(join(dir, 'weakties.sqlite'));
  });

  it('imports an export as SQLite does, and a second import adds nothing', async () => {
    const postgres = await open({ WEAKTIES_DATABASE_URL: database.url });
    const sqlite = await open({});

    const intoPostgres = await importFiles(postgres, [linkedInExport], { now: NOW });
    const intoSqlite = await importFiles(sqlite, [linkedInExport], { now: NOW });
    expect(intoPostgres.issues).toEqual(intoSqlite.issues);
    expect(intoPostgres.imported).toEqual(intoSqlite.imported);
    const counts = await countRows(postgres.db, LOCAL_ACCOUNT_ID);
    expect(counts).toEqual(await countRows(sqlite.db, LOCAL_ACCOUNT_ID));
    // Counted by hand in the fixtures: 2 invitations, 2 endorsements, 1 recommendation.
    expect([counts.invitations, counts.endorsements, counts.recommendations]).toEqual([2, 2, 1]);

    const again = await importFiles(postgres, [linkedInExport], { now: NOW, force: true });
    expect(again.imported).toEqual({});
    // Only the run itself is recorded.
    expect(await countRows(postgres.db, LOCAL_ACCOUNT_ID)).toEqual({
      ...counts,
      import_runs: counts.import_runs + 1,
    });

    // What the user sees reads the same: order, NULLs last, counts as numbers.
    const query = { limit: 100, offset: 0 };
    expect(await listPeople(postgres.db, LOCAL_ACCOUNT_ID, query)).toEqual(
      await listPeople(sqlite.db, LOCAL_ACCOUNT_ID, query),
    );
    expect(await loadNetworkFigures(postgres.db, LOCAL_ACCOUNT_ID)).toEqual(
      await loadNetworkFigures(sqlite.db, LOCAL_ACCOUNT_ID),
    );
  });

  it('lets two imports of one export run at once without making anyone twice', async () => {
    const postgres = await open({ WEAKTIES_DATABASE_URL: database.url });
    const sqlite = await open({});
    await importFiles(sqlite, [linkedInExport], { now: NOW });
    await Promise.all([
      importFiles(postgres, [linkedInExport], { now: NOW }),
      importFiles(postgres, [linkedInExport], { now: NOW, force: true }),
    ]);
    const counts = await countRows(postgres.db, LOCAL_ACCOUNT_ID);
    expect({ ...counts, import_runs: 1 }).toEqual({
      ...(await countRows(sqlite.db, LOCAL_ACCOUNT_ID)),
      import_runs: 1,
    });
  });

  it('opens the same database again with its data, and numbers new accounts past the local one', async () => {
    const first = await open({ WEAKTIES_DATABASE_URL: database.url });
    await importFiles(first, [linkedInExport], { now: NOW });
    const people = (await countRows(first.db, LOCAL_ACCOUNT_ID)).people;
    await first.close();
    opened.splice(opened.indexOf(first), 1);

    const second = await open({ WEAKTIES_DATABASE_URL: database.url });
    expect((await countRows(second.db, LOCAL_ACCOUNT_ID)).people).toBe(people);
    const account = await second.db
      .insertInto('accounts')
      .values({ name: 'member', created_at: NOW.toISOString() })
      .returning('id')
      .executeTakeFirstOrThrow();
    expect(account.id).toBe(LOCAL_ACCOUNT_ID + 1);
  });

  it('refuses a URL that is not PostgreSQL without echoing it', async () => {
    await expect(
      openStore({ dir, env: { WEAKTIES_DATABASE_URL: 'mysql://me:secret@db/weakties' } }),
    ).rejects.toMatchObject({
      code: 'usage',
      message: expect.not.stringContaining('secret') as unknown,
    });
  });

  it('says which server it could not reach, password hidden', async () => {
    // Port 1 on loopback: nothing listens there, so the connection is refused at once.
    await expect(
      openStore({
        dir,
        env: { WEAKTIES_DATABASE_URL: 'postgres://me:secret@127.0.0.1:1/weakties' },
      }),
    ).rejects.toMatchObject({
      code: 'io',
      message: expect.stringMatching(
        /^cannot connect to the PostgreSQL store postgres:\/\/me:\*\*\*@127\.0\.0\.1:1\/weakties/,
      ) as unknown,
    });
  });
});
