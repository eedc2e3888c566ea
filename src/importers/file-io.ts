/**
 * The file reading every source's dispatcher shares: one wording for I/O failures, and a
 * bounded read of a file's first bytes (or all of it, when its size is known and allowed).
 */
import { open } from 'node:fs/promises';
import { AppError } from '../core/app-error.js';

/** A missing path is `not-found`; anything else the system refused is `io`, with its reason. */
export function ioError(path: string, error: unknown): AppError {
  const code = error instanceof Error && 'code' in error ? String(error.code) : '';
  if (code === 'ENOENT' || code === 'ENOTDIR')
    return new AppError('not-found', `${path} does not exist.`);
  return new AppError(
    'io',
    `${path} could not be read: ${error instanceof Error ? error.message : String(error)}`,
  );
}

/** Reads at most `size` bytes from the start of a file. */
export async function readFilePrefix(path: string, size: number): Promise<Uint8Array> {
  const handle = await open(path, 'r');
  try {
    const bytes = new Uint8Array(size);
    let offset = 0;
    while (offset < size) {
      const { bytesRead } = await handle.read(bytes, offset, size - offset, offset);
      if (bytesRead === 0) break;
      offset += bytesRead;
    }
    return bytes.subarray(0, offset);
  } finally {
    await handle.close();
  }
}
