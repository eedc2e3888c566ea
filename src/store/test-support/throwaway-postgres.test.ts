import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { locatePostgres } from './throwaway-postgres.js';

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'weakties-locate-'));
});
afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

function fakeBinDir(path: string): string {
  mkdirSync(path, { recursive: true });
  for (const tool of ['initdb', 'pg_ctl']) {
    writeFileSync(join(path, tool), '#!/bin/sh\n');
    chmodSync(join(path, tool), 0o755);
  }
  return path;
}

describe('locatePostgres', () => {
  it('takes the URL it is given over any installed server', () => {
    fakeBinDir(join(root, 'debian', '15', 'bin'));
    expect(
      locatePostgres({ WEAKTIES_TEST_DATABASE_URL: 'postgres://ci@db/test' }, join(root, 'debian')),
    ).toEqual({ kind: 'url', url: 'postgres://ci@db/test' });
  });

  it("prefers Debian's newest version folder", () => {
    fakeBinDir(join(root, 'debian', '13', 'bin'));
    const newest = fakeBinDir(join(root, 'debian', '16', 'bin'));
    expect(locatePostgres({ PATH: '' }, join(root, 'debian'))).toEqual({
      kind: 'binaries',
      binDir: newest,
    });
  });

  it('finds initdb on PATH', () => {
    const onPath = fakeBinDir(join(root, 'path-bin'));
    expect(locatePostgres({ PATH: onPath }, join(root, 'no-debian'))).toEqual({
      kind: 'binaries',
      binDir: onPath,
    });
  });

  it('says none when there is no URL and no binaries', () => {
    mkdirSync(join(root, 'empty'));
    expect(locatePostgres({ PATH: join(root, 'empty') }, join(root, 'no-debian'))).toEqual({
      kind: 'none',
    });
  });
});
