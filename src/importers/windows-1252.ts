/**
 * Windows-1252 (the "ANSI" code page of Western Windows; WHATWG index-windows-1252). Written out
 * because Node 20's `TextDecoder('windows-1252')` decodes as ISO-8859-1: byte 0x82 comes out as
 * U+0082 instead of `‚` (U+201A), which breaks both cp1252 files and mojibake repair. Only bytes
 * 0x80–0x9F differ from ISO-8859-1.
 */
import { Buffer } from 'node:buffer';

const HIGH = [
  0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039,
  0x0152, 0x008d, 0x017d, 0x008f, 0x0090, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014,
  0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x009d, 0x017e, 0x0178,
];

/** Character of each byte. */
const CHARS: readonly string[] = Array.from({ length: 256 }, (_, byte) =>
  String.fromCharCode(byte >= 0x80 && byte < 0xa0 ? (HIGH[byte - 0x80] ?? byte) : byte),
);

/** Byte of each character that has one. */
const BYTES: ReadonlyMap<string, number> = new Map(CHARS.map((char, byte) => [char, byte]));

export function decodeWindows1252(bytes: Uint8Array): string {
  // latin1 is right for every byte outside 0x80–0x9F; only those need the table.
  const latin1 = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  return latin1.replace(/[\u0080-\u009f]/g, (char) => CHARS[char.charCodeAt(0)] ?? char);
}

/** The cp1252 byte of a character, or undefined when cp1252 cannot write it. */
export function windows1252Byte(char: string): number | undefined {
  return BYTES.get(char);
}
