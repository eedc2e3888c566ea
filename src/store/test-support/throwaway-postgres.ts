/**
 * Vitest global setup of the `postgres` test project (vitest.config.ts): finds a PostgreSQL
 * server for the store tests (issue 9: "the whole store test suite runs against SQLite always and
 * against PostgreSQL whenever one is configured").
 *
 * - `WEAKTIES_TEST_DATABASE_URL` names a server to use; its role needs CREATEDB, because each
 *   test store is a database of its own (test-support/postgres-test-database.ts).
 * - Otherwise, when PostgreSQL's binaries are installed, a throwaway cluster is started: initdb
 *   into a temporary folder, run by the `postgres` user when we are root (PostgreSQL refuses to
 *   run as root), listening on 127.0.0.1 only, on a free port, with no Unix socket; stopped and
 *   deleted in teardown.
 * - With neither, the PostgreSQL tests do not run, and the suite says so loudly: a banner on
 *   stderr and a skipped test named for it (../postgres-availability.postgres.test.ts); never a
 *   silent pass.
 */
import type { TestProject } from 'vitest/node';
import { locatePostgres, startThrowawayCluster } from '../throwaway-postgres-cluster.js';
import { createMigratedTemplate } from './postgres-test-database.js';

export { locatePostgres, type PostgresSource } from '../throwaway-postgres-cluster.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A role on a PostgreSQL server that may create databases; null when none was found. */
    postgresAdminUrl: string | null;
    /** A migrated database on that server for test stores to copy (createMigratedTemplate). */
    postgresTemplateDatabase: string | null;
  }
}

export const NO_POSTGRES_TEST_NAME = 'PostgreSQL store tests did not run: no PostgreSQL found';

export function printNoPostgresBanner(): void {
  const line = '!'.repeat(78);
  process.stderr.write(
    `\n${line}\n!! ${NO_POSTGRES_TEST_NAME}.\n` +
      '!! Only SQLite was tested. Install PostgreSQL (Debian: apt-get install postgresql) or set\n' +
      '!! WEAKTIES_TEST_DATABASE_URL=postgres://user@host/db (a role with CREATEDB).\n' +
      `${line}\n\n`,
  );
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const source = locatePostgres();
  if (source.kind === 'none') {
    printNoPostgresBanner();
    project.provide('postgresAdminUrl', null);
    project.provide('postgresTemplateDatabase', null);
    return () => Promise.resolve(printNoPostgresBanner());
  }
  const cluster =
    source.kind === 'binaries' ? await startThrowawayCluster(source.binDir) : undefined;
  const adminUrl = source.kind === 'url' ? source.url : (cluster?.url ?? '');
  try {
    const template = await createMigratedTemplate(adminUrl);
    project.provide('postgresAdminUrl', adminUrl);
    project.provide('postgresTemplateDatabase', template.name);
    return async () => {
      try {
        await template.drop();
      } finally {
        cluster?.stop();
      }
    };
  } catch (error) {
    cluster?.stop();
    throw error;
  }
}
