/**
 * The LinkedIn importer's I/O: takes what the user points at (the `.zip` as downloaded, the
 * unzipped folder, or single CSV files), reads the files it knows with bounds, and parses them
 * through LinkedInBatchBuilder (linkedin-export.ts) one file at a time.
 *
 * Which failure is which (docs/architecture.md, "Errors"):
 * - AppError, nothing imported: no path given (`usage`); a path that does not exist
 *   (`not-found`) or cannot be read (`io`); a zip that is truncated or corrupt (`invalid-input`);
 *   a zip bomb, a zip or folder with more than 10,000 files, or more than 4 GiB to read in all
 *   (`too-large`). These are about the whole input, and a half-read archive is not an import.
 * - Issue on one file, the others still import: a file that is not CSV (`not-csv`), lacks its
 *   columns (`missing-columns`), is empty, is encrypted or packed with an unknown method inside a
 *   good zip (`bad-archive`), or is a loose file over 1 GiB (`file-too-large`).
 * - Neither: files of kinds weakties does not use are listed as `skipped`.
 */
import type { Dirent } from 'node:fs';
import { lstat, open, readdir } from 'node:fs/promises';
import { basename, join, relative, sep } from 'node:path';
import { AppError } from '../../core/app-error.js';
import {
  DEFAULT_ARCHIVE_LIMITS,
  openZip,
  type ArchiveLimits,
  type OpenedZip,
} from '../archive/zip-reader.js';
import type { ImportBatch } from '../import-batch.js';
import { fileKindRank, LinkedInBatchBuilder } from './linkedin-export.js';
import {
  exportDateFromName,
  fileKindFromContent,
  fileKindFromHeader,
  fileKindFromName,
  type LinkedInFileKind,
} from './linkedin-files.js';
import { ioError } from '../file-io.js';

export type ExportLimits = ArchiveLimits;

/** How much of a renamed file is read to recognise it by its header (design choice). */
const SNIFF_BYTES = 64 * 1024;
/**
 * Largest zip entry of an unknown name unpacked to look at its header (design choice: the
 * export's own CSVs are a few MB; a bigger unknown entry is not worth unpacking to find out).
 */
const MAX_SNIFFED_ENTRY_BYTES = 32 * 1024 ** 2;

interface PendingFile {
  /** Path inside the export, or the base name of a loose file. */
  name: string;
  size: number;
  kind: LinkedInFileKind | undefined;
  /** The user named this file directly (so an unknown one is worth an issue). */
  isExplicit: boolean;
  read: () => Promise<Uint8Array>;
  /** Inside a zip, where reading the head means unpacking the whole entry. */
  fromZip?: boolean;
  /** An issue instead of bytes (encrypted entry, oversized loose file). */
  problem?: { code: 'bad-archive' | 'file-too-large'; message: string };
}

/** Runs file-system work on `path`, turning its failures into AppErrors that name the path. */
async function onPath<T>(path: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw ioError(path, error);
  }
}

/** Reads at most `size` bytes from the start of a file (the size that was bounds-checked). */
function readHead(path: string, size: number): Promise<Uint8Array> {
  return onPath(path, async () => {
    const handle = await open(path, 'r');
    try {
      const bytes = new Uint8Array(size);
      let offset = 0;
      while (offset < size) {
        const { bytesRead } = await handle.read(bytes, offset, size - offset, offset);
        if (bytesRead === 0) break;
        offset += bytesRead;
      }
      return offset === size ? bytes : bytes.subarray(0, offset);
    } finally {
      await handle.close();
    }
  });
}

async function looseFile(
  path: string,
  name: string,
  size: number,
  isExplicit: boolean,
  limits: ExportLimits,
): Promise<PendingFile> {
  const file: PendingFile = {
    name,
    size,
    kind: fileKindFromName(name),
    isExplicit,
    read: () => readHead(path, size),
  };
  if (size > limits.maxEntryBytes) {
    file.problem = {
      code: 'file-too-large',
      message: `${name} is ${(size / 1024 ** 3).toFixed(1)} GiB, more than the ${(limits.maxEntryBytes / 1024 ** 3).toFixed(0)} GiB weakties reads from one file; it was skipped.`,
    };
  } else if (file.kind === undefined && isExplicit) {
    // A file the user named directly may have been renamed: its header decides (docs/formats.md,
    // "detect formats by content").
    file.kind = fileKindFromContent(await readHead(path, Math.min(size, SNIFF_BYTES)));
  } else if (file.kind === undefined && /\.csv$/i.test(name)) {
    // A file of the export under a spelling of its name not seen before: its header decides,
    // with the guards of fileKindFromHeader for headers that other files share.
    file.kind = fileKindFromHeader(name, await readHead(path, Math.min(size, SNIFF_BYTES)));
  }
  return file;
}

async function listFolder(root: string, limits: ExportLimits): Promise<PendingFile[]> {
  const files: PendingFile[] = [];
  const folders = [root];
  let seen = 0;
  while (folders.length > 0) {
    const folder = folders.pop() ?? root;
    const entries: Dirent[] = await onPath(folder, () => readdir(folder, { withFileTypes: true }));
    for (const entry of entries) {
      seen += 1;
      if (seen > limits.maxEntries) {
        throw new AppError(
          'too-large',
          `${root} holds more than ${limits.maxEntries.toLocaleString('en-US')} files; point weakties at the unzipped export folder itself.`,
        );
      }
      const path = join(folder, entry.name);
      // Symbolic links are not followed: an export folder has none, and a link could lead anywhere.
      if (entry.isDirectory()) {
        folders.push(path);
      } else if (entry.isFile()) {
        const name = relative(root, path).split(sep).join('/');
        const stats = await onPath(path, () => lstat(path));
        files.push(await looseFile(path, name, stats.size, false, limits));
      }
    }
  }
  return files;
}

function zipFiles(zip: OpenedZip): PendingFile[] {
  return zip.entries.map((entry) => {
    const file: PendingFile = {
      name: entry.name,
      size: entry.uncompressedSize,
      kind: fileKindFromName(entry.name),
      isExplicit: false,
      fromZip: true,
      read: () => zip.read(entry),
    };
    if (!entry.isReadable) {
      file.problem = {
        code: 'bad-archive',
        message: `${zip.label}: ${entry.name} is encrypted or packed with a method weakties cannot unpack; it was skipped.`,
      };
    }
    return file;
  });
}

async function isZipFile(path: string): Promise<boolean> {
  if (/\.zip$/i.test(path)) return true;
  const head = await readHead(path, 4);
  return head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04;
}

/**
 * Reads a LinkedIn export from zips, folders or single CSV files into one batch.
 * Throws AppError for whole-input failures (see the header of this file).
 */
export async function readLinkedInExport(
  paths: string[],
  limits: ExportLimits = DEFAULT_ARCHIVE_LIMITS,
): Promise<ImportBatch> {
  if (paths.length === 0) {
    throw new AppError('usage', 'Give the LinkedIn export: the .zip, its folder or its CSV files.');
  }
  const pending: PendingFile[] = [];
  const zips: OpenedZip[] = [];
  let exportDate: string | undefined;
  try {
    for (const path of paths) {
      const stats = await onPath(path, () => lstat(path));
      exportDate ??= exportDateFromName(path);
      if (stats.isDirectory()) {
        pending.push(...(await listFolder(path, limits)));
      } else if (!stats.isFile()) {
        throw new AppError('invalid-input', `${path} is neither a file nor a folder.`);
      } else if (await isZipFile(path)) {
        const zip = await openZip(path, basename(path), limits);
        zips.push(zip);
        pending.push(...zipFiles(zip));
      } else {
        pending.push(await looseFile(path, basename(path), stats.size, true, limits));
      }
    }

    for (const file of pending) {
      if (file.kind !== undefined || file.problem || file.isExplicit) continue;
      if (!/\.csv$/i.test(file.name) || file.size > MAX_SNIFFED_ENTRY_BYTES) continue;
      if (!file.fromZip) continue;
      const bytes = await file.read();
      file.kind = fileKindFromHeader(file.name, bytes.subarray(0, SNIFF_BYTES));
    }

    const builder = new LinkedInBatchBuilder();
    const ordered = [...pending].sort((a, b) => fileKindRank(a.kind) - fileKindRank(b.kind));
    let total = 0;
    for (const file of ordered) {
      if (file.problem) {
        builder.addSkipped(file.name);
        builder.addIssue({
          code: file.problem.code,
          file: file.name,
          severity: 'error',
          message: file.problem.message,
        });
        continue;
      }
      if (file.kind === undefined) {
        builder.addSkipped(file.name);
        if (file.isExplicit) {
          builder.addIssue({
            code: 'unknown-file',
            file: file.name,
            severity: 'info',
            message: `${file.name} was skipped: neither its name nor its header row is one of the LinkedIn export files weakties reads.`,
          });
        }
        continue;
      }
      total += file.size;
      if (total > limits.maxTotalBytes) {
        throw new AppError(
          'too-large',
          `The export holds more than ${(limits.maxTotalBytes / 1024 ** 3).toFixed(0)} GiB of files to read; nothing was imported.`,
        );
      }
      // One file at a time: its bytes can be freed once it is parsed.
      builder.addFile(file.name, await file.read(), file.kind);
    }
    return builder.build(exportDate);
  } finally {
    for (const zip of zips) zip.close();
  }
}
