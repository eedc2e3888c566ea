/**
 * Outlook contacts CSV (docs/formats.md section 2), both header families, mapped by header name:
 * - outlook.live.com (61 columns): `First Name,Middle Name,Last Name,Title,Suffix,Nickname,…,
 *   E-mail Address,E-mail 2 Address,E-mail 3 Address,Home Phone,…,Mobile Phone,…,Job Title,
 *   Department,Company,…,Web Page,Birthday,Anniversary,Notes`;
 * - Google's "Outlook CSV" and the classic desktop export: `First Name,Middle Name,Last Name,
 *   Title,Suffix,Initials,Web Page,Gender,Birthday,…,E-mail Address,…,Categories`.
 * Bytes may be UTF-8 or the desktop's Windows-1252 (csv-text.ts); mojibake is repaired per cell.
 * Desktop Outlook writes Exchange senders as X.500 paths (`/o=ExchangeLabs/…`) in the e-mail
 * columns: only values with an `@` are emails. `0/0/00` is its "no birthday". Fax numbers are
 * not a way to reach a person and are left out. Contacts land in book `outlook`.
 */
import { countSkip } from '../import-batch.js';
import type { ContactRecord, ParsedFile } from '../import-batch.js';
import { applyBirthdayCell } from '../vcard/birthday.js';
import {
  buildContactPerson,
  isEmptyPerson,
  type ContactParseOptions,
} from '../vcard/contact-person.js';
import type { IssueCollector } from '../vcard/issue-collector.js';
import { cell, findColumn, parseContactCsv, type CsvRow } from './csv-table.js';

export const OUTLOOK_BOOK = 'outlook';

/** Phone columns in the order a person is most likely reached (design choice). */
const PHONE_COLUMNS = [
  'Primary Phone',
  'Mobile Phone',
  'Business Phone',
  'Business Phone 2',
  'Home Phone',
  'Home Phone 2',
  'Other Phone',
  'Company Main Phone',
  'Car Phone',
  'Radio Phone',
];

/** `Ana Ruiz (ana@example.com)`: desktop Outlook's display name carries the address. */
function stripAddressSuffix(displayName: string): string {
  return displayName.replace(/\s*\([^()]*@[^()]*\)\s*$/, '').trim();
}

interface OutlookColumns {
  first: number;
  last: number;
  display: number;
  nickname: number;
  emails: number[];
  phones: number[];
  company: number;
  title: number;
  webPages: number[];
  birthday: number;
  categories: number;
}

function findOutlookColumns(header: readonly string[]): OutlookColumns {
  const column = (...names: string[]): number => findColumn(header, ...names);
  const known = PHONE_COLUMNS.map((name) => column(name));
  // Other phone columns a variant adds (`TTY/TDD Phone`); never faxes, never the assistant's.
  const otherPhones = header
    .map((name, at) => ({ name, at }))
    .filter(
      ({ name, at }) => /phone/.test(name) && !/fax|assistant/.test(name) && !known.includes(at),
    )
    .map(({ at }) => at);
  return {
    first: column('First Name'),
    last: column('Last Name'),
    display: column('Display Name', 'Name', 'E-mail Display Name'),
    nickname: column('Nickname'),
    emails: ['E-mail Address', 'E-mail 2 Address', 'E-mail 3 Address']
      .map((name) => column(name))
      .filter((at) => at >= 0),
    phones: [...known, ...otherPhones].filter((at) => at >= 0),
    company: column('Company'),
    title: column('Job Title'),
    webPages: [column('Web Page'), column('Personal Web Page'), column('Business Web Page')],
    birthday: column('Birthday'),
    categories: column('Categories'),
  };
}

/** Category names: `;`-separated on the desktop, ` ::: ` in Google's variant. */
export function splitCategories(text: string): string[] {
  const labels = text
    .split(/\s*(?:;|:::)\s*/)
    .map((label) => label.replace(/^\*\s*/, '').trim())
    .filter((label) => label !== '');
  return [...new Set(labels)];
}

function readOutlookRow(
  row: CsvRow,
  columns: OutlookColumns,
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
      fullName: stripAddressSuffix(cell(row, columns.display)) || cell(row, columns.nickname),
      emails: columns.emails.map((at) => cell(row, at)).filter((value) => value.includes('@')),
      phones: columns.phones.map((at) => cell(row, at)),
      urls: columns.webPages.map((at) => cell(row, at)),
      company: cell(row, columns.company),
      title: cell(row, columns.title),
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
    book: OUTLOOK_BOOK,
    person,
  };
  applyBirthdayCell(record, cell(row, columns.birthday), row.line, issues);
  const labels = splitCategories(cell(row, columns.categories));
  if (labels.length > 0) record.labels = labels;
  parsed.records.push(record);
}

/** Reads an Outlook contacts CSV into contacts. Never throws on bad input. */
export function parseOutlookCsv(
  input: Uint8Array | string,
  fileName: string,
  options: ContactParseOptions = {},
): ParsedFile {
  return parseContactCsv(input, fileName, options, {
    findColumns: findOutlookColumns,
    hasContactColumns: (columns) =>
      columns.first >= 0 ||
      columns.last >= 0 ||
      columns.display >= 0 ||
      columns.emails.length > 0 ||
      columns.phones.length > 0,
    missingColumnsMessage: (file) =>
      `${file} has none of the Outlook columns First Name, Last Name, E-mail Address or a phone; nothing was read.`,
    readRow: readOutlookRow,
  });
}
