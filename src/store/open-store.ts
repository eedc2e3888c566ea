import { existsSync } from 'node:fs';
import { join } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, Migrator, SqliteDialect } from 'kysely';
import { AppError } from '../core/app-error.js';
import { migrationProvider } from './migrations/index.js';
import type { Database } from './schema.js';
import {
  makePrivateDir,
  makePrivateFile,
  resolveDataDir,
  STORE_FILE_NAME,
  type PrivacyWarning,
} from './data-dir.js';

export type Db = Kysely<Database>;

export interface Store {
  db: Db;
  /**
   * The SQLite connection under `db`, for bulk writes (store/bulk-insert.ts) inside a
   * transaction Kysely opened on it. Undefined on other dialects.
   */
  sqlite?: SqliteDatabase.Database;
  /** The file, or `:memory:`. */
  location: string;
  close(): Promise<void>;
}

/** The account every local store has; server mode adds more. */
export const LOCAL_ACCOUNT_ID = 1;

export interface OpenStoreOptions {
  /** A directory to hold the store file; defaults to resolveDataDir(). `:memory:` for tests. */
  dir?: string;
  /** Told when the folder or the store's files were readable by others and were made private. */
  onWarning?: PrivacyWarning;
}

export interface OpenConfiguredStoreOptions extends OpenStoreOptions {
  /** Where to read WEAKTIES_DATABASE_URL; process.env by default. */
  env?: NodeJS.ProcessEnv;
}

/**
 * Opens the store the configuration names (issue 9): PostgreSQL when WEAKTIES_DATABASE_URL is a
 * postgres:// or postgresql:// URL, else the embedded SQLite store in `dir` (the default).
 */
export async function openStore(options: OpenConfiguredStoreOptions = {}): Promise<Store> {
  const url = (options.env ?? process.env).WEAKTIES_DATABASE_URL ?? '';
  if (url === '') {
    return openSqliteStore({
      dir: options.dir,
      ...(options.onWarning ? { onWarning: options.onWarning } : {}),
    });
  }
  if (!/^postgres(ql)?:\/\//i.test(url)) {
    // The URL itself is not echoed: it may hold a password.
    throw new AppError(
      'usage',
      'WEAKTIES_DATABASE_URL must start with postgres:// or postgresql:// (unset it to use the SQLite store)',
    );
  }
  // Loaded only here, so the SQLite-only command line never loads the PostgreSQL driver.
  const { openPostgresStore } = await import('./open-postgres-store.js');
  return openPostgresStore({ url });
}

/**
 * Opens (creating if needed) the embedded SQLite store, in WAL mode so a crash mid-write never
 * corrupts it and readers never block the writer, and brings its schema up to date. The folder
 * is owner-only (0700) and the files 0600, so another user of the machine cannot read them;
 * looser modes left by an older version are repaired, with a warning.
 */
export async function openSqliteStore(options: OpenStoreOptions = {}): Promise<Store> {
  const dir = options.dir ?? resolveDataDir();
  const warn = options.onWarning ?? ((message: string) => process.emitWarning(message));
  let location = ':memory:';
  if (dir !== ':memory:') {
    location = join(dir, STORE_FILE_NAME);
    try {
      makePrivateDir(dir, warn);
      // SQLite gives its -wal and -shm files the mode of the database file.
      makePrivateFile(location, warn);
      for (const companion of [`${location}-wal`, `${location}-shm`]) {
        if (existsSync(companion)) makePrivateFile(companion, warn);
      }
    } catch (error) {
      throw new AppError(
        'io',
        `cannot create the data directory ${dir}: ${(error as Error).message}`,
      );
    }
  }
  let sqlite: SqliteDatabase.Database;
  try {
    sqlite = new SqliteDatabase(location);
  } catch (error) {
    throw new AppError('io', `cannot open the store ${location}: ${(error as Error).message}`);
  }
  sqlite.pragma('journal_mode = WAL');
  // Durable enough for WAL (a power cut can lose the last commit, never corrupt the file), and
  // several times faster for large imports than FULL.
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  // 64 MB of page cache (default 2 MB): large imports update several indexes in random key
  // order, and a cache that holds them avoids re-reading pages. Design choice, measured.
  sqlite.pragma('cache_size = -65536');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
  await migrateToLatest(db);
  await ensureLocalAccount(db);
  return { db, sqlite, location, close: () => db.destroy() };
}

export async function migrateToLatest(db: Db): Promise<void> {
  const migrator = new Migrator({ db, provider: migrationProvider });
  const { error } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
}

export async function ensureLocalAccount(db: Db): Promise<void> {
  await db
    .insertInto('accounts')
    .values({ id: LOCAL_ACCOUNT_ID, name: 'local', created_at: new Date().toISOString() })
    .onConflict((oc) => oc.column('id').doNothing())
    .execute();
}
