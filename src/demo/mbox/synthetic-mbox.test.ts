import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { parseMbox } from '../../importers/mbox/parse-mbox.js';
import { generateSyntheticMbox } from './synthetic-mbox.js';

async function collect(seed: number, targetBytes: number): Promise<Uint8Array[]> {
  const chunks: Uint8Array[] = [];
  for await (const chunk of generateSyntheticMbox({ seed, targetBytes })) chunks.push(chunk);
  return chunks;
}

function digest(chunks: Uint8Array[]): string {
  const hash = createHash('sha256');
  for (const chunk of chunks) hash.update(chunk);
  return hash.digest('hex');
}

describe('generateSyntheticMbox', () => {
  it('gives the same bytes for the same seed and different bytes for another', async () => {
    const first = await collect(7, 2_000_000);
    expect(digest(await collect(7, 2_000_000))).toBe(digest(first));
    expect(digest(await collect(8, 2_000_000))).not.toBe(digest(first));
    const size = first.reduce((sum, c) => sum + c.length, 0);
    expect(size).toBeGreaterThanOrEqual(2_000_000);
  });

  it('is read back by the mail importer: every message counted once, the owner found from Sent', async () => {
    const chunks = await collect(11, 3_000_000);
    const separators = chunks.length;
    const parsed = await parseMbox({ name: 'synthetic.mbox', chunks });
    const skipped = Object.values(parsed.skipped).reduce((sum, n) => sum + n, 0);
    expect(parsed.records.length + skipped).toBe(separators);
    // Newsletters carry List-Unsubscribe and a few messages are labelled Spam; nothing else is dropped.
    expect(parsed.skipped['mailing list']).toBeGreaterThan(0);
    expect(Object.keys(parsed.skipped).filter((k) => k !== 'mailing list' && k !== 'spam')).toEqual(
      [],
    );
    expect(parsed.issues.map((i) => i.code)).toEqual(['owner-inferred']);
    expect(parsed.issues[0]?.message).toContain('cora.diaz@example.com');
  });
});
