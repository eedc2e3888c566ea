/**
 * What every LinkedIn CSV parser shares: read the table, look columns up by name, read date
 * cells into ISO with a `bad-date` warning when LinkedIn wrote something unexpected (the row is
 * kept), and hand back one ParsedFile (import-batch.ts).
 */
import {
  cellText,
  findColumn,
  openCsv,
  type CsvCursor,
  type CsvReadOptions,
  type CsvRow,
  type CsvSchema,
  type CsvTableInfo,
} from '../csv/csv-reader.js';
import { IssueList } from '../csv/issue-list.js';
import {
  emptyParsedFile,
  type ImportIssue,
  type ImportRecord,
  type ParsedFile,
  type PersonRef,
} from '../import-batch.js';
import { parseLinkedInDate, parseLinkedInDateRange } from './linkedin-date.js';

/** Text or bytes of one file, as every parser takes them. */
export type FileInput = Uint8Array | string;

export class CsvFileParse {
  readonly parsed: ParsedFile = emptyParsedFile();
  readonly issues: IssueList;
  /** Undefined when no row can be read; the reader's issues say why. */
  readonly table: CsvTableInfo | undefined;
  private readonly cursor: CsvCursor | undefined;
  private readonly openIssues: ImportIssue[];

  constructor(
    input: FileInput,
    readonly file: string,
    schema: CsvSchema,
    options?: CsvReadOptions,
  ) {
    const opened = openCsv(input, file, schema, options);
    this.cursor = opened.cursor;
    this.table = opened.cursor?.table;
    this.openIssues = opened.issues;
    this.issues = new IssueList(file);
  }

  /** Streams the data rows (none when the file could not be opened). */
  forEachRow(onRow: (row: CsvRow) => void): void {
    this.cursor?.forEachRow(onRow);
  }

  /** Index of the first of `names` in the header, -1 when none is there. */
  column(...names: string[]): number {
    return this.table ? findColumn(this.table, ...names) : -1;
  }

  text(row: CsvRow, column: number): string {
    return cellText(row, column);
  }

  /** The cell as text, or undefined when empty. */
  optional(row: CsvRow, column: number): string | undefined {
    const value = cellText(row, column);
    return value === '' ? undefined : value;
  }

  /** The cell as an ISO date (linkedin-date.ts); an unreadable one is a bad-date warning. */
  date(row: CsvRow, column: number): string | undefined {
    const raw = cellText(row, column);
    if (raw === '') return undefined;
    const iso = parseLinkedInDate(raw);
    if (iso === undefined) this.reportBadDate(row, column, raw);
    return iso;
  }

  /** A date span (Events.csv), or undefined with a bad-date warning. */
  dateRange(row: CsvRow, column: number): { start?: string; end?: string } {
    const raw = cellText(row, column);
    if (raw === '') return {};
    const range = parseLinkedInDateRange(raw);
    if (range === undefined) {
      this.reportBadDate(row, column, raw);
      return {};
    }
    return range;
  }

  reportBadDate(row: CsvRow, column: number, raw: string, isRowDropped = false): void {
    const name = this.table?.header[column] ?? `column ${column + 1}`;
    this.issues.add({
      code: 'bad-date',
      severity: isRowDropped ? 'error' : 'warning',
      line: row.line,
      message: `${this.file} line ${row.line}: ${name} "${raw.slice(0, 80)}" is not a date LinkedIn writes; ${
        isRowDropped ? 'the row was skipped' : 'the row was kept without it'
      }.`,
    });
  }

  /** True when every cell of the row is empty (blank rows are counted, never imported). */
  isBlank(row: CsvRow, columns?: readonly number[]): boolean {
    if (columns) return columns.every((column) => cellText(row, column) === '');
    return row.cells.every((cell) => cell.trim() === '');
  }

  skip(reason: string): void {
    this.parsed.skipped[reason] = (this.parsed.skipped[reason] ?? 0) + 1;
  }

  add(record: ImportRecord): void {
    this.parsed.records.push(record);
  }

  source(row: CsvRow): { file: string; line: number } {
    return { file: this.file, line: row.line };
  }

  finish(): ParsedFile {
    const readerIssues = this.cursor ? this.cursor.issues() : this.openIssues;
    this.parsed.issues.push(...readerIssues, ...this.issues.toArray());
    return this.parsed;
  }
}

/** A PersonRef holding only the keys the file filled in. */
/**
 * LinkedIn writes a member's URN where it has no address to give (`urn:li:member:123456789` in
 * an Email Address column): a member id, not an email.
 */
const MEMBER_URN = /^urn:li:member:(\d{1,20})$/i;

export function makePerson(fields: PersonRef): PersonRef {
  const person: PersonRef = {};
  if (fields.firstName) person.firstName = fields.firstName;
  if (fields.lastName) person.lastName = fields.lastName;
  if (fields.fullName) person.fullName = fields.fullName;
  if (fields.profileUrl) person.profileUrl = fields.profileUrl;
  if (fields.linkedInMemberId) person.linkedInMemberId = fields.linkedInMemberId;
  const emails: string[] = [];
  for (const email of fields.emails ?? []) {
    const urn = MEMBER_URN.exec(email.trim());
    if (urn?.[1]) person.linkedInMemberId ??= urn[1];
    else if (email !== '') emails.push(email);
  }
  if (emails.length > 0) person.emails = emails;
  const phones = fields.phones?.filter((phone) => phone !== '');
  if (phones && phones.length > 0) person.phones = phones;
  if (fields.company) person.company = fields.company;
  if (fields.title) person.title = fields.title;
  return person;
}
