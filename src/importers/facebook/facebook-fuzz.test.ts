import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseFacebookFiles } from './facebook-export.js';
import { seeded } from '../test-support/fuzz-harness.js';

const VALUES: unknown[] = [
  null,
  0,
  -1,
  1e308,
  'x',
  '',
  '\u00c3',
  [],
  {},
  [null],
  { name: 5 },
  true,
  NaN,
];

/** Replaces random values anywhere in the document by values of the wrong type. */
function mutateValue(value: unknown, random: () => number): unknown {
  if (random() < 0.08) return VALUES[Math.floor(random() * VALUES.length)];
  if (Array.isArray(value)) return value.map((v) => mutateValue(v, random));
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mutateValue(v, random)]));
  }
  return value;
}

const ISO_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;

describe('parseFacebookFiles fuzz', () => {
  const dir = new URL('./fixtures/', import.meta.url);
  const fixtures = readdirSync(dir).map((name) => ({
    name,
    text: readFileSync(new URL(name, dir), 'utf8'),
  }));

  it('never throws on seeded random bytes and reports them as not JSON', () => {
    const random = seeded(42);
    for (let round = 0; round < 200; round++) {
      const bytes = new Uint8Array(1 + Math.floor(random() * 1024));
      for (let i = 0; i < bytes.length; i++) bytes[i] = Math.floor(random() * 256);
      const batch = parseFacebookFiles([{ name: `r${round}.json`, bytes }]);
      expect(batch.records).toEqual([]);
    }
  });

  it('never throws on fixtures with values of the wrong type or cut short', () => {
    const random = seeded(1234);
    for (let round = 0; round < 80; round++) {
      const files = fixtures.map(({ name, text }) => {
        let mutated =
          name === 'facebook-truncated-thread.json'
            ? text
            : JSON.stringify(mutateValue(JSON.parse(text) as unknown, random));
        if (random() < 0.2) mutated = mutated.slice(0, Math.floor(random() * mutated.length));
        return {
          name: `messages/inbox/t_${round}/${name}`,
          bytes: new TextEncoder().encode(mutated),
        };
      });
      const batch = parseFacebookFiles(files, round % 2 ? { ownerName: 'Cora Diaz' } : {});
      for (const record of batch.records) {
        if (record.kind === 'message') expect(record.sentAt).toMatch(ISO_UTC);
      }
    }
  });
});
