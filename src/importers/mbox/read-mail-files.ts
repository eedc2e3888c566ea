/**
 * The mail importer's I/O: mbox files (Google Takeout's `All mail Including Spam and Trash.mbox`
 * under any localised name), `.eml` files, or folders of them (a maildir such as Enron's
 * `maildir/<user>/<folder>/<n>.`), streamed through parse-mbox.ts so that even a mailbox of many
 * GB is read in constant memory. Files in a folder are picked by their first bytes
 * (looks-like-mail.ts), never by name. A Takeout `.zip` or `.tgz` must be unpacked first.
 *
 * AppError, nothing imported: no path, a missing or unreadable path, more files than the limit.
 */
import { createReadStream, type Dirent } from 'node:fs';
import { lstat, open, readdir } from 'node:fs/promises';
import { basename, join, relative, sep } from 'node:path';
import { AppError } from '../../core/app-error.js';
import type { ImportBatch, MessageRecord } from '../import-batch.js';
import { looksLikeEml, looksLikeMbox } from './looks-like-mail.js';
import { inferMailOwner, MailCollector, type MailOptions, type MailSource } from './parse-mbox.js';
import { ioError } from '../file-io.js';

export interface ReadMailOptions extends MailOptions {
  /** Most files read from folders (design choice: a large maildir holds tens of thousands). */
  maxFiles?: number;
}

const DEFAULT_MAX_FILES = 200_000;
/** Bytes read to decide whether a file in a folder is mail (design choice). */
const SNIFF_BYTES = 4096;
/** Read size for streams (design choice: large reads keep the per-chunk cost negligible). */
const CHUNK_BYTES = 1024 * 1024;

async function readHead(path: string): Promise<string> {
  const handle = await open(path, 'r');
  try {
    const bytes = new Uint8Array(SNIFF_BYTES);
    const { bytesRead } = await handle.read(bytes, 0, SNIFF_BYTES, 0);
    return Buffer.from(bytes.buffer, 0, bytesRead).toString('latin1');
  } finally {
    await handle.close();
  }
}

interface PendingMail {
  path: string;
  name: string;
}

async function listFolder(root: string, maxFiles: number): Promise<PendingMail[]> {
  const found: PendingMail[] = [];
  const folders = [root];
  let seen = 0;
  while (folders.length > 0) {
    const folder = folders.pop() ?? root;
    let entries: Dirent[];
    try {
      entries = await readdir(folder, { withFileTypes: true });
    } catch (error) {
      throw ioError(folder, error);
    }
    entries.sort((a, b) => a.name.localeCompare(b.name));
    for (const entry of entries) {
      seen += 1;
      if (seen > maxFiles) {
        throw new AppError(
          'too-large',
          `${root} holds more than ${maxFiles.toLocaleString('en-US')} files; nothing was imported.`,
        );
      }
      const path = join(folder, entry.name);
      // Symbolic links are not followed: a link could lead anywhere.
      if (entry.isDirectory()) folders.push(path);
      else if (entry.isFile()) {
        const head = await readHead(path).catch((error: unknown) =>
          Promise.reject(ioError(path, error)),
        );
        if (looksLikeMbox(head) || looksLikeEml(head))
          found.push({ path, name: relative(root, path).split(sep).join('/') });
      }
    }
  }
  return found;
}

async function listMailFiles(paths: readonly string[], maxFiles: number): Promise<PendingMail[]> {
  if (paths.length === 0)
    throw new AppError(
      'usage',
      'Give the mail export: an .mbox file, .eml files or a folder of them.',
    );
  const pending: PendingMail[] = [];
  for (const path of paths) {
    const stats = await lstat(path).catch((error: unknown) => Promise.reject(ioError(path, error)));
    if (stats.isDirectory()) pending.push(...(await listFolder(path, maxFiles)));
    else if (stats.isFile()) pending.push({ path, name: basename(path) });
    else throw new AppError('invalid-input', `${path} is neither a file nor a folder.`);
  }
  return pending;
}

function sources(pending: readonly PendingMail[]): MailSource[] {
  return pending.map((file) => ({
    name: file.name,
    chunks: createReadStream(file.path, { highWaterMark: CHUNK_BYTES }),
  }));
}

async function readAll(collector: MailCollector, pending: readonly PendingMail[]): Promise<void> {
  for (const file of pending) {
    const stream = createReadStream(file.path, { highWaterMark: CHUNK_BYTES });
    // Only system errors of the stream are I/O failures; anything else is a bug and stays as it is.
    await collector
      .read({ name: file.name, chunks: stream })
      .catch((error: unknown) =>
        Promise.reject(
          error instanceof Error && 'code' in error ? ioError(file.path, error) : error,
        ),
      );
  }
}

function batchOf(
  collector: MailCollector,
  paths: readonly string[],
  pending: readonly PendingMail[],
): ImportBatch {
  const parsed = collector.finish();
  const batch: ImportBatch = {
    source: 'mbox',
    records: parsed.records,
    issues: parsed.issues,
    files: collector.fileReports(),
  };
  if (pending.length === 0) {
    batch.issues.push({
      code: 'unknown-file',
      file: paths.join(', '),
      severity: 'error',
      message: 'no mbox or .eml file was found.',
    });
  }
  return batch;
}

/**
 * Reads mail files and folders into one batch, deciding the owner once for all of them.
 * Records are kept in memory (about 1 KB each); for mailboxes of hundreds of thousands of
 * messages use `streamMailFiles`. Throws AppError for whole-input failures (see the header).
 */
export async function readMailFiles(
  paths: string | readonly string[],
  options: ReadMailOptions = {},
): Promise<ImportBatch> {
  const list = typeof paths === 'string' ? [paths] : paths;
  const pending = await listMailFiles(list, options.maxFiles ?? DEFAULT_MAX_FILES);
  const collector = new MailCollector({ ...options, onRecord: undefined });
  await readAll(collector, pending);
  return batchOf(collector, list, pending);
}

/**
 * Reads mail files in constant memory: every record goes to `onRecord` as soon as it is read,
 * and the batch returned holds only issues and file reports. Without `ownerEmails`, a first
 * counting pass finds them (the files are read twice). Throws AppError `ambiguous` when no
 * address stands out as the owner's.
 */
export async function streamMailFiles(
  paths: string | readonly string[],
  options: ReadMailOptions & { onRecord: (record: MessageRecord) => void },
): Promise<ImportBatch> {
  const list = typeof paths === 'string' ? [paths] : paths;
  const pending = await listMailFiles(list, options.maxFiles ?? DEFAULT_MAX_FILES);
  let ownerEmails = options.ownerEmails ?? [];
  let how: string | undefined;
  if (ownerEmails.length === 0) {
    const guess = await inferMailOwner(sources(pending)).catch((error: unknown) =>
      Promise.reject(
        error instanceof Error && 'code' in error ? ioError(list.join(', '), error) : error,
      ),
    );
    if (!guess) {
      throw new AppError(
        'ambiguous',
        'No address stands out as yours in this mail; give your email addresses.',
      );
    }
    ownerEmails = guess.ownerEmails;
    how = guess.how;
  }
  const collector = new MailCollector({ ...options, ownerEmails });
  await readAll(collector, pending);
  const batch = batchOf(collector, list, pending);
  if (how !== undefined) {
    batch.issues.push({
      code: 'owner-inferred',
      file: pending[0]?.name ?? list.join(', '),
      severity: 'info',
      message: `took ${ownerEmails.join(' and ')} to be you: ${how}.`,
    });
  }
  return batch;
}
