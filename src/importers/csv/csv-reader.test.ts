import { describe, expect, it } from 'vitest';
import { cellText, findColumn, openCsv, readCsv, type CsvSchema } from './csv-reader.js';

const SCHEMA: CsvSchema = {
  columns: ['First Name', 'Last Name', 'URL', 'Connected On'],
  required: ['First Name', 'Last Name'],
};

const PLAIN = 'First Name,Last Name,Connected On\nTomás,Berg,01 Aug 2024\nAna,Ruiz,16 Dec 2024\n';

function names(input: Uint8Array | string): string[] {
  const { table } = readCsv(input, 'Connections.csv', SCHEMA);
  if (!table) return [];
  const first = findColumn(table, 'first name');
  const last = findColumn(table, 'LAST NAME ');
  return table.rows.map((row) => `${cellText(row, first)} ${cellText(row, last)}`);
}

describe('readCsv: finding the header', () => {
  it('skips the Connections.csv "Notes:" preamble and numbers rows by physical line', () => {
    const text =
      'Notes:\n"When exporting your connection data, you may notice that some of the email addresses are missing, see https://example.com"\n\n' +
      PLAIN;
    const { table, issues } = readCsv(text, 'Connections.csv', SCHEMA);
    expect(issues).toEqual([]);
    expect(table?.headerLine).toBe(4);
    expect(table?.header).toEqual(['First Name', 'Last Name', 'Connected On']);
    expect(table?.rows.map((row) => row.line)).toEqual([5, 6]);
  });

  it('maps columns by name whatever their order', () => {
    expect(names('Connected On,Last Name,First Name\n01 Aug 2024,Berg,Tomás\n')).toEqual([
      'Tomás Berg',
    ]);
  });

  it('reads semicolon- and tab-separated files', () => {
    expect(names(PLAIN.replace(/,/g, ';'))).toEqual(['Tomás Berg', 'Ana Ruiz']);
    expect(names(PLAIN.replace(/,/g, '\t'))).toEqual(['Tomás Berg', 'Ana Ruiz']);
  });

  it('explains a delimiter it does not read instead of returning nothing silently', () => {
    const { table, issues } = readCsv(PLAIN.replace(/,/g, '|'), 'Connections.csv', SCHEMA);
    expect(table).toBeUndefined();
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({
      code: 'missing-columns',
      severity: 'error',
      file: 'Connections.csv',
    });
    expect(issues[0]?.message).toContain('not separated by commas, tabs or semicolons');
    expect(issues[0]?.message).toContain('First Name|Last Name');
  });

  it('names the required column a header lacks', () => {
    const { table, issues } = readCsv(
      'First Name,URL\nTomás,https://example.com\n',
      'Connections.csv',
      SCHEMA,
    );
    expect(table).toBeUndefined();
    expect(issues).toMatchObject([{ code: 'missing-columns', line: 1 }]);
    expect(issues[0]?.message).toContain('no Last Name column');
  });
});

describe('readCsv: encodings', () => {
  const expected = ['Tomás Berg', 'Ana Ruiz'];

  it('reads UTF-8 with a BOM, and UTF-16 LE or BE with or without one', () => {
    const le = Buffer.from(PLAIN, 'utf16le');
    expect(names(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(PLAIN)]))).toEqual(
      expected,
    );
    expect(names(Buffer.concat([Buffer.from([0xff, 0xfe]), le]))).toEqual(expected);
    expect(names(le)).toEqual(expected);
    expect(names(Buffer.from(le).swap16())).toEqual(expected);
    expect(names(Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(le).swap16()]))).toEqual(
      expected,
    );
  });

  it('decodes a UTF-8 character split across the 1 MiB read boundary', () => {
    const head = 'First Name,Last Name\nAna,"';
    const filler = 'x'.repeat(1024 * 1024 - Buffer.byteLength(head) - 1);
    const bytes = Buffer.from(`${head}${filler}ü"\nTomás,Berg\n`);
    expect(bytes.subarray(1024 * 1024 - 1, 1024 * 1024 + 1)).toEqual(Buffer.from('ü'));
    const { table, issues } = readCsv(bytes, 'Connections.csv', SCHEMA);
    expect(issues).toEqual([]);
    expect(table?.rows[0]?.cells[1]).toBe(`${filler}ü`);
    expect(table?.rows[1]?.cells).toEqual(['Tomás', 'Berg']);
  });

  it('reads Windows-1252 and warns that it did', () => {
    const { table, issues } = readCsv(Buffer.from(PLAIN, 'latin1'), 'Connections.csv', SCHEMA);
    expect(table?.rows[0]?.cells[0]).toBe('Tomás');
    expect(issues).toMatchObject([{ code: 'bad-encoding', severity: 'warning' }]);
  });

  it('gives one clear not-csv issue for a PNG renamed Connections.csv', () => {
    const png = Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
      Buffer.from('IHDR'),
      Buffer.alloc(200, 7),
    ]);
    const { table, issues } = readCsv(png, 'Connections.csv', SCHEMA);
    expect(table).toBeUndefined();
    expect(issues).toEqual([
      {
        code: 'not-csv',
        file: 'Connections.csv',
        severity: 'error',
        message: 'Connections.csv is not a CSV file: it is a PNG image.',
      },
    ]);
  });

  it('calls random binary bytes without a magic number not-csv too', () => {
    let seed = 7;
    const noise = Uint8Array.from({ length: 4096 }, () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return (seed >> 16) & 0xff;
    });
    expect(readCsv(noise, 'Connections.csv', SCHEMA).issues).toMatchObject([{ code: 'not-csv' }]);
  });

  it('reports an empty file', () => {
    expect(readCsv(new Uint8Array(0), 'Connections.csv', SCHEMA).issues).toMatchObject([
      { code: 'empty-file' },
    ]);
  });
});

describe('readCsv: bad rows', () => {
  it('keeps a short row with a warning and skips a row with extra filled fields', () => {
    const text =
      'First Name,Last Name,Connected On\nTomás,Berg\nAna,Ruiz,16 Dec 2024,oops\nLena,Novak,01 Aug 2024,\n';
    const { table, issues } = readCsv(text, 'Connections.csv', SCHEMA);
    expect(table?.rows.map((row) => row.line)).toEqual([2, 4]);
    expect(issues).toMatchObject([
      { code: 'bad-row', severity: 'warning', line: 2 },
      { code: 'bad-row', severity: 'error', line: 3 },
    ]);
  });

  it('caps repeated row issues and says how many more there were', () => {
    const text = `First Name,Last Name,Connected On\n${'Tomás,Berg\n'.repeat(150)}`;
    const { table, issues } = readCsv(text, 'Connections.csv', SCHEMA);
    expect(table?.rows).toHaveLength(150);
    expect(issues).toHaveLength(101);
    expect(issues[100]?.message).toBe(
      '50 more bad-row issues like the ones above in Connections.csv',
    );
  });

  it('skips a row holding a 100 MB field with one issue and reads the rows after it', () => {
    const head = Buffer.from('First Name,Last Name,Connected On\nAna,Ruiz,16 Dec 2024\nTomás,"');
    const huge = Buffer.alloc(100 * 1024 * 1024, 0x78);
    const tail = Buffer.from('",01 Aug 2024\nLena,Novak,01 Aug 2024\n');
    const { table, issues } = readCsv(Buffer.concat([head, huge, tail]), 'Connections.csv', SCHEMA);
    expect(table?.rows.map((row) => [row.line, row.cells[0]])).toEqual([
      [2, 'Ana'],
      [4, 'Lena'],
    ]);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code: 'field-too-large', severity: 'error', line: 3 });
    expect(issues[0]?.message).toContain('column Last Name');
  });

  it('reports a quote left open to the end of the file', () => {
    const { table, issues } = readCsv(
      'First Name,Last Name\nAna,Ruiz\nTomás,"Berg\nLena,Novak\n',
      'Connections.csv',
      SCHEMA,
    );
    expect(table?.rows).toHaveLength(1);
    expect(issues).toMatchObject([{ code: 'bad-row', severity: 'error', line: 3 }]);
  });
});

describe('openCsv', () => {
  it('streams the rows after the header, including those read with it', () => {
    const opened = openCsv(PLAIN, 'Connections.csv', SCHEMA);
    const lines: number[] = [];
    opened.cursor?.forEachRow((row) => lines.push(row.line));
    expect(opened.cursor?.table.header).toEqual(['First Name', 'Last Name', 'Connected On']);
    expect(lines).toEqual([2, 3]);
  });
});
