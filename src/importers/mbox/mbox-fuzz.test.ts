import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseMbox } from './parse-mbox.js';
import { seeded } from '../test-support/fuzz-harness.js';

// Byte strings that matter to the grammar: separators, folds, encoded words, address syntax.
const TOKENS = [
  '\n',
  '\r\n',
  '\n\n',
  '\nFrom ',
  'From x Mon Jan 06 04:49:45 2020\n',
  ':',
  ' ',
  '\t',
  '=?UTF-8?Q?',
  '=?B?',
  '?=',
  '"',
  '<',
  '>',
  ',',
  '@',
  '(',
  ')',
  '\\',
  ';',
];

function mutate(bytes: Uint8Array, random: () => number): Uint8Array {
  const out = [...bytes];
  const edits = 1 + Math.floor(random() * 30);
  for (let i = 0; i < edits; i++) {
    const at = Math.floor(random() * (out.length + 1));
    const roll = random();
    if (roll < 0.35) out.splice(at, 1 + Math.floor(random() * 8));
    else if (roll < 0.8)
      out.splice(
        at,
        0,
        ...new TextEncoder().encode(TOKENS[Math.floor(random() * TOKENS.length)] ?? ''),
      );
    else out.splice(at, 0, Math.floor(random() * 256));
  }
  return Uint8Array.from(out);
}

function* randomPieces(bytes: Uint8Array, random: () => number): Generator<Uint8Array> {
  let offset = 0;
  while (offset < bytes.length) {
    const size = 1 + Math.floor(random() * 97);
    yield bytes.subarray(offset, offset + size);
    offset += size;
  }
}

const ISO_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;

describe('parseMbox fuzz', () => {
  it('never throws on seeded random bytes', async () => {
    const random = seeded(99);
    for (let round = 0; round < 300; round++) {
      const bytes = new Uint8Array(Math.floor(random() * 4096));
      for (let i = 0; i < bytes.length; i++) bytes[i] = Math.floor(random() * 256);
      const parsed = await parseMbox({ name: `r${round}`, chunks: randomPieces(bytes, random) });
      for (const record of parsed.records)
        if (record.kind === 'message') expect(record.sentAt).toMatch(ISO_UTC);
    }
  });

  it('never throws on mutated fixtures cut into random pieces', async () => {
    const dir = new URL('./fixtures/', import.meta.url);
    const random = seeded(2025);
    for (const name of readdirSync(dir)) {
      const bytes = readFileSync(new URL(name, dir));
      for (let round = 0; round < 40; round++) {
        const parsed = await parseMbox(
          { name, chunks: randomPieces(mutate(bytes, random), random) },
          round % 2 ? { ownerEmails: ['cora@example.com'] } : {},
        );
        for (const record of parsed.records) {
          if (record.kind === 'message') expect(record.sentAt).toMatch(ISO_UTC);
        }
      }
    }
  });
});
