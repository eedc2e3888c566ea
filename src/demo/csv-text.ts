/**
 * CSV as LinkedIn writes it (docs/formats.md section 1): UTF-8 without a BOM, LF line ends, a field
 * quoted only when it holds a comma, a quote or a line break (`"Novak, Ph.D."`), quotes doubled.
 */

/** Lines per encoded chunk (design choice). */
const CHUNK_LINES = 4096;

export function formatCsvField(value: string): string {
  // A plain scan: twice as fast as a regex test here, which matters at 200,000 messages.
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code === 34 || code === 44 || code === 10 || code === 13) {
      return `"${value.replace(/"/g, '""')}"`;
    }
  }
  return value;
}

export function formatCsvLine(fields: readonly string[]): string {
  let line = '';
  for (let i = 0; i < fields.length; i++) {
    if (i > 0) line += ',';
    line += formatCsvField(fields[i] ?? '');
  }
  return line;
}

/** UTF-8 bytes of the given lines (already formatted), each ended by LF. */
export function encodeCsvLines(lines: Iterable<string>): Buffer {
  // Encoded chunk by chunk so a 200,000-row file never exists as one giant JS string.
  const chunks: Buffer[] = [];
  let pending: string[] = [];
  for (const line of lines) {
    pending.push(line);
    if (pending.length >= CHUNK_LINES) {
      chunks.push(Buffer.from(`${pending.join('\n')}\n`, 'utf8'));
      pending = [];
    }
  }
  if (pending.length > 0) chunks.push(Buffer.from(`${pending.join('\n')}\n`, 'utf8'));
  return Buffer.concat(chunks);
}

function* formatLines(
  header: readonly string[],
  rows: Iterable<readonly string[]>,
  preamble: readonly string[],
): Generator<string> {
  yield* preamble;
  yield formatCsvLine(header);
  for (const row of rows) yield formatCsvLine(row);
}

/** A whole file as UTF-8 bytes: preamble lines as given, the header, the rows, a final LF. */
export function encodeCsvFile(
  header: readonly string[],
  rows: Iterable<readonly string[]>,
  preamble: readonly string[] = [],
): Buffer {
  return encodeCsvLines(formatLines(header, rows, preamble));
}
