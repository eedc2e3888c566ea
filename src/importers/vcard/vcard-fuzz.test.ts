import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ParsedFile } from '../import-batch.js';
import { parseVcard } from './vcard-file.js';

/** mulberry32: a tiny seeded generator so every run fuzzes the same inputs. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

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

function mutate(bytes: Uint8Array, random: () => number): Uint8Array {
  const out = [...bytes];
  const edits = 1 + Math.floor(random() * 20);
  for (let i = 0; i < edits; i++) {
    const at = Math.floor(random() * (out.length + 1));
    const roll = random();
    if (roll < 0.35) out.splice(at, 1 + Math.floor(random() * 8));
    else if (roll < 0.75) {
      const token = TOKENS[Math.floor(random() * TOKENS.length)] ?? '';
      out.splice(at, 0, ...Buffer.from(token, 'utf8'));
    } else out.splice(at, 0, Math.floor(random() * 256));
  }
  return Uint8Array.from(out);
}

function expectWellFormed(parsed: ParsedFile, name: string): void {
  for (const issue of parsed.issues) {
    expect(issue.file).toBe(name);
    expect(issue.message.length).toBeGreaterThan(0);
  }
  for (const record of parsed.records) expect(record.source.file).toBe(name);
  for (const count of Object.values(parsed.skipped)) expect(count).toBeGreaterThan(0);
}

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
        const input = mutate(bytes, random);
        expectWellFormed(parseVcard(input, name), name);
        expectWellFormed(parseVcard(Buffer.from(input).toString('latin1'), name), name);
      }
    }
  });
});
