/**
 * One import at a time per store, the rest waiting their turn. Imports into one store are
 * serialised anyway (SQLite has one writer; on PostgreSQL every import takes the id locks of
 * store/ids.ts), so queueing them here costs no throughput. What it saves: an import waiting
 * for a lock inside the database holds a pooled connection, and twenty uploads at once would
 * hold every connection while readers wait (measured by `npm run bench:server`). A queued
 * import holds nothing.
 */
import type { Store } from '../store/open-store.js';

const tails = new WeakMap<Store, Promise<unknown>>();

/** Runs `task` after every import already queued on this store has finished (or failed). */
export function queueImport<T>(store: Store, task: () => Promise<T>): Promise<T> {
  const previous = tails.get(store) ?? Promise.resolve();
  const run = previous.then(task, task);
  // The queue continues whatever this task does; its caller sees its own failure.
  tails.set(
    store,
    run.catch(() => undefined),
  );
  return run;
}
