/**
 * The shared harness of the parsers' fuzz tests (issue 6, "Bad input"): a seeded generator so
 * every run fuzzes the same inputs, byte mutations that splice in the tokens each grammar cares
 * about, and the shape every ParsedFile must keep whatever the input.
 */
import { expect } from 'vitest';
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
