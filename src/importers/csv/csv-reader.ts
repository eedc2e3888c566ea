/**
 * Reads one CSV file of untrusted bytes into rows addressed by header name (docs/formats.md: "Map
 * columns by header name, never by position"). It guesses the encoding and the delimiter from the
 * bytes, finds the header among the first lines (LinkedIn's Connections.csv opens with a "Notes:"
 * preamble that a user may have deleted), numbers rows by physical line, and turns every problem
 * into an issue: a bad row never aborts the file.
 *
 * Speed (issue 3 benchmark budget): the benchmark's 200,000-row, 52 MB messages.csv reads in
 * 0.35-0.45 s on this shared 2-core machine, against 1.7-3.3 s with csv-parse 7 (csv-tokenizer.ts).
 */
import type { ImportIssue } from '../import-batch.js';
import { CsvTokenizer, type RawRecord, type TokenizerLimits } from './csv-tokenizer.js';
import { IssueList } from './issue-list.js';
import { createChunkDecoder, guessEncoding, type TextEncodingName } from './text-encoding.js';

export interface CsvSchema {
  /** Every column name any variant of the file has; the header row is found by them. */
  columns: readonly string[];
  /** Columns no row can be read without; an inner list names alternatives (2018 vs 2024). */
  required: readonly (string | readonly string[])[];
}

export interface CsvReadOptions extends Partial<TokenizerLimits> {
  /** How many leading lines may hold the header. */
  headerSearchLines?: number;
  /** Per-code cap on reported row issues (issue-list.ts). */
  issuesPerCode?: number;
}

export type CsvDelimiter = ',' | '\t' | ';';

export interface CsvRow {
  /** 1-based physical line where the row starts. */
  line: number;
  /** Raw cell text, as many cells as the row had (a ragged row may have fewer than the header). */
  cells: string[];
}

export interface CsvTable {
  file: string;
  encoding: TextEncodingName;
  delimiter: CsvDelimiter;
  /** Header cells as written, trimmed. */
  header: string[];
  headerLine: number;
  rows: CsvRow[];
}

export interface CsvReadResult {
  /** Undefined when no row could be read (binary file, no header, missing columns). */
  table?: CsvTable;
  issues: ImportIssue[];
}

/**
 * 1 MiB per field: the longest LinkedIn message body is far shorter (design choice, issue 3
 * "Bad input"); 4 MiB per row and 1,000 fields per row bound a row's memory the same way.
 */
export const DEFAULT_CSV_LIMITS: TokenizerLimits = {
  maxFieldChars: 1024 * 1024,
  maxRowChars: 4 * 1024 * 1024,
  maxFieldsPerRow: 1000,
};

/** The Notes preamble is 3 lines; 10 leaves room for variants (design choice, docs/formats.md section 1). */
export const DEFAULT_HEADER_SEARCH_LINES = 10;

/** Bytes decoded at a time: bounds the memory a huge file costs beyond its own bytes (design choice). */
const CHUNK_BYTES = 1024 * 1024;

const DELIMITERS: readonly CsvDelimiter[] = [',', '\t', ';'];

/** The key a header cell is matched by: case, outer spaces, quotes and inner runs of spaces ignored. */
export function normaliseHeader(cell: string): string {
  return cell
    .replace(/^\uFEFF/, '')
    .trim()
    .replace(/^"(.*)"$/, '$1')
    .replace(/\s+/g, ' ')
    .toLowerCase();
}

/** Index of the first of `names` present in the header, or -1. */
export function findColumn(table: { header: readonly string[] }, ...names: string[]): number {
  const keys = table.header.map(normaliseHeader);
  for (const name of names) {
    const index = keys.indexOf(normaliseHeader(name));
    if (index !== -1) return index;
  }
  return -1;
}

/** The trimmed text of a cell, or '' when the column is absent or the row is short. */
export function cellText(row: CsvRow, column: number): string {
  if (column < 0) return '';
  return (row.cells[column] ?? '').trim();
}

function* textChunks(
  input: Uint8Array | string,
  encoding: TextEncodingName,
  start: number,
): Generator<string> {
  if (typeof input === 'string') {
    for (let offset = start; offset < input.length; offset += CHUNK_BYTES) {
      yield input.slice(offset, offset + CHUNK_BYTES);
    }
    return;
  }
  const decode = createChunkDecoder(encoding);
  for (let offset = start; offset < input.length; offset += CHUNK_BYTES) {
    const end = Math.min(offset + CHUNK_BYTES, input.length);
    yield decode(input.subarray(offset, end), end === input.length);
  }
}

/**
 * UTF-8 is tokenized as Latin-1 "byte strings" (one JS character per byte), and a field is
 * decoded from UTF-8 only when it holds a byte above 0x7F. Measured on the 200,000-row benchmark
 * messages.csv: every 1 MiB chunk held some character outside Latin-1, so decoded chunks were
 * two-byte strings and the fields sliced from them kept 2 bytes per character alive (164 MB
 * external memory); byte strings keep 1, and only 2.5 % of fields need decoding. The delimiter,
 * quote and line breaks are ASCII and never occur inside a UTF-8 sequence, so fields split alike.
 */
function* byteStringChunks(input: Uint8Array, start: number): Generator<string> {
  const buffer = Buffer.from(input.buffer, input.byteOffset, input.byteLength);
  for (let offset = start; offset < input.length; offset += CHUNK_BYTES) {
    yield buffer.toString('latin1', offset, Math.min(offset + CHUNK_BYTES, input.length));
  }
}

const NON_ASCII = /[\x80-\xff]/;

function decodeUtf8Field(text: string): string {
  return NON_ASCII.test(text) ? Buffer.from(text, 'latin1').toString('utf8') : text;
}

/** Share of control characters (other than tab and line breaks) or U+FFFD that marks binary data: design choice. */
const MAX_CONTROL_SHARE = 0.01;

function looksBinary(text: string): boolean {
  const length = Math.min(text.length, 4096);
  let controls = 0;
  for (let i = 0; i < length; i += 1) {
    const c = text.charCodeAt(i);
    const isControl =
      (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || c === 0x7f || c === 0xfffd;
    if (isControl) controls += 1;
  }
  return length > 0 && controls > length * MAX_CONTROL_SHARE;
}

/**
 * The first lines of a file as text, for telling file kinds apart by their header; undefined for
 * binary data. Only the first chunk is decoded.
 */
export function peekLines(
  input: Uint8Array | string,
  count = DEFAULT_HEADER_SEARCH_LINES,
): string[] | undefined {
  let encoding: TextEncodingName = 'utf-8';
  let start = 0;
  if (typeof input !== 'string') {
    const guess = guessEncoding(input);
    if (guess.kind === 'binary') return undefined;
    encoding = guess.encoding;
    start = guess.bomLength;
  } else if (input.startsWith('\uFEFF')) {
    start = 1;
  }
  const first = textChunks(input, encoding, start).next();
  const prefix = first.done ? '' : first.value;
  if (looksBinary(prefix)) return undefined;
  return prefix.split(/\r\n|\r|\n/, count);
}

/** The cells of a line split by each delimiter the reader accepts, as header keys. */
export function splitHeaderCandidates(line: string): string[][] {
  return DELIMITERS.map((delimiter) => line.split(delimiter).map(normaliseHeader));
}

interface HeaderGuess {
  line: number;
  delimiter: CsvDelimiter;
}

/**
 * The header is the first of the leading lines where splitting by some delimiter yields a known
 * column name; the delimiter yielding the most known names wins (comma on a tie, since a
 * one-column header such as Skills.csv `Name` splits the same way by any of them).
 */
function guessHeader(
  prefix: string,
  schema: CsvSchema,
  searchLines: number,
): HeaderGuess | undefined {
  const known = new Set(schema.columns.map(normaliseHeader));
  const lines = prefix.split(/\r\n|\r|\n/, searchLines + 1).slice(0, searchLines);
  for (const [index, line] of lines.entries()) {
    let best: HeaderGuess | undefined;
    let bestHits = 0;
    for (const delimiter of DELIMITERS) {
      const hits = line.split(delimiter).filter((cell) => known.has(normaliseHeader(cell))).length;
      if (hits > bestHits) {
        best = { line: index + 1, delimiter };
        bestHits = hits;
      }
    }
    if (best) return best;
  }
  return undefined;
}

function describeRequired(required: string | readonly string[]): string {
  return typeof required === 'string' ? required : required.join(' or ');
}

function missingColumnsMessage(
  file: string,
  prefix: string,
  schema: CsvSchema,
  searchLines: number,
): string {
  const wanted = schema.required.map(describeRequired).join(', ');
  const lines = prefix.split(/\r\n|\r|\n/, searchLines);
  const known = schema.columns.map(normaliseHeader);
  const near = lines.find((line) => known.some((name) => line.toLowerCase().includes(name)));
  const hint = near
    ? ` A line names the columns but they are not separated by commas, tabs or semicolons: "${near.slice(0, 120)}".`
    : '';
  return `${file}: no header row with ${wanted} in the first ${searchLines} lines, so no row was read.${hint}`;
}

const PROBLEM_MESSAGES: Record<
  NonNullable<RawRecord['problem']>,
  (limits: TokenizerLimits) => string
> = {
  'field-too-large': (l) =>
    `a field is longer than ${l.maxFieldChars.toLocaleString('en-US')} characters; row skipped`,
  'row-too-large': (l) =>
    `the row is longer than ${l.maxRowChars.toLocaleString('en-US')} characters; row skipped`,
  'too-many-fields': (l) =>
    `the row has more than ${l.maxFieldsPerRow.toLocaleString('en-US')} fields; row skipped`,
  'unclosed-quote': () =>
    'a quoted field opens here and is never closed, so the rest of the file from this line could not be read',
};

/** A CSV file whose header was read; its rows are read by `forEachRow`, once. */
export interface CsvCursor {
  readonly table: CsvTableInfo;
  /** Streams the rows so that a parser's per-row garbage dies young (200,000-row files). */
  forEachRow(onRow: (row: CsvRow) => void): void;
  /** Issues so far; complete once forEachRow returned. */
  issues(): ImportIssue[];
}

export type CsvTableInfo = Omit<CsvTable, 'rows'>;

export interface CsvOpenResult {
  /** Undefined when no row can be read (binary file, no header, missing columns). */
  cursor?: CsvCursor;
  issues: ImportIssue[];
}

function resolveLimits(options: CsvReadOptions): TokenizerLimits {
  return {
    maxFieldChars: options.maxFieldChars ?? DEFAULT_CSV_LIMITS.maxFieldChars,
    maxRowChars: options.maxRowChars ?? DEFAULT_CSV_LIMITS.maxRowChars,
    maxFieldsPerRow: options.maxFieldsPerRow ?? DEFAULT_CSV_LIMITS.maxFieldsPerRow,
  };
}

/** Opens a CSV file and reads up to its header; never throws on bad data. */
export function openCsv(
  input: Uint8Array | string,
  file: string,
  schema: CsvSchema,
  options: CsvReadOptions = {},
): CsvOpenResult {
  const limits = resolveLimits(options);
  const searchLines = options.headerSearchLines ?? DEFAULT_HEADER_SEARCH_LINES;
  const issues = new IssueList(file, options.issuesPerCode);
  const fail = (): CsvOpenResult => ({ issues: issues.toArray() });

  let encoding: TextEncodingName = 'utf-8';
  let start = 0;
  if (typeof input !== 'string') {
    const guess = guessEncoding(input);
    if (guess.kind === 'binary') {
      issues.add({
        code: 'not-csv',
        severity: 'error',
        message: `${file} is not a CSV file: ${guess.reason}.`,
      });
      return fail();
    }
    encoding = guess.encoding;
    start = guess.bomLength;
  } else if (input.startsWith('\uFEFF')) {
    start = 1;
  }

  const isByteStrings = typeof input !== 'string' && encoding === 'utf-8';
  const chunks = isByteStrings
    ? byteStringChunks(input, start)
    : textChunks(input, encoding, start);
  const first = chunks.next();
  const firstChunk = first.done ? '' : first.value;
  // The checks and the header search below read real text, whatever the tokenizer is fed.
  const prefix = isByteStrings ? decodeUtf8Field(firstChunk) : firstChunk;
  if (prefix.trim() === '') {
    issues.add({ code: 'empty-file', severity: 'warning', message: `${file} is empty.` });
    return fail();
  }
  if (looksBinary(prefix)) {
    issues.add({
      code: 'not-csv',
      severity: 'error',
      message: `${file} is not a CSV file: it holds binary data, not text.`,
    });
    return fail();
  }
  if (encoding === 'windows-1252') {
    issues.add({
      code: 'bad-encoding',
      severity: 'warning',
      message: `${file} is not valid UTF-8; it was read as Windows-1252, so check accented names.`,
    });
  }

  const guess = guessHeader(prefix, schema, searchLines);
  if (!guess) {
    issues.add({
      code: 'missing-columns',
      severity: 'error',
      message: missingColumnsMessage(file, prefix, schema, searchLines),
    });
    return fail();
  }
  const unreadableHeader = (): void =>
    issues.add({
      code: 'missing-columns',
      severity: 'error',
      line: guess.line,
      message: `${file}: the header on line ${guess.line} could not be read as a row, so no row was read.`,
    });

  let header: string[] | undefined;
  let failed = false;
  // Rows read in the same chunk as the header wait here until forEachRow is called.
  const pending: CsvRow[] = [];
  let deliver: (row: CsvRow) => void = (row) => pending.push(row);

  const onHeader = (record: RawRecord): boolean => {
    if (record.line < guess.line) return true;
    if (record.line > guess.line || record.problem) {
      failed = true;
      unreadableHeader();
      return false;
    }
    header = record.cells.map((cell) => cell.replace(/^\uFEFF/, '').trim());
    const keys = new Set(header.map(normaliseHeader));
    const missing = schema.required.filter((required) =>
      (typeof required === 'string' ? [required] : required).every(
        (name) => !keys.has(normaliseHeader(name)),
      ),
    );
    if (missing.length === 0) return true;
    failed = true;
    issues.add({
      code: 'missing-columns',
      severity: 'error',
      line: guess.line,
      message: `${file}: the header on line ${guess.line} has no ${missing.map(describeRequired).join(', ')} column, so no row was read (found: ${header.join(', ')}).`,
    });
    return false;
  };

  const onRecord = (record: RawRecord, width: number): void => {
    if (record.problem) {
      const name =
        record.problemField === undefined
          ? undefined
          : (header?.[record.problemField] ?? `${record.problemField + 1}`);
      issues.add({
        code: record.problem === 'unclosed-quote' ? 'bad-row' : 'field-too-large',
        severity: 'error',
        line: record.line,
        message: `${file} line ${record.line}: ${PROBLEM_MESSAGES[record.problem](limits)}${name === undefined ? '' : ` (column ${name})`}.`,
      });
      return;
    }
    const cells = record.cells;
    if (cells.length > width && cells.slice(width).some((cell) => cell.trim() !== '')) {
      const shown = guess.delimiter === '\t' ? 'tab' : guess.delimiter;
      issues.add({
        code: 'bad-row',
        severity: 'error',
        line: record.line,
        message: `${file} line ${record.line}: the row has ${cells.length} fields but the header has ${width}, so its columns cannot be trusted (an unquoted "${shown}" inside a field?); row skipped.`,
      });
      return;
    }
    if (cells.length < width) {
      issues.add({
        code: 'bad-row',
        severity: 'warning',
        line: record.line,
        message: `${file} line ${record.line}: the row has ${cells.length} of ${width} fields; the missing ones were read as empty.`,
      });
    }
    deliver(record);
  };

  const tokenizer = new CsvTokenizer(
    guess.delimiter,
    limits,
    (record) => (header ? onRecord(record, header.length) : onHeader(record)),
    isByteStrings ? decodeUtf8Field : undefined,
  );
  tokenizer.push(firstChunk);
  let isDone = false;
  while (!header && !tokenizer.isStopped) {
    const next = chunks.next();
    if (next.done) {
      tokenizer.end();
      isDone = true;
      break;
    }
    tokenizer.push(next.value);
  }
  if (failed) return fail();
  if (!header) {
    unreadableHeader();
    return fail();
  }

  const table: CsvTableInfo = {
    file,
    encoding,
    delimiter: guess.delimiter,
    header,
    headerLine: guess.line,
  };
  let isStreamed = false;
  return {
    issues: issues.toArray(),
    cursor: {
      table,
      issues: () => issues.toArray(),
      forEachRow(onRow) {
        if (isStreamed) throw new Error(`rows of ${file} were already read`);
        isStreamed = true;
        for (const row of pending.splice(0)) onRow(row);
        deliver = onRow;
        if (isDone) return;
        for (const chunk of chunks) tokenizer.push(chunk);
        tokenizer.end();
      },
    },
  };
}

/** Reads a whole CSV file into memory; never throws on bad data. */
export function readCsv(
  input: Uint8Array | string,
  file: string,
  schema: CsvSchema,
  options: CsvReadOptions = {},
): CsvReadResult {
  const opened = openCsv(input, file, schema, options);
  if (!opened.cursor) return { issues: opened.issues };
  const rows: CsvRow[] = [];
  opened.cursor.forEachRow((row) => rows.push(row));
  return { table: { ...opened.cursor.table, rows }, issues: opened.cursor.issues() };
}
