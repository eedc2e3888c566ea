/**
 * Quoted-printable as Android writes it in vCard 2.1 (docs/formats.md section 3:
 * `N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=C3=91…=`). A trailing `=` is a soft line break:
 * the caller joins the physical lines first (vcard-file.ts), because a UTF-8 sequence can be
 * split across them (`=C3=` / `=91`) and only decodes once whole.
 */

const HEX_PAIR = /^[0-9A-Fa-f]{2}$/;

/** Decodes `=XX` escapes into bytes (returned as a binary string); a stray `=` is kept. */
export function decodeQuotedPrintable(binary: string): string {
  let out = '';
  for (let at = 0; at < binary.length; at += 1) {
    const char = binary[at];
    if (char === '=') {
      const hex = binary.slice(at + 1, at + 3);
      if (HEX_PAIR.test(hex)) {
        out += String.fromCharCode(Number.parseInt(hex, 16));
        at += 2;
        continue;
      }
      // A soft break that was not joined (the file ended) leaves nothing behind.
      if (at === binary.length - 1) continue;
    }
    out += char;
  }
  return out;
}

/** True when a quoted-printable line ends in a soft line break: a lone `=`, not the tail of `=3D`. */
export function endsWithSoftBreak(binary: string): boolean {
  const trimmed = binary.replace(/[ \t]+$/, '');
  let at = 0;
  while (at < trimmed.length) {
    if (trimmed[at] !== '=') at += 1;
    else if (HEX_PAIR.test(trimmed.slice(at + 1, at + 3))) at += 3;
    else if (at === trimmed.length - 1) return true;
    else at += 1;
  }
  return false;
}
