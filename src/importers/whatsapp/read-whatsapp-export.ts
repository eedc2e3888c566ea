/**
 * The WhatsApp importer's I/O: takes what the user points at (chat `.txt` files, the exported
 * `.zip` holding `_chat.txt` or `WhatsApp Chat with <name>.txt` plus media, or a folder of
 * them), reads the chat texts with bounds and parses them together (whatsapp-chat.ts), so the
 * owner found in one chat identifies the owner in the others.
 *
 * Text files are picked by content (`looksLikeWhatsApp`), never by name alone; media in the zip
 * is never read. AppError, nothing imported: no path, a missing or unreadable path, a corrupt
 * zip or a zip bomb (archive/zip-reader.ts). An oversized or unreadable chat file is an issue.
 */
import type { Dirent } from 'node:fs';
import { lstat, readdir } from 'node:fs/promises';
import { basename, join, relative, sep } from 'node:path';
import { AppError } from '../../core/app-error.js';
import { DEFAULT_ARCHIVE_LIMITS, openZip, type ArchiveLimits } from '../archive/zip-reader.js';
import type { FileReport, ImportBatch, ImportIssue } from '../import-batch.js';
import {
  chatNameFromFileName,
  parseWhatsAppChatFiles,
  type WhatsAppChatFile,
  type WhatsAppOptions,
} from './whatsapp-chat.js';
import { looksLikeWhatsApp } from './whatsapp-line.js';
import { ioError, readFilePrefix } from '../file-io.js';

/**
 * Largest chat text read (design choice: ten years of a very busy group chat is tens of MB, and
 * the text is held in memory while it is parsed).
 */
export const MAX_CHAT_BYTES = 256 * 1024 ** 2;

/** How much of a text file is decoded to decide whether it is a chat (design choice). */
const SNIFF_BYTES = 4096;

export interface ReadWhatsAppOptions extends WhatsAppOptions {
  limits?: ArchiveLimits;
}

function isZipMagic(head: Uint8Array): boolean {
  return head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04;
}

function isChatText(bytes: Uint8Array): boolean {
  const head = new TextDecoder('utf-8').decode(bytes.subarray(0, SNIFF_BYTES));
  return looksLikeWhatsApp(head);
}

interface Collected {
  chats: WhatsAppChatFile[];
  issues: ImportIssue[];
  skippedFiles: string[];
}

function tooLarge(name: string, size: number): ImportIssue {
  return {
    code: 'file-too-large',
    file: name,
    severity: 'error',
    message: `${name} is ${(size / 1024 ** 2).toFixed(0)} MiB, more than the ${MAX_CHAT_BYTES / 1024 ** 2} MiB weakties reads from one chat; it was skipped.`,
  };
}

async function collectLooseFile(
  path: string,
  name: string,
  size: number,
  isExplicit: boolean,
  into: Collected,
): Promise<void> {
  if (size > MAX_CHAT_BYTES) {
    into.issues.push(tooLarge(name, size));
    return;
  }
  const bytes = await readFilePrefix(path, size).catch((error: unknown) =>
    Promise.reject(ioError(path, error)),
  );
  if (!isChatText(bytes)) {
    if (isExplicit) {
      into.issues.push({
        code: 'unknown-file',
        file: name,
        severity: 'error',
        message: `${name} does not look like a WhatsApp chat export; it was skipped.`,
      });
    } else into.skippedFiles.push(name);
    return;
  }
  into.chats.push({ name, content: bytes });
}

async function collectZip(path: string, limits: ArchiveLimits, into: Collected): Promise<void> {
  const label = basename(path);
  const zip = await openZip(path, label, limits);
  try {
    const zipChatName = chatNameFromFileName(label);
    const texts = zip.entries.filter((entry) => /\.txt$/i.test(entry.name));
    for (const entry of texts) {
      const name = `${label}/${entry.name}`;
      if (!entry.isReadable) {
        into.issues.push({
          code: 'bad-archive',
          file: name,
          severity: 'error',
          message: `${name} is encrypted or packed with a method weakties cannot unpack; it was skipped.`,
        });
        continue;
      }
      if (entry.uncompressedSize > MAX_CHAT_BYTES) {
        into.issues.push(tooLarge(name, entry.uncompressedSize));
        continue;
      }
      const bytes = await zip.read(entry);
      if (!isChatText(bytes)) {
        into.skippedFiles.push(name);
        continue;
      }
      // iOS names the zip `WhatsApp Chat - X.zip` and the text inside `_chat.txt`.
      const chatName =
        chatNameFromFileName(entry.name) ?? (texts.length === 1 ? zipChatName : undefined);
      into.chats.push(chatName ? { name, content: bytes, chatName } : { name, content: bytes });
    }
  } finally {
    zip.close();
  }
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
          `${root} holds more than ${limits.maxEntries.toLocaleString('en-US')} files; point weakties at the chat files themselves.`,
        );
      }
      const path = join(folder, entry.name);
      if (entry.isDirectory()) folders.push(path);
      else if (entry.isFile() && /\.txt$/i.test(entry.name)) {
        const stats = await lstat(path).catch((error: unknown) =>
          Promise.reject(ioError(path, error)),
        );
        await collectLooseFile(
          path,
          relative(root, path).split(sep).join('/'),
          stats.size,
          false,
          into,
        );
      }
    }
  }
}

/**
 * Reads WhatsApp chat exports (zips, `.txt` files or folders of them) into one batch.
 * Throws AppError for whole-input failures (see the header of this file).
 */
export async function readWhatsAppExport(
  paths: readonly string[],
  options: ReadWhatsAppOptions = {},
): Promise<ImportBatch> {
  if (paths.length === 0)
    throw new AppError('usage', 'Give the WhatsApp chat export: the .zip or the .txt file.');
  const limits = options.limits ?? DEFAULT_ARCHIVE_LIMITS;
  const into: Collected = { chats: [], issues: [], skippedFiles: [] };
  for (const path of paths) {
    const stats = await lstat(path).catch((error: unknown) => Promise.reject(ioError(path, error)));
    if (stats.isDirectory()) {
      await collectFolder(path, limits, into);
    } else if (!stats.isFile()) {
      throw new AppError('invalid-input', `${path} is neither a file nor a folder.`);
    } else {
      const head = await readFilePrefix(path, Math.min(4, stats.size)).catch((error: unknown) =>
        Promise.reject(ioError(path, error)),
      );
      if (isZipMagic(head)) await collectZip(path, limits, into);
      else await collectLooseFile(path, basename(path), stats.size, true, into);
    }
  }
  const parsedFiles = parseWhatsAppChatFiles(into.chats, options);
  const batch: ImportBatch = {
    source: 'whatsapp',
    records: [],
    issues: [...into.issues],
    files: [],
  };
  parsedFiles.forEach((parsed, index) => {
    const file = into.chats[index]?.name ?? '';
    for (const record of parsed.records) batch.records.push(record);
    batch.issues.push(...parsed.issues);
    const report: FileReport = {
      file,
      kind: 'whatsapp-chat',
      rows: parsed.records.length,
      skipped: parsed.skipped,
    };
    batch.files.push(report);
  });
  for (const file of into.skippedFiles)
    batch.files.push({ file, kind: 'skipped', rows: 0, skipped: {} });
  if (into.chats.length === 0 && into.issues.length === 0) {
    batch.issues.push({
      code: 'unknown-file',
      file: paths.join(', '),
      severity: 'error',
      message:
        'no WhatsApp chat text was found; export the chat with "Export chat" and give the .zip or .txt.',
    });
  }
  return batch;
}
