import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openPostgresStore } from '../open-postgres-store.js';

export interface TestDatabase {
  name: string;
  /** Connects as the admin URL's role to the new database. */
  url: string;
  drop(): Promise<void>;
}

let created = 0;

/**
 * A fresh database for one test store: isolated from every other test (the two test workers run
 * in parallel), dropped in cleanup. A copy of `template`: template0 gives an empty database,
 * created with UTF-8 and the C locale so that text sorts by code point and lower() folds ASCII
 * only, as SQLite does (dialect.ts, differences 6 and 8), whatever the server's default locale.
 */
export async function createTestDatabase(
  adminUrl: string,
  template = 'template0',
): Promise<TestDatabase> {
  created += 1;
  const name = `weakties_test_${process.pid}_${created}_${randomBytes(4).toString('hex')}`;
  await runAdminStatement(
    adminUrl,
    template === 'template0'
      ? `create database "${name}" template template0 encoding 'UTF8' lc_collate 'C' lc_ctype 'C'`
      : `create database "${name}" template "${template}" strategy file_copy`,
  );
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    name,
    url: url.toString(),
    // WITH (FORCE) (PostgreSQL 13+) ends connections a failed test left open.
    drop: () => runAdminStatement(adminUrl, `drop database if exists "${name}" with (force)`),
  };
}

/**
 * A database with every migration applied, for test stores to copy: a copy takes about half the
 * time of migrating an empty database (measured on the 2-core CI machine: 0.23 s against 0.53 s
 * per store). Made once per test run by the global setup; each store still opens through
 * openPostgresStore, which finds the schema current.
 */
export async function createMigratedTemplate(adminUrl: string): Promise<TestDatabase> {
  const template = await createTestDatabase(adminUrl);
  const store = await openPostgresStore({ url: template.url });
  await store.close();
  return template;
}

async function runAdminStatement(adminUrl: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}
