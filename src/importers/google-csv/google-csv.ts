/**
 * Google Contacts CSV (docs/formats.md section 2), both formats, told apart by content:
 * - legacy "Google CSV" (seen, 2018): `Name,Given Name,Additional Name,Family Name,…,
 *   Group Membership,E-mail 1 - Type,E-mail 1 - Value,…,Phone 1 - Type,Phone 1 - Value,…,
 *   Organization 1 - Name,Organization 1 - Title,…,Website 1 - Type,Website 1 - Value`;
 * - current (reported): `First Name,Middle Name,Last Name,…,File As,Organization Name,
 *   Organization Title,…,Birthday,Notes,Photo,Labels,E-mail 1 - Label,E-mail 1 - Value,…`.
 * Quirks handled: the numbered groups grow to fit the data, so they are found by header name;
 * one cell holds several values joined by ` ::: `; a `* ` prefix marks the primary value's type
 * (`* Home`), whose values go first; groups and labels (`Family ::: * myContacts ::: * starred`)
 * become labels without the `* `; a Name that is only a phone number is a phone, not a name;
 * Notes hold real newlines (csv-table.ts keeps each row's first line). Fax numbers are left out.
 * Contacts land in book `google-contacts`.
 */
import { countSkip } from '../import-batch.js';
import type { ContactRecord, ParsedFile } from '../import-batch.js';
import { cell, findColumn, parseContactCsv, type CsvRow } from '../outlook-csv/csv-table.js';
import { applyBirthdayCell } from '../vcard/birthday.js';
import {
  buildContactPerson,
  isEmptyPerson,
  type ContactParseOptions,
} from '../vcard/contact-person.js';
import type { IssueCollector } from '../vcard/issue-collector.js';

export const GOOGLE_CONTACTS_BOOK = 'google-contacts';

export type GoogleCsvFormat = 'legacy' | 'current';

/** A numbered group (`E-mail 2 - Type` + `E-mail 2 - Value`). */
interface ValueGroup {
  type: number;
  value: number;
}

interface GoogleColumns {
  format: GoogleCsvFormat;
  first: number;
  last: number;
  fullName: number;
  nickname: number;
  company: number;
  title: number;
  birthday: number;
  labels: number;
  emails: ValueGroup[];
  phones: ValueGroup[];
  websites: ValueGroup[];
}

/** Every `<kind> N - Value` column with its `- Type` (legacy) or `- Label` (current) column. */
function findGroups(header: readonly string[], kind: string): ValueGroup[] {
  const pattern = new RegExp(`^${kind} (\\d+) - value$`);
  const groups: { n: number; group: ValueGroup }[] = [];
  header.forEach((name, at) => {
    const match = pattern.exec(name);
    if (!match?.[1]) return;
    const n = match[1];
    const type = findColumn(header, `${kind} ${n} - Type`, `${kind} ${n} - Label`);
    groups.push({ n: Number(n), group: { type, value: at } });
  });
  return groups.sort((a, b) => a.n - b.n).map(({ group }) => group);
}

function findGoogleColumns(header: readonly string[]): GoogleColumns {
  const column = (...names: string[]): number => findColumn(header, ...names);
  const format: GoogleCsvFormat = column('Given Name') >= 0 ? 'legacy' : 'current';
  return {
    format,
    first: column('Given Name', 'First Name'),
    last: column('Family Name', 'Last Name'),
    fullName: format === 'legacy' ? column('Name') : column('File As'),
    nickname: column('Nickname'),
    company: column('Organization 1 - Name', 'Organization Name'),
    title: column('Organization 1 - Title', 'Organization Title'),
    birthday: column('Birthday'),
    labels: column('Group Membership', 'Labels'),
    emails: findGroups(header, 'e-mail'),
    phones: findGroups(header, 'phone'),
    websites: findGroups(header, 'website'),
  };
}

/** The values of one ` ::: `-joined cell. */
export function splitMultiValue(text: string): string[] {
  return text
    .split(/\s*:::\s*/)
    .map((value) => value.trim())
    .filter((value) => value !== '');
}

/** Values of numbered groups, those whose type starts with `* ` (primary) first. */
function groupValues(row: CsvRow, groups: readonly ValueGroup[], skipType?: RegExp): string[] {
  const primary: string[] = [];
  const others: string[] = [];
  for (const group of groups) {
    const type = cell(row, group.type);
    if (skipType?.test(type)) continue;
    (type.startsWith('*') ? primary : others).push(...splitMultiValue(cell(row, group.value)));
  }
  return [...primary, ...others];
}

function readGoogleRow(
  row: CsvRow,
  columns: GoogleColumns,
  region: NonNullable<ContactParseOptions['defaultRegion']>,
  parsed: ParsedFile,
  issues: IssueCollector,
): void {
  if (row.cells.every((value) => value.trim() === '')) {
    countSkip(parsed, 'blank row');
    return;
  }
  const person = buildContactPerson(
    {
      firstName: cell(row, columns.first),
      lastName: cell(row, columns.last),
      fullName: cell(row, columns.fullName) || cell(row, columns.nickname),
      emails: groupValues(row, columns.emails),
      phones: groupValues(row, columns.phones, /fax/i),
      urls: groupValues(row, columns.websites),
      company: splitMultiValue(cell(row, columns.company))[0],
      title: splitMultiValue(cell(row, columns.title))[0],
    },
    region,
  );
  if (isEmptyPerson(person)) {
    countSkip(parsed, 'no name, email or phone');
    return;
  }
  const record: ContactRecord = {
    kind: 'contact',
    source: { file: issues.file, line: row.line },
    book: GOOGLE_CONTACTS_BOOK,
    person,
  };
  applyBirthdayCell(record, cell(row, columns.birthday), row.line, issues);
  const labels = [
    ...new Set(
      splitMultiValue(cell(row, columns.labels)).map((label) => label.replace(/^\*\s*/, '')),
    ),
  ].filter((label) => label !== '');
  if (labels.length > 0) record.labels = labels;
  parsed.records.push(record);
}

/** Reads a Google Contacts CSV (legacy or current) into contacts. Never throws on bad input. */
export function parseGoogleCsv(
  input: Uint8Array | string,
  fileName: string,
  options: ContactParseOptions = {},
): ParsedFile {
  return parseContactCsv(input, fileName, options, {
    findColumns: findGoogleColumns,
    hasContactColumns: (columns) =>
      columns.first >= 0 ||
      columns.last >= 0 ||
      columns.fullName >= 0 ||
      columns.emails.length > 0 ||
      columns.phones.length > 0,
    missingColumnsMessage: (file) =>
      `${file} has none of Google's name, E-mail or Phone columns; nothing was read.`,
    readRow: readGoogleRow,
  });
}
