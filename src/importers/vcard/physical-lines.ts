/**
 * Physical lines of a vCard or iCalendar file (docs/formats.md sections 3 and 7), read lazily from the
 * bytes so that a file with kilobytes of folded photo base64 per card is never held as one big
 * string. Lines are handed out as latin1 "binary" strings (one char per byte): folding happens
 * at the byte level (Google folds at 75 octets, which can split a UTF-8 sequence), and the
 * charset of a value is only known once its parameters are read (`CHARSET=ISO-8859-1`), so text
 * is decoded later by `decodeValueBytes`.
 *
 * Line ends seen in real exports: CRLF, bare LF and CR CR LF (docs/formats.md section 3). A run of CRs
 * with an optional LF, or a bare LF, ends one line.
 */
import { Buffer } from 'node:buffer';
import { TextDecoder } from 'node:util';
import { decodeWindows1252 } from '../windows-1252.js';

export interface PhysicalLine {
  /** The line without its line end, one char per byte. */
  text: string;
  /** 1-based. */
  line: number;
}

const LF = 0x0a;
const CR = 0x0d;

/** Bytes of the file as UTF-8: a string is encoded, a UTF-16 file (BOM) is re-encoded, a UTF-8 BOM is dropped. */
export function toUtf8Bytes(input: Uint8Array | string): Buffer {
  if (typeof input === 'string') return Buffer.from(input.replace(/^\uFEFF/, ''), 'utf8');
  const bytes = Buffer.from(input.buffer, input.byteOffset, input.byteLength);
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return bytes.subarray(3);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return Buffer.from(new TextDecoder('utf-16le').decode(bytes.subarray(2)), 'utf8');
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return Buffer.from(new TextDecoder('utf-16be').decode(bytes.subarray(2)), 'utf8');
  }
  return bytes;
}

export class PhysicalLineReader {
  private pos = 0;
  private lineNumber = 0;
  /** Cached positions of the next LF and CR at or after `pos`; -1 when there is none left. */
  private nextLf = -2;
  private nextCr = -2;
  private peeked: PhysicalLine | undefined;

  constructor(private readonly bytes: Buffer) {}

  /** The next line without consuming it. */
  peek(): PhysicalLine | undefined {
    this.peeked ??= this.read();
    return this.peeked;
  }

  take(): PhysicalLine | undefined {
    const line = this.peek();
    this.peeked = undefined;
    return line;
  }

  private find(byte: number, cached: number): number {
    if (cached === -1 || cached >= this.pos) return cached;
    return this.bytes.indexOf(byte, this.pos);
  }

  private read(): PhysicalLine | undefined {
    const { bytes } = this;
    if (this.pos >= bytes.length) return undefined;
    this.nextLf = this.find(LF, this.nextLf);
    this.nextCr = this.find(CR, this.nextCr);
    const candidates = [this.nextLf, this.nextCr].filter((at) => at >= 0);
    const end = candidates.length > 0 ? Math.min(...candidates) : bytes.length;
    const text = bytes.toString('latin1', this.pos, end);
    let next = end;
    while (bytes[next] === CR) next += 1;
    if (bytes[next] === LF) next += 1;
    this.pos = next;
    this.lineNumber += 1;
    return { text, line: this.lineNumber };
  }
}

/** Any byte above ASCII; without one, the bytes are already the text. */
const NON_ASCII = /[\x80-\xff]/;

/** WHATWG reads these labels as Windows-1252 (see windows-1252.ts for why not TextDecoder). */
const WINDOWS_1252_LABELS = new Set([
  'windows-1252',
  'cp1252',
  'x-cp1252',
  'iso-8859-1',
  'iso8859-1',
  'iso_8859-1',
  'latin1',
  'l1',
  'us-ascii',
  'ascii',
]);

type Decode = (bytes: Uint8Array) => string;

/** A decoder for a declared CHARSET; undefined for UTF-8 and for labels nobody knows. */
function decoderFor(charset: string | undefined): Decode | undefined {
  const label = (charset ?? 'utf-8').trim().toLowerCase();
  if (label === 'utf-8' || label === 'utf8') return undefined;
  if (WINDOWS_1252_LABELS.has(label)) return decodeWindows1252;
  try {
    const decoder = new TextDecoder(label);
    return (bytes) => decoder.decode(bytes);
  } catch {
    // RangeError: TextDecoder knows no such label; the caller falls back to UTF-8.
    return undefined;
  }
}

export interface DecodedText {
  text: string;
  /** False when the bytes were not valid in the declared charset and were read as Windows-1252. */
  isClean: boolean;
}

/**
 * Text from value bytes (a binary string): in the declared CHARSET when `TextDecoder` knows it,
 * else UTF-8; bytes that are not valid UTF-8 are read as Windows-1252, which old phones wrote
 * without saying so (and which maps every byte to a character).
 */
export function decodeValueBytes(binary: string, charset?: string): DecodedText {
  if (!NON_ASCII.test(binary)) return { text: binary, isClean: true };
  const bytes = Buffer.from(binary, 'latin1');
  const declared = decoderFor(charset);
  if (declared) return { text: declared(bytes), isClean: true };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), isClean: true };
  } catch {
    // TypeError: not valid UTF-8.
    return { text: decodeWindows1252(bytes), isClean: false };
  }
}
