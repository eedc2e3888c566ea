/**
 * `npm run bench`: import figures for the benchmark-sized demo export (issue 3, item 8):
 * 30,000 connections (LinkedIn's cap, docs/science.md section 6) and 200,000 messages.
 * Each import runs in a fresh child process so its peak RSS is its own. Figures, not
 * assertions: the goal is under 5 s wall and under 500 MB peak RSS on a 2-core machine.
 * The peer, run side by side on the same files, is the floor of the same work: csv-parse
 * reading the two big CSVs and better-sqlite3 inserting their rows with one prepared
 * statement and no resolution, provenance or idempotence.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeDemoExport } from '../demo/generate-demo-export.js';

const here = dirname(fileURLToPath(import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'weakties-bench-'));

interface ChildFigures {
  wallMs: number;
  maxRssMb: number;
  rows: number;
}

function runChild(script: string, args: string[]): ChildFigures {
  const out = execFileSync(process.execPath, [join(here, script), ...args], { encoding: 'utf8' });
  return JSON.parse(out.trim().split('\n').pop() ?? '{}') as ChildFigures;
}

function format(label: string, f: ChildFigures): string {
  const perSecond = Math.round(f.rows / (f.wallMs / 1000));
  return `${label.padEnd(34)} ${(f.wallMs / 1000).toFixed(2).padStart(7)} s  ${perSecond.toLocaleString('en-US').padStart(10)} rows/s  ${f.maxRssMb.toFixed(0).padStart(5)} MB peak RSS`;
}

try {
  const started = performance.now();
  const zip = await writeDemoExport(work, { connections: 30_000, messages: 200_000 });
  const generateMs = performance.now() - started;
  console.log(
    `weakties import benchmark (node ${process.version}, ${process.platform} ${process.arch})`,
  );
  console.log(
    `generated ${zip.split('/').pop()} (${(statSync(zip).size / 1e6).toFixed(1)} MB) in ${(generateMs / 1000).toFixed(2)} s\n`,
  );
  const first = runChild('import-once.js', [zip, join(work, 'store')]);
  const again = runChild('import-once.js', [zip, join(work, 'store'), '--force']);
  const floor = runChild('import-floor.js', [zip, join(work, 'floor')]);
  console.log(format('weakties import (fresh store)', first));
  console.log(format('weakties re-import (no-op, --force)', again));
  console.log(format('peer: csv-parse + raw inserts', floor));
  console.log(`\nratio weakties / peer: ${(first.wallMs / floor.wallMs).toFixed(2)}x wall time`);
  console.log('goal: under 5 s wall and under 500 MB peak RSS for the fresh import');
} finally {
  rmSync(work, { recursive: true, force: true });
}
