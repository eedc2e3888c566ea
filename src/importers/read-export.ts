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
import { detectContent, TAKEOUT_PARTS } from './detect.js';
import { openZip } from './archive/zip-reader.js';
import { MailCollector } from './mbox/parse-mbox.js';

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
    case 'takeout':
      return readTakeoutZip(path, options);
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

/**
 * A zipped Google Takeout (mail, contacts and calendars in one `.zip`), read without unpacking
 * by hand: every entry is read by its content, as if it had been given alone, and the mail of
 * all its mbox files is one mailbox (one owner). Entries of other kinds are listed as skipped.
 * The archive's bounds are zip-reader.ts's.
 */
async function readTakeoutZip(path: string, options: ReadExportOptions): Promise<ImportBatch> {
  const zip = await openZip(path, basename(path));
  const batch: ImportBatch = { source: 'takeout', records: [], issues: [], files: [] };
  const mail = new MailCollector(options.ownerEmails ? { ownerEmails: options.ownerEmails } : {});
  let hasMail = false;
  try {
    for (const entry of zip.entries) {
      if (entry.name.endsWith('/')) continue;
      if (!entry.isReadable) {
        batch.issues.push({
          code: 'bad-archive',
          file: entry.name,
          severity: 'error',
          message: `${entry.name} is encrypted or packed with a method weakties cannot unpack; it was skipped.`,
        });
        continue;
      }
      const bytes = await zip.read(entry);
      const kind = detectContent(bytes.subarray(0, 64 * 1024));
      if (kind === undefined || kind === 'zip' || !TAKEOUT_PARTS.has(kind)) {
        batch.files.push({ file: entry.name, kind: 'skipped', rows: 0, skipped: {} });
        continue;
      }
      if (kind === 'mbox') {
        hasMail = true;
        await mail.read({ name: entry.name, chunks: [bytes] });
        continue;
      }
      const parser = FILE_PARSERS[kind];
      if (!parser) continue;
      const parsed = parser(bytes, entry.name, options);
      for (const record of parsed.records) batch.records.push(record);
      batch.issues.push(...parsed.issues);
      batch.files.push({
        file: entry.name,
        kind,
        rows: parsed.records.length,
        skipped: parsed.skipped,
      });
    }
  } finally {
    zip.close();
  }
  if (hasMail) {
    const parsed = mail.finish();
    for (const record of parsed.records) batch.records.push(record);
    batch.issues.push(...parsed.issues);
    batch.files.push(...mail.fileReports());
  }
  return batch;
}
