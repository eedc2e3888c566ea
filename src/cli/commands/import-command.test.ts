/**
 * `weakties import` at its edges: a committed import that left a bad row out exits 0 and says
 * so; an over-size file and a loop of symbolic links are refused with what they are, and leave
 * no import run behind.
 */
import {
  closeSync,
  mkdtempSync,
  openSync,
  symlinkSync,
  writeFileSync,
  ftruncateSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runCli } from '../run-cli.js';

const home = mkdtempSync(join(tmpdir(), 'weakties-import-cli-'));
const files = mkdtempSync(join(tmpdir(), 'weakties-import-files-'));

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

async function importRuns(): Promise<number> {
  return (JSON.parse((await run('stats', '--json')).out) as { imports: number }).imports;
}

describe('weakties import', () => {
  it('exits 0 when the import landed with a row left out, and prints the issue', async () => {
    const path = join(files, 'Connections.csv');
    writeFileSync(
      path,
      [
        'First Name,Last Name,URL,Email Address,Company,Position,Connected On',
        'Ana,Ruiz,https://www.linkedin.com/in/anaruiz,ana@example.com,Acme,Engineer,01 Aug 2024',
        '"Unclosed,Quote,https://www.linkedin.com/in/x,,Globex,CTO,02 Aug 2024',
        '',
      ].join('\n'),
    );
    const result = await run('import', path, '--quiet');
    expect(result.out).toMatch(/error: Connections\.csv:3: /);
    expect(result.err).toMatch(/imported; 1 issue left rows out/);
    expect(result.code).toBe(0);
  });

  it('refuses an over-size .vcf as too large and records no import', async () => {
    const before = await importRuns();
    const path = join(files, 'huge.vcf');
    writeFileSync(path, 'BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana Ruiz\r\nEND:VCARD\r\n');
    // 257 MiB without writing them: a sparse file, over the 256 MiB bound.
    const fd = openSync(path, 'r+');
    ftruncateSync(fd, 257 * 1024 ** 2);
    closeSync(fd);
    const result = await run('import', path, '--quiet');
    expect(result.err).toMatch(/huge\.vcf is 257 MiB, over the 256 MiB limit; not imported/);
    expect(result.code).toBe(65);
    expect(await importRuns()).toBe(before);
  });

  it('names a loop of symbolic links as such, not as a missing file', async () => {
    const loop = join(files, 'loop');
    symlinkSync(loop, loop);
    const result = await run('import', loop);
    expect(result.err).toMatch(/is a loop of symbolic links/);
    expect(result.code).toBe(65);
  });
});
