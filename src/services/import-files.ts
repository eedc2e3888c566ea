import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { basename, join, relative, resolve } from 'node:path';
import { AppError } from '../core/app-error.js';
import { detectSource } from '../importers/detect.js';
import type {
  FileReport,
  ImportBatch,
  ImportIssue,
  ImportSource,
} from '../importers/import-batch.js';
import { readLinkedInExport } from '../importers/linkedin/read-linkedin-export.js';
import { readExport } from '../importers/read-export.js';
import { autoMergeIdentities } from './fuse-identities.js';
import {
  createImportRun,
  findFinishedRunBySha,
  finishImportRun,
} from '../store/import-runs-store.js';
import type { Store } from '../store/open-store.js';
import { LOCAL_ACCOUNT_ID } from '../store/open-store.js';
import { refreshPlannerStatistics } from '../store/planner-statistics.js';
import { getOwnerProfile, loadOwnerHistory } from '../store/owner-store.js';
import type { UserDataTable } from '../store/schema.js';
import { cleanImportText } from './clean-import-text.js';
import { writeImportBatch } from './write-import-batch.js';

export interface ImportProgress {
  phase: string;
  done: number;
  total: number;
}

export interface ImportFilesOptions {
  accountId?: number;
  keepBodies?: boolean;
  /** Import even when the same bytes were imported before (still a no-op on the data). */
  force?: boolean;
  now?: Date;
  onProgress?: (progress: ImportProgress) => void;
}

export interface ImportSummary {
  runId: number | null;
  source?: ImportSource;
  /** Set when these exact bytes were imported before and nothing was done. */
  alreadyImported?: { runId: number; at: string };
  input: string;
  sha256: string;
  exportDate?: string;
  files: FileReport[];
  /** New rows per table. */
  imported: Partial<Record<UserDataTable, number>>;
  updated: { connections: number; ownerProfile: number; jobPreferences: number };
  skipped: Record<string, number>;
  issues: ImportIssue[];
  /** People merged automatically after the import (identity fusion). */
  autoMerged?: number;
}

/**
 * Imports one export (a LinkedIn zip, its folder or CSVs, a vCard, Google or Outlook CSV,
 * WhatsApp chat, Facebook download, mbox/eml or .ics) as one transaction: it lands whole or
 * not at all (docs/architecture.md, "Storage"). The format is detected by content. Parsing happens
 * before the transaction opens, so a file that cannot be read never touches the store.
 * Several paths of one format (LinkedIn CSVs given one by one) are one import.
 */
export async function importFiles(
  store: Store,
  paths: string[],
  options: ImportFilesOptions = {},
): Promise<ImportSummary> {
  if (paths.length === 0) throw new AppError('usage', 'name at least one file or folder to import');
  const accountId = options.accountId ?? LOCAL_ACCOUNT_ID;
  const nowDate = options.now ?? new Date();
  const now = nowDate.toISOString();
  const input = paths.map((p) => basename(p)).join(', ');
  options.onProgress?.({ phase: 'hashing', done: 0, total: 1 });
  const sources = await Promise.all(paths.map((p) => detectSource(p)));
  const source = sources[0] as ImportSource;
  if (sources.some((s) => s !== source)) {
    throw new AppError(
      'usage',
      `these files are of different kinds (${[...new Set(sources)].join(', ')}); import each kind on its own`,
    );
  }
  const sha256 = await hashInputs(paths);
  const previous = await findFinishedRunBySha(store.db, accountId, sha256);
  if (previous && !options.force) {
    return {
      runId: null,
      source,
      alreadyImported: { runId: previous.id, at: previous.finishedAt ?? previous.startedAt },
      input,
      sha256,
      files: [],
      imported: {},
      updated: { connections: 0, ownerProfile: 0, jobPreferences: 0 },
      skipped: {},
      issues: [],
    };
  }

  options.onProgress?.({ phase: `reading ${source}`, done: 0, total: 1 });
  const owner = await loadOwnerKeys(store, accountId);
  const batch = await readBatch(paths, source, { ...owner, now: nowDate });
  // A file over the size bound yields nothing: say so, and record no empty import run.
  const tooLarge = batch.issues.find((i) => i.code === 'file-too-large');
  if (batch.records.length === 0 && tooLarge) throw new AppError('too-large', tooLarge.message);
  // Before the transaction: both stores then get the same text (clean-import-text.ts).
  cleanImportText(batch);
  options.onProgress?.({ phase: `reading ${source}`, done: 1, total: 1 });

  const summary = await store.db.transaction().execute(async (trx) => {
    const runId = await createImportRun(trx, {
      accountId,
      source: batch.source,
      inputName: input,
      sha256,
      exportDate: batch.exportDate,
      startedAt: now,
    });
    const written = await writeImportBatch(trx, batch, {
      accountId,
      runId,
      keepBodies: options.keepBodies ?? false,
      now,
      sqlite: store.sqlite,
      onProgress: options.onProgress,
    });
    const skipped: Record<string, number> = { ...written.skipped };
    for (const file of batch.files) {
      for (const [reason, n] of Object.entries(file.skipped)) {
        skipped[reason] = (skipped[reason] ?? 0) + n;
      }
    }
    const summary: ImportSummary = {
      runId,
      source: batch.source,
      input,
      sha256,
      exportDate: batch.exportDate,
      files: batch.files,
      imported: written.inserted,
      updated: written.updated,
      skipped,
      issues: batch.issues,
    };
    await finishImportRun(trx, accountId, runId, new Date().toISOString(), {
      files: summary.files,
      imported: summary.imported,
      updated: summary.updated,
      skipped: summary.skipped,
      issues: summary.issues.length,
    });
    return summary;
  });
  // After the commit, outside the transaction: an import changes the tables' shape most.
  await refreshPlannerStatistics(store);
  // One person, one record: decisive pairs across sources merge now (docs/science.md section 8).
  const fused = await autoMergeIdentities(store, { accountId, now });
  if (fused.merged > 0) summary.autoMerged = fused.merged;
  return summary;
}

async function readBatch(
  paths: string[],
  source: ImportSource,
  options: Parameters<typeof readExport>[2],
): Promise<ImportBatch> {
  // The LinkedIn reader takes single CSVs together, as one export.
  if (source === 'linkedin') return readLinkedInExport(paths);
  if (paths.length === 1) return readExport(paths[0] as string, source, options);
  const batches = await Promise.all(paths.map((p) => readExport(p, source, options)));
  const merged: ImportBatch = { source, records: [], issues: [], files: [] };
  for (const b of batches) {
    for (const r of b.records) merged.records.push(r);
    for (const i of b.issues) merged.issues.push(i);
    for (const f of b.files) merged.files.push(f);
  }
  return merged;
}

/** The owner's emails and name, so mail, chats and calendars can tell who sent what. */
async function loadOwnerKeys(
  store: Store,
  accountId: number,
): Promise<{ ownerEmails?: string[]; ownerNames?: string[] }> {
  const [history, profile] = await Promise.all([
    loadOwnerHistory(store.db, accountId),
    getOwnerProfile(store.db, accountId),
  ]);
  const emails = history.identities.filter((i) => i.kind === 'email').map((i) => i.value);
  const name = profile ? `${profile.first_name} ${profile.last_name}`.trim() : '';
  return {
    ...(emails.length > 0 ? { ownerEmails: emails } : {}),
    ...(name ? { ownerNames: [name] } : {}),
  };
}

/** One hash over every input byte, with relative names, so a folder hashes like its files. */
async function hashInputs(paths: string[]): Promise<string> {
  const hash = createHash('sha256');
  for (const path of [...paths].map((p) => resolve(p)).sort()) {
    let info;
    try {
      info = await stat(path);
    } catch (error) {
      throw describeMissingPath(error, path);
    }
    const files = info.isDirectory() ? await listFiles(path) : [path];
    for (const file of files) {
      hash.update(`${relative(info.isDirectory() ? path : join(path, '..'), file)}\u0000`);
      await new Promise<void>((done, fail) => {
        createReadStream(file)
          .on('data', (chunk) => hash.update(chunk))
          .on('end', done)
          .on('error', (e) => fail(new AppError('io', `cannot read ${file}: ${e.message}`)));
      });
    }
  }
  return hash.digest('hex');
}

/** Why a path cannot be read: missing, or a loop of symbolic links (ELOOP), said as such. */
export function describeMissingPath(error: unknown, path: string): AppError {
  if ((error as NodeJS.ErrnoException).code === 'ELOOP') {
    return new AppError(
      'invalid-input',
      `${path} is a loop of symbolic links (a link that leads back to itself); point it at a file or folder`,
    );
  }
  return new AppError('not-found', `no such file or folder: ${path}`);
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .sort();
}
