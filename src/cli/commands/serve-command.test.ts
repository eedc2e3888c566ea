import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../run-cli.js';
import { parsePublicUrl } from './serve-command.js';

const home = mkdtempSync(join(tmpdir(), 'weakties-serve-'));

afterAll(() => rmSync(home, { recursive: true, force: true }));

async function run(...argv: string[]): Promise<{ code: number; err: string }> {
  let err = '';
  const sink = (append: (s: string) => void) =>
    new Writable({
      write(chunk: Buffer, _enc, done) {
        append(chunk.toString());
        done();
      },
    });
  const code = await runCli(argv, {
    stdout: sink(() => undefined),
    stderr: sink((s) => (err += s)),
    env: { WEAKTIES_HOME: home },
  });
  return { code, err };
}

describe('weakties serve --multi-user', () => {
  it('takes an https public address, or http on a loopback name only', () => {
    expect(parsePublicUrl('https://careers.example.edu')).toBe('https://careers.example.edu');
    expect(parsePublicUrl('https://careers.example.edu/')).toBe('https://careers.example.edu');
    expect(parsePublicUrl('https://careers.example.edu:8443')).toBe(
      'https://careers.example.edu:8443',
    );
    expect(parsePublicUrl('http://127.0.0.1:4317')).toBe('http://127.0.0.1:4317');
    expect(parsePublicUrl('http://localhost:4317')).toBe('http://localhost:4317');
    // Passwords and cookies would cross the network in the clear.
    expect(() => parsePublicUrl('http://careers.example.edu')).toThrow(/https/);
    expect(() => parsePublicUrl('https://careers.example.edu/weakties')).toThrow(/no path/);
    expect(() => parsePublicUrl('https://admin:secret@careers.example.edu')).toThrow(/credentials/);
    expect(() => parsePublicUrl('careers.example.edu')).toThrow(/URL/);
  });

  it('refuses options that belong to the other mode, before starting anything', async () => {
    const single = await run('serve', '--public-url', 'https://careers.example.edu');
    expect(single.code).toBe(64);
    expect(single.err).toMatch(/go with --multi-user/);
    const demo = await run('serve', '--multi-user', '--demo');
    expect(demo.code).toBe(64);
    expect(demo.err).toMatch(/server mode starts empty/);
    const insecure = await run('serve', '--multi-user', '--public-url', 'http://example.org');
    expect(insecure.code).toBe(64);
  });
});
