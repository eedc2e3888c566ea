import { describe } from 'vitest';
import { parseGoogleCsv } from './google-csv.js';
import { itFuzzesParser } from '../test-support/fuzz-harness.js';

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

describe('parseGoogleCsv fuzz', () => {
  itFuzzesParser({
    parse: parseGoogleCsv,
    fixtures: new URL('./fixtures/', import.meta.url),
    extension: '.csv',
    tokens: TOKENS,
  });
});
