/**
 * Which importer reads a path, decided by content, never by file name alone (docs/formats.md,
 * "Recommendations for the importers"). Zip archives are told apart by the files they hold
 * (an archive's table of contents is its content); folders by the content of what they hold.
 */
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { AppError } from '../core/app-error.js';
import { openZip } from './archive/zip-reader.js';
import { readFilePrefix } from './file-io.js';
import type { ImportSource } from './import-batch.js';
import { looksLikeFacebookJson } from './facebook/facebook-file-kind.js';
import { looksLikeGoogleCsv } from './google-csv/looks-like-google-csv.js';
import { looksLikeIcs } from './ics/looks-like-ics.js';
import { looksLikeEml, looksLikeMbox } from './mbox/looks-like-mail.js';
import { looksLikeOutlookCsv } from './outlook-csv/looks-like-outlook-csv.js';
import { looksLikeVcard } from './vcard/looks-like-vcard.js';
import { looksLikeWhatsApp } from './whatsapp/whatsapp-line.js';

/** Bytes read from the start of a file to recognise it (design choice). */
const SNIFF_BYTES = 64 * 1024;
/** Formats a Takeout zip is read for, part by part (read-export.ts, readTakeoutZip). */
export const TAKEOUT_PARTS: ReadonlySet<ImportSource> = new Set([
  'mbox',
  'vcard',
  'google-csv',
  'outlook-csv',
  'ics',
]);
/** Entries looked at to recognise a Takeout: the text kinds it holds (design choice). */
const TAKEOUT_PART_NAME = /\.(?:mbox|eml|vcf|ics|csv)$/i;
/** Largest entry unpacked only to recognise the zip (design choice: a calendar or an address book). */
const MAX_TAKEOUT_SNIFF_BYTES = 64 * 1024 ** 2;
/** Files looked at in a folder before deciding (design choice). */
const MAX_FOLDER_SNIFF = 2000;

// LinkedIn's CSV headers (docs/formats.md section 1), as the first header line shows them.
const LINKEDIN_HEADERS = [
  /First Name,Last Name,(URL,)?Email Address,Company,Position,Connected On/i,
  /CONVERSATION ID,CONVERSATION TITLE,FROM/i,
  /^"?From"?,"?To"?,"?Date"?,"?Subject"?,"?Content"?,"?Direction"?/im,
  /From,To,Sent At,Message,Direction/i,
  /Company Name,Title,Description,Location,Started On/i,
  /First Name,Last Name,Maiden Name,Address,Birth Date,Headline/i,
  /Endorsement Date,Skill Name/i,
  /Organization,Followed On/i,
  /Saved Date,Job Url,Job Title,Company Name/i,
  /School Name,Start Date,End Date/i,
  /^Date,(Share|ShareLink)/im,
  /^Time,Search Query/im,
  /Email Address,Confirmed,Primary/i,
  /^(Extension,)?Number,(Extension,)?Type/im,
  /First Name,Last Name,Companies,Title,Email Address,Phone Numbers/i,
  /First Name,Last Name,Company,Job Title,Text,Creation Date/i,
  /Event Name,Event Time,Status/i,
  /^Locations,Industries/im,
];

export function decodeHead(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  return new TextDecoder('utf-8').decode(bytes);
}

/** Recognises one file's content; undefined when it is none of the formats weakties reads. */
export function detectContent(head: Uint8Array): ImportSource | 'zip' | undefined {
  if (head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04) return 'zip';
  const text = decodeHead(head).replace(/^\ufeff/, '');
  const trimmed = text.trimStart();
  if (looksLikeVcard(trimmed)) return 'vcard';
  if (looksLikeIcs(trimmed)) return 'ics';
  if (looksLikeMbox(text) || looksLikeEml(text)) return 'mbox';
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    if (looksLikeFacebookJson(trimmed)) return 'facebook';
    // An iOS WhatsApp chat starts with `[27.09.23, 09:18:41]` too: JSON is not the only text
    // that opens with a bracket.
    if (looksLikeWhatsApp(text)) return 'whatsapp';
    return undefined;
  }
  const firstLines = text.split(/\r?\n/).slice(0, 12).join('\n').replace(/\t/g, ',');
  if (LINKEDIN_HEADERS.some((h) => h.test(firstLines.replace(/"/g, '')))) return 'linkedin';
  if (looksLikeGoogleCsv(text)) return 'google-csv';
  if (looksLikeOutlookCsv(text)) return 'outlook-csv';
  if (looksLikeWhatsApp(text)) return 'whatsapp';
  return undefined;
}

/** No bytes, or only a byte-order mark and white space (an export cut off before its first line). */
function isEmptyText(head: Uint8Array): boolean {
  return (
    head.length < SNIFF_BYTES &&
    decodeHead(head)
      .replace(/^\ufeff/, '')
      .trim() === ''
  );
}

function readHead(path: string): Promise<Uint8Array> {
  return readFilePrefix(path, SNIFF_BYTES);
}

/** Which importer a zip is for, from what it holds. */
async function detectZip(path: string): Promise<ImportSource | undefined> {
  const zip = await openZip(path, path);
  try {
    const names = zip.entries.map((e) => e.name.toLowerCase());
    if (names.some((n) => /(^|\/)_chat\.txt$|whatsapp chat/.test(n))) return 'whatsapp';
    if (names.some((n) => /\.json$/.test(n) && /(messages\/|friends)/.test(n))) return 'facebook';
    if (names.some((n) => /(^|\/)(connections|messages|profile|invitations)\.csv$/.test(n)))
      return 'linkedin';
    const single = zip.entries.find((e) => e.isReadable && e.uncompressedSize <= SNIFF_BYTES * 16);
    if (single && zip.entries.length === 1) {
      const found = detectContent((await zip.read(single)).subarray(0, SNIFF_BYTES));
      return found === 'zip' ? undefined : found;
    }
    // A Google Takeout: mail, contacts and calendars side by side, each read by its content.
    for (const entry of zip.entries) {
      if (!entry.isReadable || !TAKEOUT_PART_NAME.test(entry.name)) continue;
      if (entry.uncompressedSize > MAX_TAKEOUT_SNIFF_BYTES) continue;
      const found = detectContent((await zip.read(entry)).subarray(0, SNIFF_BYTES));
      if (found !== undefined && found !== 'zip' && TAKEOUT_PARTS.has(found)) return 'takeout';
    }
    return undefined;
  } finally {
    zip.close();
  }
}

async function detectFolder(path: string): Promise<ImportSource | undefined> {
  const entries = await readdir(path, { withFileTypes: true, recursive: true });
  const votes = new Map<ImportSource, number>();
  let looked = 0;
  for (const entry of entries) {
    if (!entry.isFile() || looked >= MAX_FOLDER_SNIFF) continue;
    looked += 1;
    const found = detectContent(await readHead(join(entry.parentPath, entry.name)));
    if (found && found !== 'zip') votes.set(found, (votes.get(found) ?? 0) + 1);
  }
  // LinkedIn folders also hold other CSVs; a LinkedIn header anywhere decides.
  if (votes.has('linkedin')) return 'linkedin';
  const best = [...votes.entries()].sort((a, b) => b[1] - a[1])[0];
  return best?.[0];
}

/** The importer for a path (a file, a zip or a folder), or an AppError saying what it is not. */
export async function detectSource(path: string): Promise<ImportSource> {
  let info;
  try {
    info = await stat(path);
  } catch {
    throw new AppError('not-found', `no such file or folder: ${path}`);
  }
  let found: ImportSource | 'zip' | undefined;
  if (info.isDirectory()) found = await detectFolder(path);
  else {
    const head = await readHead(path);
    if (isEmptyText(head)) {
      throw new AppError('invalid-input', `${path} is empty: there is nothing in it to import.`);
    }
    found = detectContent(head);
    if (found === 'zip') found = await detectZip(path);
  }
  if (!found) {
    throw new AppError(
      'unsupported-format',
      `${path}: not a format weakties reads (LinkedIn export, vCard, Google or Outlook CSV, WhatsApp chat, Facebook JSON, mbox/eml, .ics)`,
    );
  }
  return found;
}
