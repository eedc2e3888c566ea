import { describe } from 'vitest';
import { parseVcard } from './vcard-file.js';
import { itFuzzesParser } from '../test-support/fuzz-harness.js';

// Pieces that matter to the grammar: structure, folding, escapes, quoted-printable, photos.
const TOKENS = [
  'BEGIN:VCARD\r\n',
  'END:VCARD\r\n',
  'VERSION:2.1\r\n',
  '\r\n',
  '\r\r\n',
  '\n',
  '\r',
  ' ',
  '\t',
  ';',
  ':',
  '=',
  '=\r\n',
  '=C3',
  ';ENCODING=QUOTED-PRINTABLE',
  ';CHARSET=ISO-8859-1',
  ';CHARSET=nonsense',
  '\\',
  ',',
  '"',
  'item1.',
  'PHOTO;ENCODING=b:QUJD\r\n ',
  'BDAY;X-APPLE-OMIT-YEAR=1604:',
  'X-ABShowAs:COMPANY\r\n',
  '\uFEFF',
];

describe('parseVcard fuzz', () => {
  itFuzzesParser({
    parse: parseVcard,
    fixtures: new URL('./fixtures/', import.meta.url),
    extension: '.vcf',
    tokens: TOKENS,
  });
});
