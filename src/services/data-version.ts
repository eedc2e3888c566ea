/** Whether an account's data changed since a cache read it (store/data-version.ts). */
import { readDataVersions, type DataVersions } from '../store/data-version.js';
import type { Store } from '../store/open-store.js';

export type { DataVersions };

export function readAccountDataVersions(store: Store, accountId: number): Promise<DataVersions> {
  return readDataVersions(store.db, accountId);
}
