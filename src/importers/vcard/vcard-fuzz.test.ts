import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'vitest';
import { parseVcard } from './vcard-file.js';
import { expectWellFormed, mutateBytes, seeded } from '../test-support/fuzz-harness.js';

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

const FIXTURES = readdirSync(new URL('./fixtures/', import.meta.url)).filter((name) =>
  name.endsWith('.vcf'),
);

describe('parseVcard fuzz', () => {
  it('returns issues, never throws, on random bytes', () => {
    const random = seeded(1);
    for (let round = 0; round < 300; round++) {
      const length = Math.floor(random() * 2000);
      const bytes = Uint8Array.from({ length }, () => Math.floor(random() * 256));
      const name = `random-${round}.vcf`;
      expectWellFormed(parseVcard(bytes, name), name);
    }
  });

  it('returns issues, never throws, on mutated fixtures', () => {
    const random = seeded(2);
    for (const fixture of FIXTURES) {
      const bytes = readFileSync(new URL(`./fixtures/${fixture}`, import.meta.url));
      for (let round = 0; round < 40; round++) {
        const name = `mutated-${round}-${fixture}`;
        const input = mutateBytes(bytes, random, TOKENS);
        expectWellFormed(parseVcard(input, name), name);
        expectWellFormed(parseVcard(Buffer.from(input).toString('latin1'), name), name);
      }
    }
  });
});
