import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { detectSource } from '../../importers/detect.js';
import { readExport } from '../../importers/read-export.js';
import { generateDemoExport } from '../generate-demo-export.js';
import { generateDemoSources, writeDemoSources } from './write-demo-sources.js';

const SMALL = { seed: 5, connections: 400 };

function digest(sources: Awaited<ReturnType<typeof generateDemoSources>>): string {
  const hash = createHash('sha256');
  for (const s of sources) for (const f of s.files) hash.update(f.path).update(f.content);
  return hash.digest('hex');
}

describe('generateDemoSources', () => {
  it('gives the same bytes for the same options and other bytes for another seed', async () => {
    const first = digest(await generateDemoSources(SMALL));
    expect(digest(await generateDemoSources(SMALL))).toBe(first);
    expect(digest(await generateDemoSources({ ...SMALL, seed: 6 }))).not.toBe(first);
  });

  it('writes the owner of the LinkedIn export as the owner of the mail and calendar', async () => {
    const { summary } = await generateDemoExport(SMALL);
    const sources = await generateDemoSources(SMALL);
    const text = (kind: string) =>
      sources.find((s) => s.kind === kind)?.files[0]?.content.toString('utf8') ?? '';
    const mbox = text('mbox');
    const ics = text('ics');
    // The owner's own mail is labelled Sent and comes from the owner's name.
    expect(mbox).toContain('X-Gmail-Labels: Sent');
    expect(mbox).toContain(`From: ${summary.owner.name} <`);
    expect(ics).toMatch(/^X-WR-CALNAME:.+@example\.com\r$/m);
  });
});

describe('the written sources', () => {
  let dir = '';
  let paths: string[] = [];
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'weakties-demo-sources-'));
    paths = await writeDemoSources(dir, SMALL);
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('are one path per format, each detected by content as that format', async () => {
    const kinds = await Promise.all(paths.map((p) => detectSource(p)));
    expect(kinds).toEqual(['vcard', 'google-csv', 'whatsapp', 'mbox', 'ics']);
  });

  it('import with no error-severity issue and with people in each', async () => {
    const { summary } = await generateDemoExport(SMALL);
    const ownerEmails = (await readFile(join(dir, 'Takeout/Calendar/calendar.ics'), 'utf8'))
      .split('\r\n')
      .filter((l) => l.startsWith('X-WR-CALNAME:'))
      .map((l) => l.slice('X-WR-CALNAME:'.length));
    for (const [i, path] of paths.entries()) {
      const source = await detectSource(path);
      const batch = await readExport(path, source, {
        ownerEmails,
        ownerNames: [summary.owner.name],
        now: new Date(Date.UTC(2026, 10, 1)),
      });
      expect(
        batch.issues.filter((issue) => issue.severity === 'error'),
        source,
      ).toEqual([]);
      expect(batch.records.length, `${source} (${i})`).toBeGreaterThan(10);
    }
  });

  it('holds address books of hundreds of people and a few hundred mails, not more', async () => {
    const vcf = await readFile(paths[0] ?? '', 'utf8');
    const cards = vcf.match(/^BEGIN:VCARD\r$/gm)?.length ?? 0;
    expect(cards).toBeGreaterThan(80);
    expect(cards).toBeLessThan(1000);
    const mbox = await readFile(paths[3] ?? '', 'utf8');
    const mails = mbox.match(/^From \d+@xxx /gm)?.length ?? 0;
    expect(mails).toBeGreaterThan(100);
    expect(mails).toBeLessThan(1000);
  });
});
