import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTempStore, type TempStore } from '../services/test-support/temp-store.js';
import { redactPassword } from './open-postgres-store.js';
import { LOCAL_ACCOUNT_ID } from './open-store.js';

let store: TempStore;
beforeAll(async () => {
  store = await openTempStore();
});
afterAll(async () => {
  await store.cleanup();
});

describe('openPostgresStore', () => {
  it('uses the Kysely bulk path: there is no SQLite connection', () => {
    expect(store.sqlite).toBeUndefined();
  });

  it('returns COUNT, SUM and AVG as numbers, as SQLite does (node-pg gives strings)', async () => {
    const row = await sql<{ n: unknown; total: unknown; mean: unknown }>`
      select count(*) as n, sum(x) as total, avg(x) as mean
      from (values (1), (2), (4)) as t(x)`.execute(store.db);
    // 1 + 2 + 4 = 7; 7 / 3 = 2.333...
    expect(row.rows[0]).toEqual({ n: 3, total: 7, mean: 7 / 3 });
  });

  it('refuses a bigint past 2^53 rather than losing its last digits', async () => {
    await expect(sql`select 9007199254740993::bigint as n`.execute(store.db)).rejects.toThrow(
      /beyond 2\^53/,
    );
  });

  it('has the local account', async () => {
    const accounts = await store.db.selectFrom('accounts').select(['id', 'name']).execute();
    expect(accounts).toEqual([{ id: LOCAL_ACCOUNT_ID, name: 'local' }]);
  });
});

describe('redactPassword', () => {
  it('hides the password and keeps the rest', () => {
    expect(redactPassword('postgres://ana:s3cret@db.example:5433/weakties')).toBe(
      'postgres://ana:***@db.example:5433/weakties',
    );
    expect(redactPassword('postgres://ana@db.example/weakties')).toBe(
      'postgres://ana@db.example/weakties',
    );
  });
});
