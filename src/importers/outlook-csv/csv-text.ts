/**
 * Text of an address-book CSV (docs/formats.md section 2): "Desktop Outlook may write the ANSI code
 * page rather than UTF-8. Sniff the BOM, try UTF-8, and fall back to cp1252." Also a repair pass
 * for mojibake, UTF-8 that was once read as cp1252 and saved again (seen in a Google CSV
 * fragment: `Ã‚ngelo` for `Ângelo`). Shared by the Outlook and Google CSV importers.
 */
import { TextDecoder } from 'node:util';
import { decodeWindows1252, windows1252Byte } from '../windows-1252.js';

export type CsvEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface CsvText {
  text: string;
  encoding: CsvEncoding;
}

/** Decodes the bytes: BOM first (UTF-8, UTF-16), then strict UTF-8, else Windows-1252. */
export function decodeCsvBytes(input: Uint8Array | string): CsvText {
  if (typeof input === 'string') return { text: input.replace(/^\uFEFF/, ''), encoding: 'utf-8' };
  if (input[0] === 0xef && input[1] === 0xbb && input[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(input.subarray(3)), encoding: 'utf-8' };
  }
  if (input[0] === 0xff && input[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(input.subarray(2)), encoding: 'utf-16le' };
  }
  if (input[0] === 0xfe && input[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(input.subarray(2)), encoding: 'utf-16be' };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(input), encoding: 'utf-8' };
  } catch {
    // TypeError: not valid UTF-8, so the desktop's ANSI code page (docs/formats.md section 2).
    return { text: decodeWindows1252(input), encoding: 'windows-1252' };
  }
}

/**
 * A UTF-8 lead byte (Â..ô, 0xC2–0xF4) read as cp1252, followed by a continuation byte
 * (0x80–0xBF) read as cp1252: the signature of mojibake (`Ã©`, `Ã‚`, `â€™`).
 */
const MOJIBAKE_PAIR =
  /[\u00C2-\u00F4][\u0080-\u00BF\u0152\u0153\u0160\u0161\u0178\u017D\u017E\u0192\u02C6\u02DC\u2013\u2014\u2018-\u201A\u201C-\u201E\u2020-\u2022\u2026\u2030\u2039\u203A\u20AC\u2122]/g;

export function countMojibake(text: string): number {
  return text.match(MOJIBAKE_PAIR)?.length ?? 0;
}

/**
 * `Ã‚ngelo` → `Ângelo`: maps the text back to cp1252 bytes and reads them as UTF-8, applied only
 * when every character has a cp1252 byte, the bytes are valid UTF-8, and the result has fewer
 * mojibake pairs than the input. Anything else is returned unchanged.
 */
export function repairMojibake(text: string): string {
  const before = countMojibake(text);
  if (before === 0) return text;
  const bytes = new Uint8Array(text.length);
  for (let at = 0; at < text.length; at += 1) {
    const byte = windows1252Byte(text[at] ?? '');
    if (byte === undefined) return text;
    bytes[at] = byte;
  }
  let repaired: string;
  try {
    repaired = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // TypeError: the bytes are not UTF-8, so the text was not mojibake after all.
    return text;
  }
  return countMojibake(repaired) < before ? repaired : text;
}
