/** Child process of bench-import: one import, then its wall time and peak RSS as JSON. */
import { importFiles } from '../services/import-files.js';
import { openSqliteStore } from '../store/open-store.js';

const [zip, dir, flag] = process.argv.slice(2);
if (!zip || !dir) throw new Error('usage: import-once <zip> <store dir> [--force]');
const store = await openSqliteStore({ dir });
const started = performance.now();
const summary = await importFiles(store, [zip], { force: flag === '--force' });
const wallMs = performance.now() - started;
await store.close();
const rows = summary.files.reduce((n, f) => n + f.rows, 0);
console.log(JSON.stringify({ wallMs, maxRssMb: process.resourceUsage().maxRSS / 1024, rows }));
