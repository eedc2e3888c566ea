/**
 * `npm run bench` (mail and identities, issue 6): mbox throughput and peak RSS on a generated
 * Takeout-style mbox (1 GiB by default; WEAKTIES_BENCH_MBOX_MB to change), read in a child
 * process in the streaming mode whose memory does not grow with the file, beside the floor
 * peer of the same bytes: a plain read of the file in the same chunk size. Then the time to
 * build the review queue of near-duplicate people for the 30,000-connection demo.
 */
import { execFileSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateSyntheticMbox } from '../demo/mbox/synthetic-mbox.js';
import { writeDemoExport } from '../demo/generate-demo-export.js';
import { importFiles } from '../services/import-files.js';
import { reviewQueue } from '../services/resolve-identities.js';
import { openSqliteStore } from '../services/store-access.js';

const here = dirname(fileURLToPath(import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'weakties-bench-mail-'));
const megabytes = Number(process.env.WEAKTIES_BENCH_MBOX_MB ?? 1024);

try {
  const mbox = join(work, 'All mail Including Spam and Trash.mbox');
  const out = createWriteStream(mbox);
  for await (const chunk of generateSyntheticMbox({
    seed: 1,
    targetBytes: megabytes * 1024 ** 2,
  })) {
    if (!out.write(chunk)) await new Promise<void>((done) => out.once('drain', () => done()));
  }
  await new Promise<void>((done) => out.end(done));
  const size = statSync(mbox).size;
  const run = (mode: string) =>
    JSON.parse(
      execFileSync(process.execPath, [join(here, 'read-mail-once.js'), mbox, mode], {
        encoding: 'utf8',
      }).trim(),
    ) as { wallMs: number; maxRssMb: number; messages: number };
  const parsed = run('stream');
  const floor = run('read');
  const rate = (ms: number) => size / 1024 ** 2 / (ms / 1000);
  console.log(
    `\nweakties mail benchmark: ${(size / 1024 ** 2).toFixed(0)} MiB synthetic Takeout mbox`,
  );
  console.log(
    `weakties mbox import (streaming)  ${rate(parsed.wallMs).toFixed(0).padStart(6)} MB/s  ${parsed.maxRssMb.toFixed(0).padStart(5)} MB peak RSS  ${parsed.messages.toLocaleString('en-US')} messages`,
  );
  console.log(
    `peer: plain read of the file      ${rate(floor.wallMs).toFixed(0).padStart(6)} MB/s  ${floor.maxRssMb.toFixed(0).padStart(5)} MB peak RSS`,
  );
  console.log('goal: at least 100 MB/s, peak RSS under 300 MB whatever the size');

  const zip = await writeDemoExport(work, { connections: 30_000, messages: 200_000 });
  const store = await openSqliteStore({ dir: join(work, 'store') });
  await importFiles(store, [zip]);
  const started = performance.now();
  const queue = await reviewQueue(store, { limit: 50 });
  console.log(
    `identity review queue, 30,000-connection demo: ${(performance.now() - started).toFixed(0)} ms (${queue.total} candidates)`,
  );
  await store.close();
} finally {
  rmSync(work, { recursive: true, force: true });
}
