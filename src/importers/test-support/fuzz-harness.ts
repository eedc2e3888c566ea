/**
 * The shared harness of the parsers' fuzz tests (issue 6, "Bad input"): a seeded generator so
 * every run fuzzes the same inputs, byte mutations that splice in the tokens each grammar cares
 * about, and the shape every ParsedFile must keep whatever the input.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { createSeededRng } from '../../core/seeded-rng.js';
import type { ParsedFile } from '../import-batch.js';

/** Seeded uniform numbers in [0, 1): the same inputs on every run. */
export const seeded = createSeededRng;

export function mutateBytes(
  bytes: Uint8Array,
  random: () => number,
  tokens: readonly string[],
): Uint8Array {
  const out = [...bytes];
  const edits = 1 + Math.floor(random() * 20);
  for (let i = 0; i < edits; i++) {
    const at = Math.floor(random() * (out.length + 1));
    const roll = random();
    if (roll < 0.35) out.splice(at, 1 + Math.floor(random() * 8));
    else if (roll < 0.75) {
      const token = tokens[Math.floor(random() * tokens.length)] ?? '';
      out.splice(at, 0, ...Buffer.from(token, 'utf8'));
    } else out.splice(at, 0, Math.floor(random() * 256));
  }
  return Uint8Array.from(out);
}

export function expectWellFormed(parsed: ParsedFile, name: string): void {
  for (const issue of parsed.issues) {
    expect(issue.file).toBe(name);
    expect(issue.message.length).toBeGreaterThan(0);
  }
  for (const record of parsed.records) expect(record.source.file).toBe(name);
  for (const count of Object.values(parsed.skipped)) expect(count).toBeGreaterThan(0);
}

export interface ParserFuzzCase {
  /** The parser under test, as the dispatcher calls it: bytes or text, and a file name. */
  parse: (input: Uint8Array | string, name: string) => ParsedFile;
  /** The parser's fixtures folder (`new URL('./fixtures/', import.meta.url)`). */
  fixtures: URL;
  /** The file ending of its fixtures and of the random files' names (`.csv`). */
  extension: string;
  /** Pieces that matter to the grammar, spliced in by mutateBytes. */
  tokens: readonly string[];
  /** What every result must satisfy; expectWellFormed unless the parser has stricter rules. */
  check?: (parsed: ParsedFile, name: string) => void;
}

/**
 * The two fuzz tests every byte-level parser gets (issue 6, "Bad input"): 300 seeded random
 * inputs, and 40 seeded mutations of each fixture read as bytes and as Latin-1 text. Each must
 * come back as a well-formed ParsedFile, never an exception.
 */
export function itFuzzesParser({
  parse,
  fixtures,
  extension,
  tokens,
  check = expectWellFormed,
}: ParserFuzzCase): void {
  it('returns issues, never throws, on random bytes', () => {
    const random = seeded(1);
    for (let round = 0; round < 300; round++) {
      const length = Math.floor(random() * 2000);
      const bytes = Uint8Array.from({ length }, () => Math.floor(random() * 256));
      const name = `random-${round}${extension}`;
      check(parse(bytes, name), name);
    }
  });

  it('returns issues, never throws, on mutated fixtures', () => {
    const random = seeded(2);
    const names = readdirSync(fixtures).filter((name) => name.endsWith(extension));
    expect(names.length).toBeGreaterThan(0);
    for (const fixture of names) {
      const bytes = readFileSync(new URL(fixture, fixtures));
      for (let round = 0; round < 40; round++) {
        const name = `mutated-${round}-${fixture}`;
        const input = mutateBytes(bytes, random, tokens);
        check(parse(input, name), name);
        check(parse(Buffer.from(input).toString('latin1'), name), name);
      }
    }
  });
}
