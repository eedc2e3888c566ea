/**
 * Text content lines as vCard 3.0 (RFC 2426) and iCalendar (RFC 5545) writers emit them: values
 * escaped (`\,` `\;` `\\` `\n`), lines folded at 75 octets with CRLF and one space, even in the
 * middle of a parameter or of a word (docs/formats.md sections 3 and 7), never inside a UTF-8 character.
 */

/** Escapes a text value; `;` is left alone where it separates components (N, ORG). */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/,/g, '\\,')
    .replace(/;/g, '\\;')
    .replace(/\r?\n/g, '\\n');
}

const MAX_OCTETS = 75;

/** One logical line, folded, ended by CRLF. */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char, 'utf8');
    // Continuation lines start with a space, which counts towards their 75 octets.
    const limit = parts.length === 0 ? MAX_OCTETS : MAX_OCTETS - 1;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return `${parts.join('\r\n ')}\r\n`;
}
