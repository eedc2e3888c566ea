/**
 * Cheap fingerprints of an account's data, for caches that must notice a change made elsewhere
 * (the command line importing while `weakties serve` runs, another server process): row counts
 * and highest ids of the tables rows are added to or removed from, and when the settings and
 * plan items last changed. Rows of these tables are added or deleted rather than edited in
 * place, except by an import run (which adds an import_runs row), a merge (a merges row), the
 * settings (whose updated_at moves) or a plan item's status (its status_at moves), so equal
 * fingerprints mean equal inputs. One statement of small index scans: counting 200,000 messages
 * on every read would not be cheap, and every message arrives with an import run.
 */
import { sql, type RawBuilder } from 'kysely';
import type { Db } from './open-store.js';

// What scoring and the network read (tie features, goals, merges, mutuals, edges).
const NETWORK_TABLES = [
  'import_runs',
  'people',
  'merges',
  'recorded_mutuals',
  'imported_edges',
] as const;
// What the outreach state reads beyond the network.
const OUTREACH_TABLES = [
  'outreach_moves',
  'outreach_events',
  'outreach_plan_items',
  'outreach_templates',
] as const;

export interface DataVersions {
  /** Changes when anything scoring reads changes. */
  network: string;
  /** Changes when the pipeline, the plan, templates or pacing settings change. */
  outreach: string;
}

function countAndMax(table: string, accountId: number): RawBuilder<unknown> {
  return sql`(select count(*) || ':' || coalesce(max(id), 0) from ${sql.table(table)} where account_id = ${accountId})`;
}

export async function readDataVersions(db: Db, accountId: number): Promise<DataVersions> {
  const network = [
    ...NETWORK_TABLES.map((t) => countAndMax(t, accountId)),
    sql`(select count(*) from merges where account_id = ${accountId} and undone_at is not null)`,
    sql`(select coalesce(max(updated_at), '') from goals where account_id = ${accountId})`,
  ];
  const outreach = [
    ...OUTREACH_TABLES.map((t) => countAndMax(t, accountId)),
    sql`(select coalesce(max(updated_at), '') from outreach_settings where account_id = ${accountId})`,
    // A plan item's status is changed in place (done, snoozed, skipped), stamped status_at.
    sql`(select coalesce(max(status_at), '') from outreach_plan_items where account_id = ${accountId})`,
  ];
  const parts = [...network, ...outreach];
  const result = await sql<Record<string, unknown>>`select ${sql.join(
    parts.map((p, i) => sql`${p} as ${sql.ref(`v${i}`)}`),
  )}`.execute(db);
  const row = result.rows[0] ?? {};
  const join = (from: number, to: number) =>
    parts
      .slice(from, to)
      .map((_, i) => String(row[`v${from + i}`] ?? ''))
      .join('/');
  return { network: join(0, network.length), outreach: join(network.length, parts.length) };
}
