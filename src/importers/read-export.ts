/**
 * The one dispatcher that does the I/O for every source (docs/architecture.md, "importers"): it
 * reads a path with the importer detect.ts chose and returns one ImportBatch. The parsers
 * themselves stay pure.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { AppError } from '../core/app-error.js';
import { readFacebookExport } from './facebook/read-facebook-export.js';
import { parseGoogleCsv } from './google-csv/google-csv.js';
import { parseIcs } from './ics/ics-file.js';
import type { ImportBatch, ImportSource, ParsedFile } from './import-batch.js';
import { readLinkedInExport } from './linkedin/read-linkedin-export.js';
import { readMailFiles } from './mbox/read-mail-files.js';
import { parseOutlookCsv } from './outlook-csv/outlook-csv.js';
import { parseVcard } from './vcard/vcard-file.js';
import { readWhatsAppExport } from './whatsapp/read-whatsapp-export.js';
import { detectContent } from './detect.js';

export interface ReadExportOptions {
  /** The owner's emails and names (from an imported LinkedIn profile), to tell direction. */
  ownerEmails?: string[];
  ownerNames?: string[];
  /** No meeting after this counts (recurring calendar events). */
  now: Date;
}

/** Largest address book or calendar file read whole (design choice: a huge one is years of data). */
const MAX_SMALL_FILE_BYTES = 256 * 1024 ** 2;

type FileParser = (bytes: Uint8Array, name: string, options: ReadExportOptions) => ParsedFile;

const FILE_PARSERS: Partial<Record<ImportSource, FileParser>> = {
  vcard: (bytes, name) => parseVcard(bytes, name),
  'google-csv': (bytes, name) => parseGoogleCsv(bytes, name),
  'outlook-csv': (bytes, name) => parseOutlookCsv(bytes, name),
  ics: (bytes, name, o) => parseIcs(bytes, name, { ownerEmails: o.ownerEmails, now: o.now }),
};

export async function readExport(
  path: string,
  source: ImportSource,
  options: ReadExportOptions,
): Promise<ImportBatch> {
  switch (source) {
    case 'linkedin':
      return readLinkedInExport([path]);
    case 'whatsapp':
      return readWhatsAppExport([path], { ownerNames: options.ownerNames });
    case 'facebook':
      return readFacebookExport([path], { ownerName: options.ownerNames?.[0] });
    case 'mbox':
      return readMailFiles([path], { ownerEmails: options.ownerEmails });
    default: {
      const parser = FILE_PARSERS[source];
      if (!parser) throw new AppError('unsupported-format', `${path}: no importer for ${source}`);
      return readSmallFiles(path, source, parser, options);
    }
  }
}

/** Address books and calendars: one file, or every file of that format in a folder. */
async function readSmallFiles(
  path: string,
  source: ImportSource,
  parser: FileParser,
  options: ReadExportOptions,
): Promise<ImportBatch> {
  const info = await stat(path);
  const files = info.isDirectory()
    ? (await readdir(path, { withFileTypes: true, recursive: true }))
        .filter((e) => e.isFile())
        .map((e) => join(e.parentPath, e.name))
        .sort()
    : [path];
  const batch: ImportBatch = { source, records: [], issues: [], files: [] };
  for (const file of files) {
    const size = (await stat(file)).size;
    const name = info.isDirectory() ? file.slice(path.length + 1) : basename(file);
    if (size > MAX_SMALL_FILE_BYTES) {
      batch.issues.push({
        code: 'file-too-large',
        file: name,
        message: `${name} is ${(size / 1024 ** 2).toFixed(0)} MiB, over the ${MAX_SMALL_FILE_BYTES / 1024 ** 2} MiB limit; not imported`,
        severity: 'error',
      });
      continue;
    }
    const bytes = new Uint8Array(await readFile(file));
    if (info.isDirectory() && detectContent(bytes.subarray(0, 64 * 1024)) !== source) {
      batch.files.push({ file: name, kind: 'skipped', rows: 0, skipped: {} });
      continue;
    }
    const parsed = parser(bytes, name, options);
    for (const record of parsed.records) batch.records.push(record);
    for (const issue of parsed.issues) batch.issues.push(issue);
    batch.files.push({
      file: name,
      kind: source,
      rows: parsed.records.length,
      skipped: parsed.skipped,
    });
  }
  return batch;
}
