import { describe, expect, it } from 'vitest';
import { CsvTokenizer, type RawRecord, type TokenizerLimits } from './csv-tokenizer.js';

const LIMITS: TokenizerLimits = { maxFieldChars: 1000, maxRowChars: 4000, maxFieldsPerRow: 50 };

function tokenize(chunks: string[], delimiter = ',', limits = LIMITS): RawRecord[] {
  const records: RawRecord[] = [];
  const tokenizer = new CsvTokenizer(delimiter, limits, (record) => {
    records.push(record);
  });
  for (const chunk of chunks) tokenizer.push(chunk);
  tokenizer.end();
  return records;
}

/** Every way of cutting the text in two, so chunk boundaries land on every character. */
function everySplit(text: string): string[][] {
  return Array.from({ length: text.length + 1 }, (_, i) => [text.slice(0, i), text.slice(i)]);
}

describe('CsvTokenizer', () => {
  it('reads quoted commas, escaped quotes and empty fields', () => {
    expect(tokenize(['Lena,"Novak, Ph.D.",,"say ""hi"""\n'])).toEqual([
      { cells: ['Lena', 'Novak, Ph.D.', '', 'say "hi"'], line: 1 },
    ]);
  });

  it('numbers rows by the physical line they start on, counting newlines inside quotes', () => {
    const text = 'a,b\r\n1,"two\nlines"\r\n\r\n3,"x\r\ny\rz"\n4,end';
    const expected = [
      { cells: ['a', 'b'], line: 1 },
      { cells: ['1', 'two\nlines'], line: 2 },
      { cells: ['3', 'x\r\ny\rz'], line: 5 },
      { cells: ['4', 'end'], line: 8 },
    ];
    expect(tokenize([text])).toEqual(expected);
    for (const chunks of everySplit(text)) expect(tokenize(chunks)).toEqual(expected);
  });

  it('gives the same rows however the text is cut into chunks', () => {
    const text = '"x""y",z\r\n"",""""\n';
    for (const chunks of everySplit(text)) {
      expect(tokenize(chunks)).toEqual([
        { cells: ['x"y', 'z'], line: 1 },
        { cells: ['', '"'], line: 2 },
      ]);
    }
  });

  it('keeps stray quotes as text instead of failing the file', () => {
    expect(tokenize(['He said "hi",x\n"He said "hi" to me",y\n'])).toEqual([
      { cells: ['He said "hi"', 'x'], line: 1 },
      { cells: ['He said "hi" to me', 'y'], line: 2 },
    ]);
  });

  it('skips empty lines but keeps a line of empty fields', () => {
    expect(tokenize(['a\n\n\n,\n'])).toEqual([
      { cells: ['a'], line: 1 },
      { cells: ['', ''], line: 4 },
    ]);
  });

  it('reads the last row without a final line break, and tabs as the delimiter', () => {
    expect(tokenize(['"a"\t"b c"\nx\t'], '\t')).toEqual([
      { cells: ['a', 'b c'], line: 1 },
      { cells: ['x', ''], line: 2 },
    ]);
  });

  it('drops a row with an oversized field and goes on with the next one', () => {
    const big = 'x'.repeat(1001);
    expect(tokenize([`1,ok\n2,"${big}"\n3,ok\n`])).toEqual([
      { cells: ['1', 'ok'], line: 1 },
      { cells: [], line: 2, problem: 'field-too-large', problemField: 1 },
      { cells: ['3', 'ok'], line: 3 },
    ]);
  });

  it('reports a quote that is never closed', () => {
    expect(tokenize(['1,ok\n2,"open\n3,lost\n'])).toEqual([
      { cells: ['1', 'ok'], line: 1 },
      { cells: [], line: 2, problem: 'unclosed-quote' },
    ]);
  });

  it('hands only fields holding a character above U+007F to decodeField, however chunks fall', () => {
    const text = 'plain,"a""b\u00e9",x\u00e9y\n"q""r",\u00fc\n';
    const expected = [
      { cells: ['plain', 'A"BÉ', 'XÉY'], line: 1 },
      { cells: ['q"r', 'Ü'], line: 2 },
    ];
    for (const chunks of everySplit(text)) {
      const records: RawRecord[] = [];
      const tokenizer = new CsvTokenizer(
        ',',
        LIMITS,
        (r) => void records.push(r),
        (t) => t.toUpperCase(),
      );
      for (const chunk of chunks) tokenizer.push(chunk);
      tokenizer.end();
      expect(records).toEqual(expected);
    }
  });

  it('bounds the number of fields in a row', () => {
    const records = tokenize([`${','.repeat(60)}\nok\n`]);
    expect(records.map((r) => r.problem ?? r.cells.join())).toEqual(['too-many-fields', 'ok']);
  });
});
