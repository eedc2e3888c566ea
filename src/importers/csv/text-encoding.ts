/**
 * Guessing the text encoding of untrusted bytes (docs/formats.md section 2, Outlook: "Sniff the BOM,
 * try UTF-8, and fall back to cp1252"; section 1: 2018 LinkedIn Shares.csv is UTF-16 LE with a
 * BOM). Files without a BOM are told apart by their bytes alone, never by their name.
 */
import { isUtf8 } from 'node:buffer';
import { decodeWindows1252 } from '../windows-1252.js';

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export type EncodingGuess =
  | { kind: 'text'; encoding: TextEncodingName; bomLength: number }
  | { kind: 'binary'; reason: string };

/** How many leading bytes the NUL-pattern test looks at (design choice: one disk block). */
const SNIFF_BYTES = 4096;

const MAGIC: readonly { bytes: readonly number[]; name: string }[] = [
  { bytes: [0x89, 0x50, 0x4e, 0x47], name: 'a PNG image' },
  { bytes: [0xff, 0xd8, 0xff], name: 'a JPEG image' },
  { bytes: [0x47, 0x49, 0x46, 0x38], name: 'a GIF image' },
  { bytes: [0x25, 0x50, 0x44, 0x46], name: 'a PDF document' },
  { bytes: [0x50, 0x4b, 0x03, 0x04], name: 'a zip archive' },
  { bytes: [0x1f, 0x8b], name: 'a gzip archive' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], name: 'an old Office document (.xls)' },
];

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.length <= bytes.length && prefix.every((b, i) => bytes[i] === b);
}

/** Guesses the encoding from the bytes: BOM, then magic numbers, then NUL pattern, then UTF-8 validity. */
export function guessEncoding(bytes: Uint8Array): EncodingGuess {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf]))
    return { kind: 'text', encoding: 'utf-8', bomLength: 3 };
  if (startsWith(bytes, [0xff, 0xfe])) return { kind: 'text', encoding: 'utf-16le', bomLength: 2 };
  if (startsWith(bytes, [0xfe, 0xff])) return { kind: 'text', encoding: 'utf-16be', bomLength: 2 };
  for (const magic of MAGIC) {
    if (startsWith(bytes, magic.bytes)) return { kind: 'binary', reason: `it is ${magic.name}` };
  }
  // UTF-16 without a BOM: text in Latin script has a NUL in every other byte, on the odd
  // offsets for little endian and the even ones for big endian. Any other NUL means binary.
  const sample = Math.min(bytes.length, SNIFF_BYTES) & ~1;
  let nulEven = 0;
  let nulOdd = 0;
  for (let i = 0; i < sample; i += 2) {
    if (bytes[i] === 0) nulEven += 1;
    if (bytes[i + 1] === 0) nulOdd += 1;
  }
  const pairs = sample / 2;
  // 30 % / 5 %: design choice; ASCII-heavy UTF-16 scores near 100 % / 0 %, binary near equal.
  if (pairs > 0 && nulOdd > pairs * 0.3 && nulEven < pairs * 0.05) {
    return { kind: 'text', encoding: 'utf-16le', bomLength: 0 };
  }
  if (pairs > 0 && nulEven > pairs * 0.3 && nulOdd < pairs * 0.05) {
    return { kind: 'text', encoding: 'utf-16be', bomLength: 0 };
  }
  // A stray NUL in a text file is kept (the reader's control-character test decides); many of
  // them (over 1 %, design choice) mean binary data.
  if (sample > 0 && nulEven + nulOdd > sample * 0.01) {
    return { kind: 'binary', reason: 'it contains NUL bytes' };
  }
  if (isUtf8(bytes)) return { kind: 'text', encoding: 'utf-8', bomLength: 0 };
  return { kind: 'text', encoding: 'windows-1252', bomLength: 0 };
}

/**
 * A decoder for consecutive chunks of one file: multi-byte sequences split across chunks are
 * carried over. The BOM, if any, must already be cut off the first chunk.
 */
export function createChunkDecoder(
  encoding: TextEncodingName,
): (chunk: Uint8Array, isLast: boolean) => string {
  if (encoding === 'windows-1252') return (chunk) => decodeWindows1252(chunk);
  const decoder = new TextDecoder(encoding, { ignoreBOM: true });
  return (chunk, isLast) => decoder.decode(chunk, { stream: !isLast });
}
