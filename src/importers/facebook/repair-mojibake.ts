/**
 * Facebook's "Download your information" JSON escapes every UTF-8 byte as its own `\u00XX`
 * (docs/formats.md section 6, seen 2022-2026): `"Ho\u00c3\u00a0ng"` is "Hoàng" and
 * `"\u00f0\u009f\u0098\u0086"` is 😆. The repair reads the code points back as bytes, and is
 * applied only when every code point is at most 0xFF and the bytes are valid UTF-8, so text
 * that was never broken ("Zoë" written correctly) is left alone.
 */
import { isUtf8 } from 'node:buffer';

export function repairMojibake(text: string): string {
  let hasHigh = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code > 0xff) return text;
    if (code >= 0x80) hasHigh = true;
  }
  if (!hasHigh) return text;
  const bytes = Buffer.from(text, 'latin1');
  return isUtf8(bytes) ? bytes.toString('utf8') : text;
}
