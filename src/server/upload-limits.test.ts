/**
 * Uploads are streamed to a private temporary file and bounded: per member, per server, per day
 * and per file, each refusal a 413 or 429 with a message a person can act on and no server path.
 */
import { readFileSync, statSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isAppError } from '../core/app-error.js';
import { openTempStore, type TempStore } from '../services/test-support/temp-store.js';
import { createApp } from './create-app.js';
import { createUploadGate, sanitiseUploadName, type UploadLimits } from './upload-limits.js';

const BOUNDARY = 'weakties-test-boundary';
const NOW = new Date('2026-11-02T12:00:00Z');

/** A multipart body with one file part, cut into chunks of `chunk` bytes. */
function multipart(fileName: string, content: Buffer, chunk = 7): ReadableStream<Uint8Array> {
  const whole = Buffer.concat([
    Buffer.from(
      `--${BOUNDARY}\r\nContent-Disposition: form-data; name="note"\r\n\r\nhello\r\n` +
        `--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\n` +
        'Content-Type: application/octet-stream\r\n\r\n',
    ),
    content,
    Buffer.from(`\r\n--${BOUNDARY}--\r\n`),
  ]);
  let at = 0;
  return new ReadableStream({
    pull(controller) {
      if (at >= whole.length) {
        controller.close();
        return;
      }
      controller.enqueue(whole.subarray(at, at + chunk));
      at += chunk;
    },
  });
}

function uploadRequest(body: ReadableStream<Uint8Array>): Request {
  return new Request('http://127.0.0.1/api/imports', {
    method: 'POST',
    headers: { 'content-type': `multipart/form-data; boundary=${BOUNDARY}` },
    body,
    duplex: 'half',
  } as RequestInit);
}

/** A body that sends its headers and then waits until `release` is called. */
function stalledUpload(): { request: Request; release: () => void } {
  let release = () => undefined as void;
  const gate = new Promise<void>((done) => (release = done));
  let sent = false;
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!sent) {
        sent = true;
        controller.enqueue(
          Buffer.from(
            `--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="a.vcf"\r\n\r\nBEGIN`,
          ),
        );
        return;
      }
      await gate;
      controller.enqueue(Buffer.from(`\r\n--${BOUNDARY}--\r\n`));
      controller.close();
    },
  });
  return { request: uploadRequest(body), release };
}

const LIMITS: UploadLimits = { maxBytes: 1024, perMember: 2, perServer: 3, dailyQuotaBytes: 4096 };

describe('receiving an upload', () => {
  it('writes the file part to a private file as it streams, whatever the chunking', async () => {
    const gate = createUploadGate(LIMITS);
    // Content that holds most of a delimiter, so a split across chunks is exercised.
    const content = Buffer.from(`line one\r\n--${BOUNDARY.slice(0, 10)} not the end\r\nline two`);
    for (const chunk of [1, 5, 64, 4096]) {
      const seen = await gate.run(
        1,
        NOW,
        uploadRequest(multipart('../My Contacts.vcf', content, chunk)),
        (u) =>
          Promise.resolve({
            name: u.name,
            bytes: u.bytes,
            text: readFileSync(u.path),
            fileMode: statSync(u.path).mode & 0o777,
            dirMode: statSync(u.path.replace(/\/[^/]+$/, '')).mode & 0o777,
          }),
      );
      expect(seen.name).toBe('My Contacts.vcf');
      expect(seen.bytes).toBe(content.length);
      expect(seen.text.equals(content)).toBe(true);
      expect(seen.fileMode).toBe(0o600);
      expect(seen.dirMode).toBe(0o700);
    }
  });

  it('refuses a file over the bound with 413 and a plain message', async () => {
    const gate = createUploadGate(LIMITS);
    const error = await gate
      .run(1, NOW, uploadRequest(multipart('big.vcf', Buffer.alloc(2048, 65))), () =>
        Promise.resolve('read'),
      )
      .catch((e: unknown) => e);
    expect(isAppError(error) && error.code).toBe('too-large');
    expect((error as Error).message).toBe(
      'the file is over 1 KiB, the most one upload may hold; split the export or import it with the command line',
    );
  });

  it('keeps browser names plain', () => {
    expect(sanitiseUploadName('C:\\Users\\ana\\Connections.csv')).toBe('Connections.csv');
    expect(sanitiseUploadName('../../etc/passwd')).toBe('passwd');
    expect(sanitiseUploadName('')).toBe('upload');
  });
});

describe('how many uploads at once', () => {
  it('takes two per member and three per server, and says so with 429', async () => {
    const gate = createUploadGate(LIMITS);
    const first = stalledUpload();
    const second = stalledUpload();
    const running = [
      gate.run(1, NOW, first.request, () => Promise.resolve('one')),
      gate.run(1, NOW, second.request, () => Promise.resolve('two')),
    ];
    const third = await gate
      .run(1, NOW, stalledUpload().request, () => Promise.resolve('three'))
      .catch((e: unknown) => e);
    expect(isAppError(third) && third.code).toBe('rate-limited');
    expect((third as Error).message).toBe(
      'you have 2 uploads running already; wait for one to finish',
    );
    const other = stalledUpload();
    running.push(gate.run(2, NOW, other.request, () => Promise.resolve('other')));
    const fourth = await gate
      .run(3, NOW, stalledUpload().request, () => Promise.resolve('four'))
      .catch((e: unknown) => e);
    expect((fourth as Error).message).toBe(
      'the server is receiving as many uploads as it takes at once; try again in a minute',
    );
    first.release();
    second.release();
    other.release();
    expect(await Promise.all(running)).toEqual(['one', 'two', 'other']);
    // Finished uploads free their places.
    expect(
      await gate.run(3, NOW, uploadRequest(multipart('a.vcf', Buffer.from('x'))), () =>
        Promise.resolve('after'),
      ),
    ).toBe('after');
  });

  it('keeps a daily quota per member', async () => {
    const gate = createUploadGate({ ...LIMITS, maxBytes: 3000, dailyQuotaBytes: 4000 });
    const send = (account: number, at: Date) =>
      gate.run(account, at, uploadRequest(multipart('a.vcf', Buffer.alloc(2500, 66), 512)), (u) =>
        Promise.resolve(u.bytes),
      );
    expect(await send(1, NOW)).toBe(2500);
    const over = await send(1, NOW).catch((e: unknown) => e);
    expect((over as Error).message).toBe(
      'the file is over the 1 KiB left of your daily upload quota; try again tomorrow',
    );
    // Another member has their own quota, and a day later the first has theirs again.
    expect(await send(2, NOW)).toBe(2500);
    expect(await send(1, new Date(NOW.getTime() + 24 * 60 * 60_000 + 1))).toBe(2500);
  });
});

describe('POST /api/imports', () => {
  let store: TempStore;
  let app: ReturnType<typeof createApp>;
  beforeAll(async () => {
    store = await openTempStore();
    app = createApp(store, { now: () => NOW });
  });
  afterAll(async () => {
    await store.cleanup();
  });

  it('names the uploaded file in an error, never the server path', async () => {
    const form = new FormData();
    form.set('file', new Blob(['just some words, not an export']), 'notes.txt');
    const response = await app.request('/api/imports', {
      method: 'POST',
      body: form,
      headers: { 'x-weakties-request': '1' },
    });
    expect(response.status).toBe(415);
    const body = await response.text();
    expect(body).toContain('notes.txt: not a format weakties reads');
    expect(body).not.toMatch(/weakties-upload-|\/tmp\//);
  });
});
