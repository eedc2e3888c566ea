import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'vitest';
import { parseGoogleCsv } from './google-csv.js';
import { expectWellFormed, mutateBytes, seeded } from '../test-support/fuzz-harness.js';

// Pieces that matter to the grammar.
const TOKENS = [
  ',',
  '"',
  '""',
  '\r\n',
  '\n',
  '\r',
  ';',
  '\t',
  ' ::: ',
  '* ',
  '\u00c3\u201a',
  '\u00e2\u20ac\u2122',
  '0/0/00',
  '--03-15',
  '+1 202-555-0143',
  '@',
  '\uFEFF',
];

const FIXTURES = readdirSync(new URL('./fixtures/', import.meta.url)).filter((name) =>
  name.endsWith('.csv'),
);

describe('parseGoogleCsv fuzz', () => {
  it('returns issues, never throws, on random bytes', () => {
    const random = seeded(1);
    for (let round = 0; round < 300; round++) {
      const length = Math.floor(random() * 2000);
      const bytes = Uint8Array.from({ length }, () => Math.floor(random() * 256));
      const name = `random-${round}.csv`;
      expectWellFormed(parseGoogleCsv(bytes, name), name);
    }
  });

  it('returns issues, never throws, on mutated fixtures', () => {
    const random = seeded(2);
    for (const fixture of FIXTURES) {
      const bytes = readFileSync(new URL(`./fixtures/${fixture}`, import.meta.url));
      for (let round = 0; round < 40; round++) {
        const name = `mutated-${round}-${fixture}`;
        const input = mutateBytes(bytes, random, TOKENS);
        expectWellFormed(parseGoogleCsv(input, name), name);
        expectWellFormed(parseGoogleCsv(Buffer.from(input).toString('latin1'), name), name);
      }
    }
  });
});
