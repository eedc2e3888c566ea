/**
 * Uploads of exports (POST /api/imports), bounded: the body is streamed to a private temporary
 * file (folder 0700, file 0600) as it arrives, never held in memory; at most a few uploads run
 * at once per member and per server, and each member has a daily upload quota. Over a bound the
 * answer is 413 (too large) or 429 (too many at once, or the quota), with a message a person can
 * act on; an error never shows a server path.
 */
import { open, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { AppError } from '../core/app-error.js';

// The same bound the importers put on one file (src/importers/read-export.ts, 256 MiB).
export const MAX_UPLOAD_BYTES = 256 * 1024 ** 2;
// Design choices: a member rarely has more than two exports in flight (a LinkedIn zip and a
// phone book); eight at once keeps a small server's disk and memory busy but bounded (bench:server
// measures eight 200 MiB uploads); 2 GiB a day is eight full-size exports.
export const MAX_UPLOADS_PER_MEMBER = 2;
export const MAX_UPLOADS_PER_SERVER = 8;
export const DAILY_UPLOAD_QUOTA_BYTES = 2 * 1024 ** 3;
const QUOTA_WINDOW_MS = 24 * 60 * 60_000;
// A part's headers and the small fields beside the file (design choice, far above real ones).
const MAX_PART_HEADER_BYTES = 16 * 1024;
const MAX_FIELD_BYTES = 64 * 1024;

const MIB = 1024 ** 2;

function formatSize(bytes: number): string {
  return bytes >= MIB ? `${Math.round(bytes / MIB)} MiB` : `${Math.round(bytes / 1024)} KiB`;
}

export interface UploadLimits {
  maxBytes: number;
  perMember: number;
  perServer: number;
  dailyQuotaBytes: number;
}

export const DEFAULT_UPLOAD_LIMITS: UploadLimits = {
  maxBytes: MAX_UPLOAD_BYTES,
  perMember: MAX_UPLOADS_PER_MEMBER,
  perServer: MAX_UPLOADS_PER_SERVER,
  dailyQuotaBytes: DAILY_UPLOAD_QUOTA_BYTES,
};

/** A received upload: its file on disk, and the browser's name for it (sanitised). */
export interface ReceivedUpload {
  path: string;
  name: string;
  bytes: number;
}

/** The browser's name is untrusted: a plain base name for the import history only. */
export function sanitiseUploadName(name: string): string {
  return (
    basename(name.replace(/\\/g, '/'))
      .replace(/[^\w.\- ]+/g, '_')
      .slice(0, 120) || 'upload'
  );
}

function boundaryOf(contentType: string): string {
  const match = /;\s*boundary=(?:"([^"]{1,70})"|([^\s;]{1,70}))/i.exec(contentType);
  const boundary = match?.[1] ?? match?.[2];
  if (!contentType.toLowerCase().startsWith('multipart/form-data') || !boundary) {
    throw new AppError('usage', 'upload the export as multipart/form-data with a "file" field');
  }
  return boundary;
}

function parsePartHeaders(text: string): { name?: string; fileName?: string } {
  const disposition = text.split('\r\n').find((line) => /^content-disposition:/i.test(line));
  if (!disposition) return {};
  const name = /[;\s]name="([^"]*)"/i.exec(disposition)?.[1];
  const fileName = /filename="([^"]*)"/i.exec(disposition)?.[1];
  return {
    ...(name !== undefined ? { name } : {}),
    ...(fileName !== undefined ? { fileName } : {}),
  };
}

/**
 * Reads a multipart/form-data body and writes its "file" part to `dir` as it streams in. Memory
 * holds one chunk and a delimiter's length at a time, whatever the file's size.
 */
export async function receiveUpload(
  request: Request,
  dir: string,
  maxBytes: number,
  tooLarge: () => AppError = () => tooLargeFile(maxBytes),
): Promise<ReceivedUpload> {
  const boundary = boundaryOf(request.headers.get('content-type') ?? '');
  const declared = Number(request.headers.get('content-length') ?? '0');
  if (declared > maxBytes + MAX_PART_HEADER_BYTES * 4) throw tooLarge();
  if (!request.body) throw new AppError('usage', 'upload the export in a field named "file"');
  const opening = Buffer.from(`--${boundary}`);
  const delimiter = Buffer.from(`\r\n--${boundary}`);
  const reader = request.body.getReader();
  let buffer = Buffer.alloc(0);
  let state: 'preamble' | 'headers' | 'body' | 'done' = 'preamble';
  let part: { name?: string; fileName?: string } = {};
  let file: Awaited<ReturnType<typeof open>> | undefined;
  let fieldBytes = 0;
  let fileBytes = 0;
  let total = 0;
  let received: ReceivedUpload | undefined;
  let path = '';

  const writeBody = async (bytes: Buffer) => {
    if (bytes.length === 0) return;
    if (file) {
      fileBytes += bytes.length;
      if (fileBytes > maxBytes) throw tooLarge();
      await file.write(bytes);
    } else {
      fieldBytes += bytes.length;
      if (fieldBytes > MAX_FIELD_BYTES)
        throw new AppError('too-large', 'a form field is too large');
    }
  };

  try {
    while (state !== 'done') {
      const { done, value } = await reader.read();
      if (value) {
        total += value.length;
        if (total > maxBytes + MAX_PART_HEADER_BYTES * 4) throw tooLarge();
        buffer = buffer.length === 0 ? Buffer.from(value) : Buffer.concat([buffer, value]);
      }
      // Work through what the buffer holds; keep what may be the start of a delimiter.
      for (;;) {
        if (state === 'preamble') {
          const at = buffer.indexOf(opening);
          if (at < 0) {
            buffer = buffer.subarray(Math.max(0, buffer.length - opening.length));
            break;
          }
          buffer = buffer.subarray(at + opening.length);
          state = 'headers';
        }
        if (state === 'headers') {
          if (buffer.length >= 2 && buffer.subarray(0, 2).toString() === '--') {
            state = 'done';
            break;
          }
          const end = buffer.indexOf('\r\n\r\n');
          if (end < 0) {
            if (buffer.length > MAX_PART_HEADER_BYTES) {
              throw new AppError('usage', 'the upload is not well-formed multipart/form-data');
            }
            break;
          }
          part = parsePartHeaders(buffer.subarray(0, end).toString('utf8'));
          buffer = buffer.subarray(end + 4);
          fieldBytes = 0;
          if (part.name === 'file' && part.fileName !== undefined && !file && !received) {
            // Under the browser's (sanitised) name: importers read a kind from names such as
            // Connections.csv or "WhatsApp Chat with Ana.txt".
            path = join(dir, sanitiseUploadName(part.fileName));
            file = await open(path, 'wx', 0o600);
            fileBytes = 0;
          }
          state = 'body';
        }
        if (state === 'body') {
          const at = buffer.indexOf(delimiter);
          if (at < 0) {
            const keep = delimiter.length - 1;
            if (buffer.length > keep) {
              await writeBody(buffer.subarray(0, buffer.length - keep));
              buffer = buffer.subarray(buffer.length - keep);
            }
            break;
          }
          await writeBody(buffer.subarray(0, at));
          buffer = buffer.subarray(at + delimiter.length);
          if (file) {
            await file.close();
            file = undefined;
            received = { path, name: sanitiseUploadName(part.fileName ?? ''), bytes: fileBytes };
          }
          state = 'headers';
          continue;
        }
        break;
      }
      if (done) break;
    }
  } catch (error) {
    await reader.cancel().catch(() => undefined);
    throw error;
  } finally {
    await file?.close().catch(() => undefined);
  }
  if (!received) throw new AppError('usage', 'upload the export in a field named "file"');
  return received;
}

function tooLargeFile(maxBytes: number): AppError {
  return new AppError(
    'too-large',
    `the file is over ${formatSize(maxBytes)}, the most one upload may hold; split the export or import it with the command line`,
  );
}

/** Counts uploads in flight and bytes received per member, for the caps and the quota. */
export function createUploadGate(limits: UploadLimits = DEFAULT_UPLOAD_LIMITS) {
  const active = new Map<number, number>();
  let activeTotal = 0;
  const received = new Map<number, { at: number; bytes: number }[]>();

  const usedToday = (accountId: number, now: number): number => {
    const recent = (received.get(accountId) ?? []).filter((r) => now - r.at < QUOTA_WINDOW_MS);
    received.set(accountId, recent);
    return recent.reduce((sum, r) => sum + r.bytes, 0);
  };

  return {
    limits,
    /**
     * Runs one upload: refused with 429 when the member or the server has too many in flight
     * or the member's quota is spent; the upload's own folder is removed afterwards.
     */
    async run<T>(
      accountId: number,
      now: Date,
      request: Request,
      task: (upload: ReceivedUpload) => Promise<T>,
    ): Promise<T> {
      if ((active.get(accountId) ?? 0) >= limits.perMember) {
        throw new AppError(
          'rate-limited',
          `you have ${limits.perMember} uploads running already; wait for one to finish`,
        );
      }
      if (activeTotal >= limits.perServer) {
        throw new AppError(
          'rate-limited',
          'the server is receiving as many uploads as it takes at once; try again in a minute',
        );
      }
      const used = usedToday(accountId, now.getTime());
      if (used >= limits.dailyQuotaBytes) {
        throw new AppError(
          'rate-limited',
          `you uploaded ${formatSize(used)} today, the daily most; try again tomorrow`,
        );
      }
      active.set(accountId, (active.get(accountId) ?? 0) + 1);
      activeTotal += 1;
      const dir = await mkdtemp(join(tmpdir(), 'weakties-upload-'));
      try {
        const left = limits.dailyQuotaBytes - used;
        const upload = await receiveUpload(
          request,
          dir,
          Math.min(limits.maxBytes, left),
          left < limits.maxBytes
            ? () =>
                new AppError(
                  'too-large',
                  `the file is over the ${formatSize(left)} left of your daily upload quota; try again tomorrow`,
                )
            : () => tooLargeFile(limits.maxBytes),
        );
        received.get(accountId)?.push({ at: now.getTime(), bytes: upload.bytes });
        try {
          return await task(upload);
        } catch (error) {
          // Importers name the file they read; the page shows the person's file name instead.
          if (error instanceof AppError) {
            throw new AppError(
              error.code,
              error.message.replaceAll(upload.path, upload.name).replaceAll(dir, ''),
            );
          }
          throw error;
        }
      } finally {
        active.set(accountId, (active.get(accountId) ?? 1) - 1);
        activeTotal -= 1;
        await rm(dir, { recursive: true, force: true });
      }
    },
  };
}
