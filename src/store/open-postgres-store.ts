import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { AppError } from '../core/app-error.js';
import { syncIdSequence } from './ids.js';
import { ensureLocalAccount, migrateToLatest, type Store } from './open-store.js';
import type { Database } from './schema.js';

/**
 * Connections per store (per server process). The PostgreSQL wiki's starting point for a pool
 * is (cores × 2) + disks, about 10 for a 4-core server, and more connections than that only
 * queue inside the database; 10 is also node-postgres's default. Design choice.
 */
const DEFAULT_POOL_SIZE = 10;
/**
 * How long a query waits for a free connection (or a new one) before failing: long enough for
 * an import's transaction to finish, short enough that an overloaded server answers with an
 * error rather than hanging. Design choice.
 */
const CONNECTION_TIMEOUT_MS = 60_000;

// PostgreSQL type ids (pg_type.oid), fixed since PostgreSQL 6.
const INT8_OID = 20;
const NUMERIC_OID = 1700;

export interface OpenPostgresStoreOptions {
  /** `postgres://user:password@host:port/database` */
  url: string;
  poolSize?: number;
}

/**
 * Opens the store on a PostgreSQL database (server mode, issue 9) and brings its schema up to
 * date: the same migrations and repositories as SQLite, through Kysely's PostgresDialect over a
 * bounded pg pool. Store.sqlite stays undefined, so bulk writes take the multi-row path.
 */
export async function openPostgresStore(options: OpenPostgresStoreOptions): Promise<Store> {
  const location = redactPassword(options.url);
  const pool = new pg.Pool({
    connectionString: options.url,
    max: options.poolSize ?? DEFAULT_POOL_SIZE,
    connectionTimeoutMillis: CONNECTION_TIMEOUT_MS,
    application_name: 'weakties',
    types: createTypeParsers(),
  });
  // An idle connection that the server drops (restart, idle timeout) is reported here after the
  // pool has already discarded it; the next query opens a new one or fails with its own error.
  // Without a listener the event would end the process.
  pool.on('error', () => undefined);
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  try {
    await db.selectNoFrom((eb) => eb.lit(1).as('one')).execute();
  } catch (error) {
    await db.destroy();
    throw new AppError(
      'io',
      `cannot connect to the PostgreSQL store ${location}: ${(error as Error).message}`,
    );
  }
  try {
    await migrateToLatest(db);
    await ensureLocalAccount(db);
    // The local account is written with an explicit id; serial inserts of later accounts must
    // start past it (dialect.ts, difference 3).
    await syncIdSequence(db, 'accounts');
  } catch (error) {
    await db.destroy();
    throw error;
  }
  return { db, location, close: () => db.destroy() };
}

/**
 * node-pg returns bigint (int8) and numeric as strings, because they can exceed 2^53. Ours never
 * do: they are COUNTs and SUMs of rows and word counts of one account, and ids are 4-byte
 * serials. So they are parsed to numbers here, once, for every query (dialect.ts, difference 5);
 * a value past 2^53 throws rather than silently losing digits.
 */
export function createTypeParsers(): pg.CustomTypesConfig {
  const types = new pg.TypeOverrides();
  types.setTypeParser(INT8_OID, 'text', (text: string) => {
    const n = Number(text);
    if (!Number.isSafeInteger(n)) throw new Error(`integer beyond 2^53 from PostgreSQL: ${text}`);
    return n;
  });
  types.setTypeParser(NUMERIC_OID, 'text', (text: string) => Number(text));
  return types;
}

/** The URL as it may be shown: the password, if any, replaced. */
export function redactPassword(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password !== '') parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'postgres://(unparsable URL)';
  }
}
