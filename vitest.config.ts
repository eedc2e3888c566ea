// Two test projects (issue 9: "the whole store test suite runs against SQLite always and against
// PostgreSQL whenever one is configured"):
// - `sqlite`: every test, each store a SQLite file in a temporary folder.
// - `postgres`: the tests that open a store run again, each store a fresh database on a
//   PostgreSQL server that src/store/test-support/throwaway-postgres.ts finds or starts. With no
//   PostgreSQL at all only postgres-availability.postgres.test.ts runs, and it and a stderr
//   banner say plainly that the PostgreSQL tests did not run.
import { defineConfig } from 'vitest/config';
import { locatePostgres } from './src/store/test-support/throwaway-postgres.js';

// `*.postgres.test.ts` files test PostgreSQL itself and run in the postgres project only.
const POSTGRES_ONLY = 'src/**/*.postgres.test.ts';
const STORE_TESTS = [
  'src/store/**/*.test.ts',
  'src/services/**/*.test.ts',
  'src/server/create-app.test.ts',
  'src/server/authorisation.test.ts',
  'src/server/account-cache.test.ts',
  'src/server/control-characters-api.test.ts',
  'src/server/sign-in-throttle.test.ts',
  'src/server/account-lifecycle.test.ts',
];
const AVAILABILITY_TEST = 'src/store/postgres-availability.postgres.test.ts';
const hasPostgres = locatePostgres().kind !== 'none';

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: { name: 'sqlite', include: ['src/**/*.test.ts'], exclude: [POSTGRES_ONLY] },
      },
      {
        extends: true,
        test: {
          name: 'postgres',
          include: hasPostgres ? STORE_TESTS : [AVAILABILITY_TEST],
          // The test-support's own tests need no database.
          exclude: ['src/store/test-support/**'],
          env: { WEAKTIES_TEST_STORE: 'postgres' },
          globalSetup: ['src/store/test-support/throwaway-postgres.ts'],
        },
      },
    ],
  },
});
