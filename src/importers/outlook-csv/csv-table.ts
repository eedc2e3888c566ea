/**
 * A small CSV table reader over csv-parse for the address-book exports (docs/formats.md section 2),
 * shared by the Outlook and Google CSV importers:
 * - decodes bytes (csv-text.ts) and repairs mojibake cell by cell;
 * - finds the delimiter in the header line (`,`; `;` from European Outlook; tab);
 * - keeps each row's first line number, also when a quoted cell holds newlines (Google Notes);
 * - a broken row (a quote never closed) is an issue, never an exception;
 * - columns are looked up by header name, never by position.
 */
import { parse } from 'csv-parse/sync';
import type { CountryCode } from 'libphonenumber-js';
import { emptyParsedFile, type ParsedFile } from '../import-batch.js';
import { DEFAULT_PHONE_REGION, type ContactParseOptions } from '../vcard/contact-person.js';
import { IssueCollector } from '../vcard/issue-collector.js';
import { countMojibake, decodeCsvBytes, repairMojibake, type CsvEncoding } from './csv-text.js';

export interface CsvRow {
  /** 1-based line where the row starts. */
  line: number;
  cells: string[];
}

export interface CsvTable {
  header: string[];
  rows: CsvRow[];
  encoding: CsvEncoding;
}

/** Largest file read (design choice: far above any address book; bounds memory). */
export const MAX_CSV_CHARS = 64 * 1024 * 1024;
/** Longest cell kept (design choice: a very long note). */
export const MAX_CELL_CHARS = 64 * 1024;
/** Most rows read (design choice: above the 25,000-contact cap of Google Contacts). */
export const MAX_CSV_ROWS = 200_000;
/** Re-reads after a quote that never closes (design choice: a few stray quotes, not a flood). */
export const MAX_QUOTE_RESTARTS = 20;

/** Where the line after `lines` more line ends (from `offset`) starts; the end when none. */
function offsetAfterLine(text: string, offset: number, lines: number): number {
  let at = offset;
  for (let left = lines; left > 0; left -= 1) {
    const next = text.indexOf('\n', at);
    if (next < 0) return text.length;
    at = next + 1;
  }
  return at;
}

function guessDelimiter(firstLine: string): string {
  const counts = [',', ';', '\t'].map((delimiter) => ({
    delimiter,
    count: firstLine.split(delimiter).length - 1,
  }));
  counts.sort((a, b) => b.count - a.count);
  return counts[0] && counts[0].count > 0 ? counts[0].delimiter : ',';
}

/**
 * The header names of a file's first line, for the content sniffers: cheap, no CSV parse, good
 * enough for header cells (which never hold the delimiter or a newline in these exports).
 */
export function sniffHeaderNames(head: string): string[] {
  const text = head.replace(/^\uFEFF/, '').replace(/^[\r\n]+/, '');
  const end = text.search(/[\r\n]/);
  const line = end < 0 ? text : text.slice(0, end);
  return line.split(guessDelimiter(line)).map((name) => normaliseHeader(name.replace(/"/g, '')));
}

/** Header text as compared: no BOM or quotes, single spaces, lower case. */
export function normaliseHeader(cell: string): string {
  return cell
    .replace(/^\uFEFF/, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** Index of the first of `names` present in the header, or -1. */
export function findColumn(header: readonly string[], ...names: string[]): number {
  for (const name of names) {
    const at = header.indexOf(normaliseHeader(name));
    if (at >= 0) return at;
  }
  return -1;
}

export function cell(row: CsvRow, column: number): string {
  return column < 0 ? '' : (row.cells[column] ?? '').trim();
}

/**
 * Reads the table. The header is the first non-blank row. Returns undefined (with an issue) when
 * the file has no header at all.
 */
export function readCsvTable(
  input: Uint8Array | string,
  issues: IssueCollector,
): CsvTable | undefined {
  const size = typeof input === 'string' ? input.length : input.byteLength;
  if (size > MAX_CSV_CHARS) {
    issues.add(
      'file-too-large',
      'error',
      `${issues.file} is larger than ${MAX_CSV_CHARS / 1024 / 1024} MiB; it was not read.`,
    );
    return undefined;
  }
  const decoded = decodeCsvBytes(input);
  if (decoded.encoding === 'windows-1252') {
    issues.add(
      'bad-encoding',
      'info',
      `${issues.file} is not UTF-8; it was read as Windows-1252, the "ANSI" code page desktop Outlook writes.`,
    );
  }
  // One line end: CRLF, bare CR and CR CR LF all end a line (docs/formats.md section 3, seen).
  const text = decoded.text.replace(/\r*\n|\r+/g, '\n');
  const firstBreak = text.indexOf('\n');
  const delimiter = guessDelimiter(firstBreak < 0 ? text : text.slice(0, firstBreak));
  const records: CsvRow[] = [];
  let repaired = 0;
  let truncated = 0;
  const keepCell = (value: string): string => {
    let kept = value;
    if (kept.length > MAX_CELL_CHARS) {
      kept = kept.slice(0, MAX_CELL_CHARS);
      truncated += 1;
    }
    if (countMojibake(kept) === 0) return kept;
    const fixed = repairMojibake(kept);
    if (fixed !== kept) repaired += 1;
    return fixed;
  };
  // A quote that never closes swallows the rest of the file; the line that opened it is
  // reported and reading starts again on the next line, a bounded number of times.
  let offset = 0;
  let startLine = 1;
  for (let pass = 0; offset < text.length; pass += 1) {
    if (pass > MAX_QUOTE_RESTARTS) {
      issues.add(
        'bad-row',
        'error',
        `${issues.file} has more than ${MAX_QUOTE_RESTARTS} quotes that never close; the rest, from line ${startLine}, was not read.`,
        startLine,
      );
      break;
    }
    // csv-parse tells where a record ends; the next one starts on the following line.
    let nextLine = startLine;
    let unclosedAt: number | undefined;
    try {
      parse(text.slice(offset), {
        delimiter,
        record_delimiter: '\n',
        relax_quotes: true,
        relax_column_count: true,
        skip_records_with_error: true,
        on_skip: (error) => {
          const line = nextLine;
          if (error?.code === 'CSV_QUOTE_NOT_CLOSED') {
            unclosedAt = line;
            issues.add(
              'bad-row',
              'error',
              `line ${line}: a quote opened on this line never closes; the line was skipped.`,
              line,
            );
          } else {
            issues.add('bad-row', 'error', `line ${line}: the row could not be read.`, line);
          }
          const end = error?.lines;
          nextLine = (typeof end === 'number' ? end + startLine - 1 : nextLine) + 1;
          return undefined;
        },
        on_record: (record, context) => {
          const line = nextLine;
          nextLine = context.lines + startLine;
          if (records.length < MAX_CSV_ROWS) records.push({ line, cells: record.map(keepCell) });
          return null;
        },
      });
    } catch (error) {
      // csv-parse reports some problems by throwing rather than skipping; the rows read so far
      // are kept and the rest is reported.
      issues.add(
        'bad-row',
        'error',
        `${issues.file} could not be read past line ${nextLine}: ${error instanceof Error ? error.message.slice(0, 200) : 'unknown CSV error'}.`,
        nextLine,
      );
    }
    if (unclosedAt === undefined) break;
    offset = offsetAfterLine(text, offset, unclosedAt - startLine + 1);
    startLine = unclosedAt + 1;
  }
  if (records.length >= MAX_CSV_ROWS) {
    issues.add(
      'file-too-large',
      'error',
      `${issues.file} has more than ${MAX_CSV_ROWS.toLocaleString('en-US')} rows; the rest was not read.`,
    );
  }
  if (truncated > 0) {
    issues.add(
      'field-too-large',
      'warning',
      `${truncated} cell${truncated === 1 ? '' : 's'} longer than ${MAX_CELL_CHARS / 1024} KiB ${truncated === 1 ? 'was' : 'were'} cut short.`,
    );
  }
  if (repaired > 0) {
    issues.add(
      'bad-encoding',
      'info',
      `${repaired} cell${repaired === 1 ? '' : 's'} had mojibake (like "Ã©" for "é") and ${repaired === 1 ? 'was' : 'were'} repaired.`,
    );
  }
  const headerAt = records.findIndex((row) => row.cells.some((value) => value.trim() !== ''));
  const headerRow = records[headerAt];
  if (!headerRow) {
    issues.add('empty-file', 'error', `${issues.file} has no header row; nothing was read.`);
    return undefined;
  }
  return {
    header: headerRow.cells.map(normaliseHeader),
    rows: records.slice(headerAt + 1),
    encoding: decoded.encoding,
  };
}

/** How one address-book CSV dialect is read (Google, Outlook): its columns and its rows. */
export interface ContactCsvDialect<Columns> {
  findColumns(header: readonly string[]): Columns;
  /** Whether any column a contact can be built from is there. */
  hasContactColumns(columns: Columns): boolean;
  /** The issue when none is: names the columns this dialect expects. */
  missingColumnsMessage(fileName: string): string;
  readRow(
    row: CsvRow,
    columns: Columns,
    region: CountryCode,
    parsed: ParsedFile,
    issues: IssueCollector,
  ): void;
}

/**
 * Reads an address-book CSV in one dialect into contacts. Never throws on bad input: a file with
 * no usable column is one error issue, a bad row an issue with its line.
 */
export function parseContactCsv<Columns>(
  input: Uint8Array | string,
  fileName: string,
  options: ContactParseOptions,
  dialect: ContactCsvDialect<Columns>,
): ParsedFile {
  const parsed = emptyParsedFile();
  const issues = new IssueCollector(fileName);
  const table = readCsvTable(input, issues);
  if (table) {
    const columns = dialect.findColumns(table.header);
    if (!dialect.hasContactColumns(columns)) {
      issues.add('missing-columns', 'error', dialect.missingColumnsMessage(fileName));
    } else {
      const region = options.defaultRegion ?? DEFAULT_PHONE_REGION;
      for (const row of table.rows) dialect.readRow(row, columns, region, parsed, issues);
    }
  }
  parsed.issues.push(...issues.toArray());
  return parsed;
}
