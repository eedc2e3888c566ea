/**
 * What the CLI and the server need to open a store, so that neither reaches into src/store
 * (docs/architecture.md, dependency rule). openStore picks PostgreSQL when WEAKTIES_DATABASE_URL is
 * set (server mode, issue 9), else the SQLite store.
 */
export { resolveDataDir } from '../store/data-dir.js';
export {
  LOCAL_ACCOUNT_ID,
  openSqliteStore,
  openStore,
  type OpenConfiguredStoreOptions,
  type Store,
} from '../store/open-store.js';
