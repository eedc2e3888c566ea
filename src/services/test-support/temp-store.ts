import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inject } from 'vitest';
import { openPostgresStore } from '../../store/open-postgres-store.js';
import { openSqliteStore, type Store } from '../../store/open-store.js';
import { createTestDatabase } from '../../store/test-support/postgres-test-database.js';

export type TempStore = Store & { dir: string; cleanup(): Promise<void> };

/**
 * A real store for one test (tests use the real thing, not a mock), with a fresh temporary
 * folder for the test's files. SQLite in that folder; in the `postgres` test project
 * (WEAKTIES_TEST_STORE=postgres, vitest.config.ts) a fresh database on the test server instead.
 */
export async function openTempStore(): Promise<TempStore> {
  const dir = mkdtempSync(join(tmpdir(), 'weakties-test-'));
  const removeDir = (): void => rmSync(dir, { recursive: true, force: true });
  if (process.env.WEAKTIES_TEST_STORE !== 'postgres') {
    const store = await openSqliteStore({ dir });
    return {
      ...store,
      dir,
      async cleanup() {
        await store.close();
        removeDir();
      },
    };
  }
  const adminUrl = inject('postgresAdminUrl');
  const template = inject('postgresTemplateDatabase');
  if (!adminUrl || !template) throw new Error('the postgres test project has no PostgreSQL server');
  const database = await createTestDatabase(adminUrl, template);
  const store = await openPostgresStore({ url: database.url });
  return {
    ...store,
    dir,
    async cleanup() {
      try {
        await store.close();
      } finally {
        await database.drop();
        removeDir();
      }
    },
  };
}
