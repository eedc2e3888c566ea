/**
 * Keeps the query planner's statistics current after a large write. Without statistics SQLite
 * guesses every index equally selective and can pick `messages(account_id)` over a person's own
 * index, scanning every message of the account once per query: `/api/stats` and the outreach
 * state took 20-30 s each on a 30,000-connection store until the first ANALYZE, and milliseconds
 * after it (measured by bench-api). PostgreSQL's autovacuum analyses on its own, but only after
 * a delay; analysing right after an import keeps the first page views fast there too.
 */
import { sql } from 'kysely';
import type { Store } from './open-store.js';

// SQLite samples about this many rows per index instead of reading whole tables
// (https://sqlite.org/lang_analyze.html, "Approximate ANALYZE For Large Databases"): a few
// milliseconds per index on a 200,000-message store. The value is the one the SQLite docs use.
const SQLITE_ANALYSIS_LIMIT = 400;

export async function refreshPlannerStatistics(store: Store): Promise<void> {
  if (store.sqlite) {
    store.sqlite.pragma(`analysis_limit = ${SQLITE_ANALYSIS_LIMIT}`);
    store.sqlite.exec('ANALYZE');
    return;
  }
  await sql`ANALYZE`.execute(store.db);
}
