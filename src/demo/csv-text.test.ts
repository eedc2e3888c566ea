import { describe, expect, it } from 'vitest';
import { encodeCsvFile, encodeCsvLines, formatCsvField } from './csv-text.js';

describe('CSV as LinkedIn writes it', () => {
  it('quotes only fields with a comma, a quote or a line break, doubling quotes', () => {
    expect(formatCsvField('Novak')).toBe('Novak');
    expect(formatCsvField('Novak, Ph.D.')).toBe('"Novak, Ph.D."');
    expect(formatCsvField('made "we will" a promise')).toBe('"made ""we will"" a promise"');
    expect(formatCsvField('line one\nline two')).toBe('"line one\nline two"');
    expect(formatCsvField('')).toBe('');
  });

  it('writes a preamble, the header and the rows as UTF-8 with LF and no BOM', () => {
    const bytes = encodeCsvFile(
      ['First Name', 'Last Name'],
      [['Zoë', 'Novak, Ph.D.']],
      ['Notes:', ''],
    );
    expect(bytes[0]).not.toBe(0xef);
    expect(bytes.toString('utf8')).toBe('Notes:\n\nFirst Name,Last Name\nZoë,"Novak, Ph.D."\n');
  });

  it('keeps every line when a file spans many chunks', () => {
    const lines = Array.from({ length: 10_000 }, (_, i) => `row ${i}`);
    const text = encodeCsvLines(lines).toString('utf8');
    expect(text.split('\n')).toHaveLength(10_001);
    expect(text.endsWith('row 9999\n')).toBe(true);
  });
});
