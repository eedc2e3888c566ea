import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteStore, type Store } from '../../store/open-store.js';

/** A real SQLite store in a fresh temporary folder (tests use the real thing, not a mock). */
export async function openTempStore(): Promise<Store & { dir: string; cleanup(): Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'weakties-test-'));
  const store = await openSqliteStore({ dir });
  return {
    ...store,
    dir,
    async cleanup() {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
