/**
 * `npm run bench:server` (issue 9, "Tests and figures"): a bounded load on loopback against
 * `weakties serve --multi-user`. 200 signed-in members read their lists and people pages
 * (autocannon, one connection per member) while 20 other members upload a LinkedIn export each
 * through the import page's route. Reports p50/p95/p99 latency of the reads, errors (goal:
 * zero), throughput and the imports' times, on SQLite and then on PostgreSQL (a throwaway
 * cluster, or WEAKTIES_BENCH_DATABASE_URL: an admin URL allowed to create databases).
 *
 * The server runs in its own process (serve-for-bench.ts) so the load generator does not share
 * its event loop; both share the machine's cores, which the figures include.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import pg from 'pg';
import { writeDemoExport } from '../demo/generate-demo-export.js';
import {
  acceptInvitation,
  inviteUser,
  issueSetupLink,
  setUpOrganisation,
} from '../services/accounts-service.js';
import { importFiles } from '../services/import-files.js';
import { findPeople } from '../services/people-queries.js';
import { openSqliteStore, type Store } from '../services/store-access.js';
import { openPostgresStore } from '../store/open-postgres-store.js';
import {
  locatePostgres,
  startThrowawayCluster,
  type Cluster,
} from '../store/throwaway-postgres-cluster.js';

// The load the issue names: 200 readers, 20 importers. 20 s of load per dialect and 300
// connections per reader's network are design choices: long enough for stable percentiles,
// short enough to run both dialects in a few minutes on a 2-core machine.
const READERS = 200;
const IMPORTERS = Number(process.env.WEAKTIES_BENCH_IMPORTERS ?? 20);
const DURATION_S = 20;
// Members whose first visit is computed at once during the warm-up (design choice: a burst,
// not all 200 at the same instant).
const WARM_UP_CONCURRENCY = 10;
const READER_CONNECTIONS = 300;
const READER_MESSAGES = 3_000;
// Each importer uploads the demo's default size (docs/demo-data.md), a different seed each.
const IMPORT_CONNECTIONS = 1_500;
const IMPORT_MESSAGES = 8_000;
const PASSWORD = 'bench password that is long enough';
// scrypt's lowest accepted cost: the bench measures serving, not password hashing, and
// creates 220 accounts before the load starts. Sign-in is not part of the measured load.
const BENCH_PASSWORD_COST = { log2N: 10, r: 8, p: 1 };
const CSRF_HEADER = 'x-weakties-request';
// Design choice: a second's pause before an upload the server turned away is tried again.
const UPLOAD_RETRY_MS = 1_000;

interface Member {
  cookie: string;
  csrf: string;
  personIds: number[];
}

const work = mkdtempSync(join(tmpdir(), 'weakties-bench-server-'));
const here = dirname(fileURLToPath(import.meta.url));

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

/** Sets up the organisation, 220 members, and the readers' networks, straight on the store. */
async function prepare(
  store: Store,
  readerZip: string,
): Promise<{ readers: Member[]; importers: Member[] }> {
  const facts = () => ({ now: new Date(), ip: '127.0.0.1' });
  const settings = { passwordCost: BENCH_PASSWORD_COST };
  const { token } = await issueSetupLink(store, new Date());
  const admin = await setUpOrganisation(
    store,
    {
      token,
      organisation: 'Bench Career Centre',
      name: 'Bench Admin',
      email: 'admin@bench.test',
      password: PASSWORD,
    },
    facts(),
    settings,
  );
  const members: Member[] = [];
  for (let i = 0; i < READERS + IMPORTERS; i += 1) {
    const invitation = await inviteUser(
      store,
      admin.user,
      { role: 'member', email: `member${i}@bench.test` },
      facts(),
    );
    const session = await acceptInvitation(
      store,
      invitation.token,
      { name: `Member ${i}`, password: PASSWORD },
      facts(),
      settings,
    );
    const accountId = session.user.accountId;
    if (accountId === null) throw new Error('a member without a data account');
    let personIds: number[] = [];
    if (i < READERS) {
      await importFiles(store, [readerZip], { accountId });
      const page = await findPeople(store, { accountId, limit: 20 });
      personIds = page.people.map((p) => p.id);
    }
    members.push({
      cookie: `weakties-session=${session.sessionId}`,
      csrf: session.csrfToken,
      personIds,
    });
  }
  return { readers: members.slice(0, READERS), importers: members.slice(READERS) };
}

async function startServerProcess(
  sqliteDir: string | undefined,
  databaseUrl: string | undefined,
): Promise<{ url: string; child: ChildProcess }> {
  const env = { ...process.env };
  delete env.WEAKTIES_DATABASE_URL;
  if (databaseUrl) env.WEAKTIES_DATABASE_URL = databaseUrl;
  const child = spawn(
    process.execPath,
    [join(here, 'serve-for-bench.js'), ...(sqliteDir ? [sqliteDir] : [])],
    { env, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const lines = createInterface({ input: child.stdout! });
  for await (const line of lines) {
    const parsed = JSON.parse(line) as { url: string };
    return { url: parsed.url.replace(/\/$/, ''), child };
  }
  throw new Error('the bench server exited before it printed its address');
}

async function uploadExport(url: string, member: Member, zip: string): Promise<number> {
  const started = performance.now();
  // The server takes 8 uploads at once (src/server/upload-limits.ts) and answers the rest 429:
  // each importer tries again after a pause, as a person would.
  for (;;) {
    const form = new FormData();
    form.append('file', new Blob([readFileSync(zip)]), zip.split('/').pop() ?? 'export.zip');
    const response = await fetch(`${url}/api/imports`, {
      method: 'POST',
      headers: { cookie: member.cookie, 'x-csrf-token': member.csrf, [CSRF_HEADER]: '1' },
      body: form,
    });
    await response.arrayBuffer();
    if (response.status === 429) {
      await new Promise((done) => setTimeout(done, UPLOAD_RETRY_MS));
      continue;
    }
    if (response.status !== 201) throw new Error(`import answered ${response.status}`);
    return performance.now() - started;
  }
}

/**
 * Every reader's first visit: the first read of a member's lists scores their whole network
 * (then kept in memory for the day), so it is timed apart from the steady load.
 */
async function warmUp(url: string, readers: Member[]): Promise<void> {
  const started = performance.now();
  const firstVisits: number[] = [];
  let next = 0;
  const visit = async (): Promise<void> => {
    for (let i = next++; i < readers.length; i = next++) {
      const member = readers[i]!;
      const t = performance.now();
      for (const path of ['/api/lists/ask?limit=25', '/api/people?limit=50']) {
        const response = await fetch(`${url}${path}`, { headers: { cookie: member.cookie } });
        await response.arrayBuffer();
        if (response.status !== 200) throw new Error(`${path} answered ${response.status}`);
      }
      firstVisits.push(performance.now() - t);
    }
  };
  await Promise.all(Array.from({ length: WARM_UP_CONCURRENCY }, visit));
  firstVisits.sort((a, b) => a - b);
  console.log(
    `  first visit of ${readers.length} members (${WARM_UP_CONCURRENCY} at a time): ${((performance.now() - started) / 1000).toFixed(1)} s, ` +
      `each ${percentile(firstVisits, 50).toFixed(0)} ms median, ${percentile(firstVisits, 95).toFixed(0)} ms p95`,
  );
}

async function runLoad(
  url: string,
  readers: Member[],
  importers: Member[],
  importZips: string[],
): Promise<void> {
  const latencies: number[] = [];
  let next = 0;
  const imports = importers.map((member, i) => uploadExport(url, member, importZips[i]!));
  const paths = (m: Member, n: number): string => {
    const id = m.personIds[n % Math.max(1, m.personIds.length)];
    switch (n % 4) {
      case 0:
        return `/api/people?limit=50&offset=${(n * 50) % READER_CONNECTIONS}`;
      case 1:
        return '/api/lists/ask?limit=25';
      case 2:
        return id === undefined ? '/api/stats' : `/api/people/${id}`;
      default:
        return '/api/lists/reconnect?limit=25';
    }
  };
  const instance = autocannon({
    url,
    connections: READERS,
    duration: DURATION_S,
    // One member per connection: the context lives as long as its connection.
    requests: [
      {
        setupRequest: (request, context) => {
          const state = context as { member?: Member; n?: number };
          state.member ??= readers[next++ % readers.length];
          state.n = (state.n ?? 0) + 1;
          const member = state.member!;
          return {
            ...request,
            method: 'GET',
            path: paths(member, state.n),
            headers: { cookie: member.cookie },
          };
        },
      },
    ],
  });
  instance.on('response', (_client, _status, _bytes, responseTime) => {
    latencies.push(responseTime);
  });
  const result = await instance;
  const importResults = await Promise.allSettled(imports);
  latencies.sort((a, b) => a - b);
  const errors = result.errors + result.timeouts + result.non2xx;
  const importTimes = importResults
    .filter((r): r is PromiseFulfilledResult<number> => r.status === 'fulfilled')
    .map((r) => r.value)
    .sort((a, b) => a - b);
  const importFailures = importResults.length - importTimes.length;
  console.log(
    `  reads: ${result.requests.total.toLocaleString('en-US')} in ${DURATION_S} s, ` +
      `${result.requests.average.toFixed(0)} req/s; latency p50 ${percentile(latencies, 50).toFixed(0)} ms, ` +
      `p95 ${percentile(latencies, 95).toFixed(0)} ms, p99 ${percentile(latencies, 99).toFixed(0)} ms, ` +
      `max ${(latencies.at(-1) ?? 0).toFixed(0)} ms`,
  );
  console.log(
    `  errors: ${errors} (${result.non2xx} non-2xx, ${result.errors} socket, ${result.timeouts} timeouts); goal 0`,
  );
  console.log(
    `  imports: ${importTimes.length} of ${IMPORTERS} done, ${importFailures} failed; ` +
      `each ${(percentile(importTimes, 50) / 1000).toFixed(1)} s median, ` +
      `${((importTimes.at(-1) ?? 0) / 1000).toFixed(1)} s slowest (queued one at a time)`,
  );
  for (const r of importResults) {
    if (r.status === 'rejected') console.log(`  import failure: ${String(r.reason)}`);
  }
}

async function benchDialect(
  label: string,
  open: () => Promise<Store>,
  serverArgs: { sqliteDir?: string; databaseUrl?: string },
  zips: { reader: string; imports: string[] },
): Promise<void> {
  console.log(`\n${label}`);
  const t = performance.now();
  const store = await open();
  let prepared;
  try {
    prepared = await prepare(store, zips.reader);
  } finally {
    await store.close();
  }
  console.log(
    `  prepared ${READERS + IMPORTERS} members and ${READERS} networks of ${READER_CONNECTIONS} connections in ${((performance.now() - t) / 1000).toFixed(0)} s`,
  );
  const { url, child } = await startServerProcess(serverArgs.sqliteDir, serverArgs.databaseUrl);
  try {
    await warmUp(url, prepared.readers);
    await runLoad(url, prepared.readers, prepared.importers, zips.imports);
  } finally {
    child.kill('SIGTERM');
    await new Promise((done) => child.once('exit', done));
  }
}

async function adminStatement(adminUrl: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

let cluster: Cluster | undefined;
// Ctrl-C mid-run still stops the throwaway cluster and deletes the work folder.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    cluster?.stop();
    rmSync(work, { recursive: true, force: true });
    process.exit(130);
  });
}
try {
  console.log(
    `weakties server benchmark: ${READERS} members reading while ${IMPORTERS} import, ${DURATION_S} s per dialect, loopback`,
  );
  const reader = await writeDemoExport(join(work, 'reader'), {
    seed: 7,
    connections: READER_CONNECTIONS,
    messages: READER_MESSAGES,
  });
  const imports: string[] = [];
  for (let i = 0; i < IMPORTERS; i += 1) {
    imports.push(
      await writeDemoExport(join(work, `import-${i}`), {
        seed: 1000 + i,
        connections: IMPORT_CONNECTIONS,
        messages: IMPORT_MESSAGES,
      }),
    );
  }
  const zips = { reader, imports };

  const sqliteDir = join(work, 'sqlite');
  await benchDialect(
    'SQLite (embedded, WAL)',
    () => openSqliteStore({ dir: sqliteDir }),
    { sqliteDir },
    zips,
  );

  const given = process.env.WEAKTIES_BENCH_DATABASE_URL;
  const source = locatePostgres();
  let adminUrl = given;
  if (!adminUrl && source.kind === 'binaries') {
    cluster = await startThrowawayCluster(source.binDir);
    adminUrl = cluster.url;
  }
  if (!adminUrl) {
    console.log('\nPostgreSQL: not run (no PostgreSQL found; set WEAKTIES_BENCH_DATABASE_URL)');
  } else {
    // The name is ours, made of fixed text and digits: nothing from outside goes into it.
    const name = `weakties_bench_${process.pid}`;
    await adminStatement(
      adminUrl,
      `create database ${name} template template0 encoding 'UTF8' lc_collate 'C' lc_ctype 'C'`,
    );
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    try {
      await benchDialect(
        'PostgreSQL (pool of 10)',
        () => openPostgresStore({ url: url.toString() }),
        { databaseUrl: url.toString() },
        zips,
      );
    } finally {
      await adminStatement(adminUrl, `drop database if exists ${name} with (force)`);
    }
  }
} finally {
  cluster?.stop();
  rmSync(work, { recursive: true, force: true });
}
