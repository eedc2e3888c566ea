import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

const home = mkdtempSync(join(tmpdir(), 'weakties-cli-import-'));

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const sink = (append: (s: string) => void) =>
    new Writable({
      write(chunk: Buffer, _enc, done) {
        append(chunk.toString());
        done();
      },
    });
  const code = await runCli(argv, {
    stdout: sink((s) => (out += s)),
    stderr: sink((s) => (err += s)),
    env: { WEAKTIES_HOME: home },
  });
  return { code, out, err };
}

const fixture = (folder: string, name: string): string =>
  fileURLToPath(new URL(`../importers/${folder}/fixtures/${name}`, import.meta.url));

describe('weakties import on real exports, as a user sees it', () => {
  it('shows LinkedIn credentials beside the name', async () => {
    const imported = await run(
      'import',
      '--quiet',
      fixture('linkedin', 'connections-credentials-after-comma.csv'),
    );
    expect(imported.code).toBe(0);
    const { code, out } = await run('person', 'Jane Doe');
    expect(code).toBe(0);
    expect(out.split('\n')[0]).toMatch(/^Jane Doe, PhD, PMP {2}\(#\d+\)$/);
  });

  it("imports an iPhone's bare chat text", async () => {
    const { code, out } = await run(
      'import',
      '--quiet',
      fixture('whatsapp', 'ios-bare-txt-utf8-bom.txt'),
    );
    expect(code).toBe(0);
    expect(out).toMatch(/messages +3/);
  });

  it('says an empty file is empty', async () => {
    const empty = join(home, 'contacts.vcf');
    writeFileSync(empty, '');
    const { code, err } = await run('import', '--quiet', empty);
    expect(code).not.toBe(0);
    expect(err).toContain(`${empty} is empty: there is nothing in it to import.`);
  });
});
