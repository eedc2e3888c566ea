/**
 * Data ownership (issue 9, item 4; docs/product.md "Local-first and private"): a member exports all
 * of their data, as one JSON document and one CSV per table, and erases it everywhere. The
 * tables come from the database's catalogue (store/account-data-store.ts), so a table added
 * later is exported and erased without anyone remembering to list it. Exports read a page at a
 * time and write it out before reading the next, so a 30,000-connection, 200,000-message store
 * is never held in memory, let alone twice.
 */
import { mkdir, open, rm, type FileHandle } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { AppError } from '../core/app-error.js';
import {
  countAccountRows,
  eraseAccount,
  planAccountTables,
  readAccountRows,
  readCatalogue,
  type AccountTable,
  type ExportRow,
} from '../store/account-data-store.js';
import { migrationProvider } from '../store/migrations/index.js';
import type { Db, Store } from '../store/open-store.js';

/** Rows read per query (design choice: a few hundred kilobytes of the widest rows). */
export const EXPORT_PAGE_ROWS = 1000;
export const EXPORT_FORMAT = 'weakties-export';
/** Bumped when the shape of the export changes (not when a table is added). */
export const EXPORT_FORMAT_VERSION = 1;
export const EXPORT_JSON_FILE = 'weakties-export.json';
export const EXPORT_MANIFEST_FILE = 'manifest.json';

export const EXPORT_FORMATS = ['json', 'csv', 'both'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export function isExportFormat(value: unknown): value is ExportFormat {
  return typeof value === 'string' && (EXPORT_FORMATS as readonly string[]).includes(value);
}

export interface ExportedTable {
  name: string;
  rows: number;
  columns: string[];
}

export interface ExportManifest {
  format: typeof EXPORT_FORMAT;
  formatVersion: number;
  /** The newest migration the store has: which schema the rows follow. */
  schemaVersion: string;
  exportedAt: string;
  accountId: number;
  tables: ExportedTable[];
}

// A cell that starts with one of these is read as a formula by spreadsheet programs (OWASP,
// "CSV Injection"): prefixed with a single quote it is shown as text.
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/**
 * One CSV field (RFC 4180: a field with a comma, a double quote or a line break is quoted, and
 * its quotes doubled). Text that a spreadsheet would run as a formula gets a leading single
 * quote (OWASP, "CSV Injection"); the JSON file keeps the exact text.
 */
export function encodeCsvField(value: unknown): string {
  if (value === null || value === undefined) return '';
  let text: string;
  if (typeof value === 'string') text = FORMULA_START.test(value) ? `'${value}` : value;
  else if (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean')
    text = String(value);
  else text = JSON.stringify(value);
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One CSV record with its CRLF line end (RFC 4180). */
export function encodeCsvRecord(values: readonly unknown[]): string {
  return `${values.map(encodeCsvField).join(',')}\r\n`;
}

async function schemaVersionOf(): Promise<string> {
  const names = Object.keys(await migrationProvider.getMigrations()).sort();
  return names[names.length - 1] ?? '';
}

type ExportStep =
  | { kind: 'table'; table: AccountTable }
  | { kind: 'rows'; table: AccountTable; rows: ExportRow[] }
  | { kind: 'end'; table: AccountTable; rows: number };

/** Every table of the account, then its rows a page at a time, then its row count. */
async function* walkAccountData(store: Store, accountId: number): AsyncGenerator<ExportStep> {
  const plan = planAccountTables(await readCatalogue(store.db));
  for (const table of plan) {
    yield { kind: 'table', table };
    let rows = 0;
    for await (const page of readAccountRows(store.db, table, accountId, EXPORT_PAGE_ROWS)) {
      rows += page.length;
      yield { kind: 'rows', table, rows: page };
    }
    yield { kind: 'end', table, rows };
  }
}

async function requireAccount(store: Store, accountId: number): Promise<void> {
  const row = await store.db
    .selectFrom('accounts')
    .select('id')
    .where('id', '=', accountId)
    .executeTakeFirst();
  if (!row) throw new AppError('not-found', `there is no account ${accountId}`);
}

/**
 * The JSON document, in pieces written as the rows come: the format, the time and the account
 * first, then `tables` (each table's rows as objects in column order), then the `manifest` with
 * every table's row count, which is known only once its rows are written.
 */
const jsonDocument = {
  begin(manifest: ExportManifest): string {
    return `{"format":${JSON.stringify(manifest.format)},"formatVersion":${manifest.formatVersion},"schemaVersion":${JSON.stringify(manifest.schemaVersion)},"exportedAt":${JSON.stringify(manifest.exportedAt)},"accountId":${manifest.accountId},\n"tables":{`;
  },
  beginTable(name: string, isFirst: boolean): string {
    return `${isFirst ? '' : ','}\n${JSON.stringify(name)}:[`;
  },
  encodeRows(rows: readonly ExportRow[], isFirst: boolean): string {
    return `${isFirst ? '' : ','}\n${rows.map((r) => JSON.stringify(r)).join(',\n')}`;
  },
  endTable(hasRows: boolean): string {
    return hasRows ? '\n]' : ']';
  },
  end(manifest: ExportManifest): string {
    return `\n},\n"manifest":${JSON.stringify(manifest)}}\n`;
  },
};

async function* renderJson(
  store: Store,
  accountId: number,
  manifest: ExportManifest,
): AsyncGenerator<string> {
  yield jsonDocument.begin(manifest);
  let tables = 0;
  let pages = 0;
  for await (const step of walkAccountData(store, accountId)) {
    if (step.kind === 'table') {
      yield jsonDocument.beginTable(step.table.name, tables === 0);
      tables += 1;
      pages = 0;
    } else if (step.kind === 'rows') {
      yield jsonDocument.encodeRows(step.rows, pages === 0);
      pages += 1;
    } else {
      yield jsonDocument.endTable(pages > 0);
      manifest.tables.push({ name: step.table.name, rows: step.rows, columns: step.table.columns });
    }
  }
  yield jsonDocument.end(manifest);
}

export interface AccountExport {
  /** A name to save it under: `weakties-export-<account>-<time>.json`. */
  fileName: string;
  contentType: 'application/json; charset=utf-8';
  /** The JSON document (EXPORT_JSON_FILE's content), read from the store as it is consumed. */
  body: ReadableStream<Uint8Array>;
}

/**
 * All of an account's data as one JSON document, for a download: a stream that reads the next
 * page from the store only when the reader wants more, and stops reading when it is cancelled.
 */
export async function exportAccountData(
  store: Store,
  accountId: number,
  options: { now?: Date } = {},
): Promise<AccountExport> {
  await requireAccount(store, accountId);
  const exportedAt = (options.now ?? new Date()).toISOString();
  const manifest = newManifest(accountId, exportedAt, await schemaVersionOf());
  const chunks = renderJson(store, accountId, manifest);
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await chunks.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
    async cancel() {
      await chunks.return(undefined);
    },
  });
  return {
    fileName: `weakties-export-${accountId}-${exportedAt.replace(/[:.]/g, '-')}.json`,
    contentType: 'application/json; charset=utf-8',
    body,
  };
}

function newManifest(accountId: number, exportedAt: string, schemaVersion: string): ExportManifest {
  return {
    format: EXPORT_FORMAT,
    formatVersion: EXPORT_FORMAT_VERSION,
    schemaVersion,
    exportedAt,
    accountId,
    tables: [],
  };
}

export interface ExportResult {
  /** The new folder, absolute. */
  dir: string;
  /** File names inside it. */
  files: string[];
  manifest: ExportManifest;
}

// Owner-only (design choice, the same rule as a private key): the export is the whole network.
const FILE_MODE = 0o600;
const DIR_MODE = 0o700;

async function createNewFolder(dir: string): Promise<void> {
  try {
    await mkdir(dirname(dir), { recursive: true });
    await mkdir(dir, { mode: DIR_MODE });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') {
      throw new AppError(
        'conflict',
        `${dir} already exists; an export never overwrites anything, so name a new folder`,
      );
    }
    throw new AppError('io', `cannot create ${dir}: ${(error as Error).message}`);
  }
}

async function createFile(dir: string, name: string): Promise<FileHandle> {
  try {
    // `wx`: fail rather than overwrite, even a file that appeared since the folder was made.
    return await open(join(dir, name), 'wx', FILE_MODE);
  } catch (error) {
    throw new AppError('io', `cannot create ${join(dir, name)}: ${(error as Error).message}`);
  }
}

/**
 * Writes all of an account's data into a new folder `dir` (which must not exist): the JSON
 * document (EXPORT_JSON_FILE) and/or one CSV per table (`<table>.csv`, header row first), and
 * always `manifest.json`. Files are readable by their owner only. If anything fails, the folder
 * and what was written in it are removed, so no half export is left looking whole.
 */
export async function writeAccountExport(
  store: Store,
  accountId: number,
  dir: string,
  options: { format?: ExportFormat; now?: Date } = {},
): Promise<ExportResult> {
  const format = options.format ?? 'both';
  await requireAccount(store, accountId);
  const target = resolve(dir);
  await createNewFolder(target);
  const handles: FileHandle[] = [];
  const create = async (name: string) => {
    const handle = await createFile(target, name);
    handles.push(handle);
    return handle;
  };
  const close = async (handle: FileHandle) => {
    handles.splice(handles.indexOf(handle), 1);
    await handle.close();
  };
  try {
    const exportedAt = (options.now ?? new Date()).toISOString();
    const manifest = newManifest(accountId, exportedAt, await schemaVersionOf());
    const files: string[] = [];
    const json = format === 'csv' ? undefined : await create(EXPORT_JSON_FILE);
    if (json) {
      files.push(EXPORT_JSON_FILE);
      await json.write(jsonDocument.begin(manifest));
    }
    let csv: FileHandle | undefined;
    let tables = 0;
    let pages = 0;
    // One pass over the store: each page goes to the JSON document and the table's CSV.
    for await (const step of walkAccountData(store, accountId)) {
      const { table } = step;
      if (step.kind === 'table') {
        await json?.write(jsonDocument.beginTable(table.name, tables === 0));
        tables += 1;
        pages = 0;
        if (format !== 'json') {
          csv = await create(`${table.name}.csv`);
          files.push(`${table.name}.csv`);
          await csv.write(encodeCsvRecord(table.columns));
        }
      } else if (step.kind === 'rows') {
        await json?.write(jsonDocument.encodeRows(step.rows, pages === 0));
        pages += 1;
        await csv?.write(
          step.rows.map((r) => encodeCsvRecord(table.columns.map((c) => r[c]))).join(''),
        );
      } else {
        await json?.write(jsonDocument.endTable(pages > 0));
        if (csv) await close(csv);
        csv = undefined;
        manifest.tables.push({ name: table.name, rows: step.rows, columns: table.columns });
      }
    }
    if (json) {
      await json.write(jsonDocument.end(manifest));
      await close(json);
    }
    const manifestFile = await create(EXPORT_MANIFEST_FILE);
    files.push(EXPORT_MANIFEST_FILE);
    await manifestFile.write(`${JSON.stringify({ ...manifest, files }, null, 2)}\n`);
    await close(manifestFile);
    return { dir: target, files, manifest };
  } catch (error) {
    await Promise.all(handles.map((f) => f.close()));
    await rm(target, { recursive: true, force: true });
    throw error;
  }
}

/** How many rows of the account each table holds (tables with none left out). */
export async function countAccountData(
  store: Store,
  accountId: number,
): Promise<Record<string, number>> {
  const plan = planAccountTables(await readCatalogue(store.db));
  const counts = await countAccountRows(store.db, plan, accountId);
  return Object.fromEntries([...counts].filter(([, n]) => n > 0));
}

/**
 * Erases every row of the account in every table, and the account itself, in one transaction
 * (store/account-data-store.ts eraseAccount); the local account of a single-user store comes
 * back empty, so the app keeps working. Returns the rows erased per table (tables with none
 * left out) and their total.
 */
export async function deleteAccountData(
  store: Store,
  accountId: number,
  /** More erasure to commit in the same transaction, so a crash leaves all or nothing. */
  alsoErase?: (trx: Db) => Promise<void>,
): Promise<{ tables: Record<string, number>; rows: number }> {
  await requireAccount(store, accountId);
  const erased = await eraseAccount(store.db, accountId, alsoErase);
  const tables = Object.fromEntries([...erased].filter(([, n]) => n > 0));
  return { tables, rows: Object.values(tables).reduce((a, b) => a + b, 0) };
}
