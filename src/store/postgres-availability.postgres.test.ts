import pg from 'pg';
import { describe, expect, inject, it } from 'vitest';
import { NO_POSTGRES_TEST_NAME } from './test-support/throwaway-postgres.js';

// The one test of the `postgres` project that runs even with no PostgreSQL at all: there it is
// reported as skipped under a name that says the PostgreSQL store tests did not run.
const adminUrl = inject('postgresAdminUrl');

describe('PostgreSQL for the store tests', () => {
  if (adminUrl === null) {
    it(NO_POSTGRES_TEST_NAME, (ctx) => ctx.skip(NO_POSTGRES_TEST_NAME));
    return;
  }

  it('answers, and is version 13 or newer (test databases are dropped WITH (FORCE))', async () => {
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    try {
      const result = await client.query<{ server_version_num: string }>('show server_version_num');
      expect(Number(result.rows[0]?.server_version_num)).toBeGreaterThanOrEqual(130000);
    } finally {
      await client.end();
    }
  });
});
