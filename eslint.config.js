// Lint rules, including the folder dependency rule of docs/architecture.md ("Dependency rule"):
// core imports nothing of ours; importers and graph import only core; store imports core;
// services import all of those; server and cli import services and core; web imports only
// types from server and core.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const layer = (files, forbidden) => ({
  files,
  ignores: ['**/*.test.ts'],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: forbidden.map((dir) => ({
          group: [`**/${dir}/*`, `../${dir}`, `../../${dir}`],
          message: `this folder may not import from src/${dir} (docs/architecture.md, "Dependency rule")`,
        })),
      },
    ],
  },
});

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', '**/fixtures/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  layer(
    ['src/core/**'],
    ['importers', 'graph', 'store', 'services', 'server', 'cli', 'web', 'demo'],
  ),
  layer(['src/importers/**'], ['graph', 'store', 'services', 'server', 'cli', 'web', 'demo']),
  layer(['src/graph/**'], ['importers', 'store', 'services', 'server', 'cli', 'web', 'demo']),
  layer(['src/store/**'], ['importers', 'graph', 'services', 'server', 'cli', 'web', 'demo']),
  layer(['src/services/**'], ['server', 'cli', 'web']),
  layer(['src/cli/**', 'src/server/**'], ['importers', 'graph', 'store', 'web']),
  layer(['src/demo/**'], ['store', 'services', 'server', 'cli', 'web']),
  // The web app talks to the server's JSON API only; server/api-client.ts holds types and fetch.
  layer(['src/web/**'], ['importers', 'graph', 'store', 'services', 'cli', 'demo']),
);
