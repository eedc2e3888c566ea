import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTempStore, type TempStore } from '../services/test-support/temp-store.js';
import { insertIgnoringDuplicates } from './bulk-insert.js';
import { LOCAL_ACCOUNT_ID } from './open-store.js';

// On SQLite the import path (raw connection, one prepared statement per row); on PostgreSQL
// multi-row statements, chunked under the bound-parameter limit (dialect.ts, difference 4).
let store: TempStore;
beforeEach(async () => {
  store = await openTempStore();
});
afterEach(async () => {
  await store.cleanup();
});

// 12 columns a row: 12,000 rows are 144,000 values, more than twice PostgreSQL's 65,535 bound
// parameters per statement, so the rows must be split over several statements.
const ROWS = 12_000;
const people = Array.from({ length: ROWS }, (_, i) => ({
  id: i + 1,
  account_id: LOCAL_ACCOUNT_ID,
  display_name: `Person ${i + 1}`,
  first_name: 'Person',
  last_name: String(i + 1),
  match_name: `person ${i + 1}`,
  credentials: '',
  company: '',
  title: '',
  created_run_id: 1,
  created_at: '2026-11-23',
  updated_at: '2026-11-23',
}));

const insert = (rows: typeof people) =>
  store.db
    .transaction()
    .execute((trx) => insertIgnoringDuplicates(trx, 'people', rows, undefined, store.sqlite));

describe('insertIgnoringDuplicates', () => {
  it('writes more rows than one statement may bind, and counts them', async () => {
    expect(await insert(people)).toBe(ROWS);
    const row = await store.db
      .selectFrom('people')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(row.n)).toBe(ROWS);
  });

  it('leaves out rows already stored, so writing them again adds nothing', async () => {
    await insert(people.slice(0, 100));
    expect(await insert(people.slice(50, 150))).toBe(50);
    expect(await insert(people.slice(0, 150))).toBe(0);
  });
});
