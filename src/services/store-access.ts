/**
 * What the CLI and the server need to open a store, so that neither reaches into src/store
 * (architecture.md, dependency rule).
 */
export { resolveDataDir } from '../store/data-dir.js';
export { LOCAL_ACCOUNT_ID, openSqliteStore, type Store } from '../store/open-store.js';
