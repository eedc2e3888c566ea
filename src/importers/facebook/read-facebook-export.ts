/**
 * The Facebook importer's I/O: takes the "Download your information" zip (or several parts of
 * it), its unzipped folder, or single JSON files, reads the JSON files that can hold messages,
 * friends or the profile, with bounds, and parses them together (facebook-export.ts), so a
 * thread split across message_N.json files, or across the parts of a multi-zip download, is
 * merged.
 *
 * Which JSON files are read is a cheap path filter (the export also holds thousands of photos
 * and activity logs); what each file is, is decided by its keys. AppError, nothing imported: no
 * path, a missing or unreadable path, a corrupt zip or a zip bomb (archive/zip-reader.ts), more
 * files than the limit. An oversized, unreadable or broken JSON file is an issue.
 */
import type { Dirent } from 'node:fs';
import { lstat, readdir } from 'node:fs/promises';
import { basename, join, relative, sep } from 'node:path';
import { AppError } from '../../core/app-error.js';
import { DEFAULT_ARCHIVE_LIMITS, openZip, type ArchiveLimits } from '../archive/zip-reader.js';
import type { ImportBatch, ImportIssue } from '../import-batch.js';
import {
  MAX_FACEBOOK_JSON_BYTES,
  parseFacebookFiles,
  type FacebookFile,
  type FacebookOptions,
} from './facebook-export.js';
import { ioError, readFilePrefix } from '../file-io.js';

export interface ReadFacebookOptions extends FacebookOptions {
  limits?: ArchiveLimits;
}

// Folders that hold threads, friends and the profile in every generation (docs/formats.md section 6).
const WANTED_FOLDER =
  /(?:^|\/)(?:messages|friends|friends_and_followers|connections|profile_information)\//i;

/** A JSON file worth reading: in a wanted folder, or at the top of a flat e2ee download. */
function isWanted(name: string): boolean {
  if (!/\.json$/i.test(name)) return false;
  return WANTED_FOLDER.test(name) || !name.includes('/');
}

function tooLarge(name: string, size: number): ImportIssue {
  return {
    code: 'file-too-large',
    file: name,
    severity: 'error',
    message: `${name} is ${(size / 1024 ** 2).toFixed(0)} MiB, more than the ${MAX_FACEBOOK_JSON_BYTES / 1024 ** 2} MiB weakties reads from one JSON file; it was skipped.`,
  };
}

interface Collected {
  files: FacebookFile[];
  issues: ImportIssue[];
  totalBytes: number;
}

function countBytes(into: Collected, size: number, limits: ArchiveLimits): void {
  into.totalBytes += size;
  if (into.totalBytes > limits.maxTotalBytes) {
    throw new AppError(
      'too-large',
      `The export holds more than ${(limits.maxTotalBytes / 1024 ** 3).toFixed(0)} GiB of JSON to read; nothing was imported.`,
    );
  }
}

async function collectZip(path: string, limits: ArchiveLimits, into: Collected): Promise<void> {
  const zip = await openZip(path, basename(path), limits);
  try {
    for (const entry of zip.entries) {
      if (!isWanted(entry.name)) continue;
      if (!entry.isReadable) {
        into.issues.push({
          code: 'bad-archive',
          file: entry.name,
          severity: 'error',
          message: `${zip.label}: ${entry.name} is encrypted or packed with a method weakties cannot unpack; it was skipped.`,
        });
        continue;
      }
      if (entry.uncompressedSize > MAX_FACEBOOK_JSON_BYTES) {
        into.issues.push(tooLarge(entry.name, entry.uncompressedSize));
        continue;
      }
      countBytes(into, entry.uncompressedSize, limits);
      into.files.push({ name: entry.name, bytes: await zip.read(entry) });
    }
  } finally {
    zip.close();
  }
}

async function collectFile(
  path: string,
  name: string,
  size: number,
  limits: ArchiveLimits,
  into: Collected,
): Promise<void> {
  if (size > MAX_FACEBOOK_JSON_BYTES) {
    into.issues.push(tooLarge(name, size));
    return;
  }
  countBytes(into, size, limits);
  into.files.push({
    name,
    bytes: await readFilePrefix(path, size).catch((error: unknown) =>
      Promise.reject(ioError(path, error)),
    ),
  });
}

async function collectFolder(root: string, limits: ArchiveLimits, into: Collected): Promise<void> {
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
    for (const entry of entries) {
      seen += 1;
      if (seen > limits.maxEntries) {
        throw new AppError(
          'too-large',
          `${root} holds more than ${limits.maxEntries.toLocaleString('en-US')} files; nothing was imported.`,
        );
      }
      const path = join(folder, entry.name);
      // Symbolic links are not followed: an export folder has none, and a link could lead anywhere.
      if (entry.isDirectory()) folders.push(path);
      else if (entry.isFile()) {
        const name = relative(root, path).split(sep).join('/');
        if (!isWanted(name)) continue;
        const stats = await lstat(path).catch((error: unknown) =>
          Promise.reject(ioError(path, error)),
        );
        await collectFile(path, name, stats.size, limits, into);
      }
    }
  }
}

async function isZipFile(path: string): Promise<boolean> {
  const head = await readFilePrefix(path, 4);
  return head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04;
}

/**
 * Reads a Facebook export (zips, folders or JSON files) into one batch. Throws AppError for
 * whole-input failures (see the header of this file).
 */
export async function readFacebookExport(
  paths: string | readonly string[],
  options: ReadFacebookOptions = {},
): Promise<ImportBatch> {
  const list = typeof paths === 'string' ? [paths] : paths;
  if (list.length === 0)
    throw new AppError(
      'usage',
      'Give the Facebook export: the .zip, its folder or its JSON files.',
    );
  const limits = options.limits ?? DEFAULT_ARCHIVE_LIMITS;
  const into: Collected = { files: [], issues: [], totalBytes: 0 };
  for (const path of list) {
    const stats = await lstat(path).catch((error: unknown) => Promise.reject(ioError(path, error)));
    if (stats.isDirectory()) await collectFolder(path, limits, into);
    else if (!stats.isFile())
      throw new AppError('invalid-input', `${path} is neither a file nor a folder.`);
    else if (await isZipFile(path).catch((error: unknown) => Promise.reject(ioError(path, error))))
      await collectZip(path, limits, into);
    else await collectFile(path, basename(path), stats.size, limits, into);
  }
  const batch = parseFacebookFiles(into.files, options);
  batch.issues.unshift(...into.issues);
  if (into.files.length === 0 && into.issues.length === 0) {
    batch.issues.push({
      code: 'unknown-file',
      file: list.join(', '),
      severity: 'error',
      message:
        'no Facebook messages, friends or profile JSON was found; download your information in JSON format.',
    });
  }
  return batch;
}
