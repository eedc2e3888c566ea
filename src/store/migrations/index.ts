/**
 * The migration list, in order. Kysely runs the ones a store has not seen yet, inside a
 * transaction, when the store opens. Names are dated so their order is their history.
 */
import type { Migration, MigrationProvider } from 'kysely';
import * as initialSchema from './2026-11-23-initial-schema.js';
import * as goalsAndMutuals from './2026-11-24-goals-and-mutuals.js';
import * as importedEdges from './2026-11-25-imported-edges.js';
import * as outreach from './2026-11-26-outreach.js';
import * as merges from './2026-11-27-merges.js';
import * as accounts from './2026-11-28-accounts.js';
import * as progressSnapshots from './2026-11-29-progress-snapshots.js';
import * as accountLifecycle from './2026-12-08-account-lifecycle.js';
import * as discretion from './2026-12-08-discretion.js';
import * as mergeSource from './2026-12-08-merge-source.js';

const MIGRATIONS: Record<string, Migration> = {
  '2026-11-23-initial-schema': initialSchema,
  '2026-11-24-goals-and-mutuals': goalsAndMutuals,
  '2026-11-25-imported-edges': importedEdges,
  '2026-11-26-outreach': outreach,
  '2026-11-27-merges': merges,
  '2026-11-28-accounts': accounts,
  '2026-11-29-progress-snapshots': progressSnapshots,
  '2026-12-08-account-lifecycle': accountLifecycle,
  '2026-12-08-discretion': discretion,
  '2026-12-08-merge-source': mergeSource,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: () => Promise.resolve(MIGRATIONS),
};
