/**
 * The store is private to the user who made it: another user of the machine is refused by the
 * operating system, since the folder is 0700 and its files 0600 (the group and others bits are
 * what such a user reads with). A store left readable by an older version is repaired, with a
 * warning. Run under the usual umask 022, which would otherwise give 0755 and 0644.
 */
import { chmodSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { STORE_FILE_NAME } from './data-dir.js';
import { openSqliteStore } from './open-store.js';

const modeOf = (path: string) => statSync(path).mode & 0o777;

let parent: string;
let previousUmask: number;
beforeEach(() => {
  previousUmask = process.umask(0o022);
  parent = mkdtempSync(join(tmpdir(), 'weakties-private-'));
});
afterEach(() => {
  process.umask(previousUmask);
  rmSync(parent, { recursive: true, force: true });
});

describe('a private local store', () => {
  it('creates the data folder 0700 and the store and its journal files 0600', async () => {
    const dir = join(parent, 'share', 'weakties');
    const warnings: string[] = [];
    const store = await openSqliteStore({ dir, onWarning: (m) => warnings.push(m) });
    await store.db.insertInto('accounts').values({ name: 'x', created_at: 'now' }).execute();
    const file = join(dir, STORE_FILE_NAME);
    expect(modeOf(dir)).toBe(0o700);
    expect(modeOf(file)).toBe(0o600);
    expect(modeOf(`${file}-wal`)).toBe(0o600);
    expect(modeOf(`${file}-shm`)).toBe(0o600);
    await store.close();
    expect(warnings).toEqual([]);
  });

  it('makes a store an older version left readable private, and says so', async () => {
    const dir = join(parent, 'weakties');
    mkdirSync(dir, { mode: 0o755 });
    chmodSync(dir, 0o755);
    const first = await openSqliteStore({ dir, onWarning: () => undefined });
    await first.close();
    const file = join(dir, STORE_FILE_NAME);
    chmodSync(dir, 0o755);
    chmodSync(file, 0o644);
    writeFileSync(`${file}-wal`, '');
    chmodSync(`${file}-wal`, 0o644);
    const warnings: string[] = [];
    const store = await openSqliteStore({ dir, onWarning: (m) => warnings.push(m) });
    await store.close();
    expect(modeOf(dir)).toBe(0o700);
    expect(modeOf(file)).toBe(0o600);
    expect(warnings).toHaveLength(3);
    expect(warnings[0]).toMatch(/could be read by other users of this computer \(mode 0755\)/);
    expect(warnings[1]).toMatch(
      /weakties\.sqlite could be read .*\(mode 0644\); it is now private \(0600\)/,
    );
  });

  it('leaves a shared folder such as /tmp as it is and still makes the store file private', async () => {
    const shared = join(parent, 'shared');
    mkdirSync(shared);
    chmodSync(shared, 0o1777);
    const store = await openSqliteStore({ dir: shared, onWarning: () => undefined });
    await store.close();
    expect(statSync(shared).mode & 0o1777).toBe(0o1777);
    expect(modeOf(join(shared, STORE_FILE_NAME))).toBe(0o600);
  });
});
