/**
 * A PostgreSQL server for tests and benchmarks, found or started on this machine:
 * `WEAKTIES_TEST_DATABASE_URL` names one; otherwise PostgreSQL's installed binaries start a
 * throwaway cluster (initdb into a temporary folder, run by the `postgres` user when we are root,
 * since PostgreSQL refuses to run as root; listening on 127.0.0.1 only, on a free port, with no
 * Unix socket), which `stop()` shuts down and deletes. Used by the `postgres` test project's
 * global setup (test-support/throwaway-postgres.ts) and by `npm run bench:server`.
 */
import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';

export type PostgresSource =
  { kind: 'url'; url: string } | { kind: 'binaries'; binDir: string } | { kind: 'none' };

/** Where the tests get their PostgreSQL from; cheap enough to run in vitest.config.ts. */
export function locatePostgres(
  env: NodeJS.ProcessEnv = process.env,
  debianRoot = '/usr/lib/postgresql',
): PostgresSource {
  const url = env.WEAKTIES_TEST_DATABASE_URL;
  if (url) return { kind: 'url', url };
  for (const binDir of candidateBinDirs(env, debianRoot)) {
    if (existsSync(join(binDir, 'initdb')) && existsSync(join(binDir, 'pg_ctl'))) {
      return { kind: 'binaries', binDir };
    }
  }
  return { kind: 'none' };
}

function candidateBinDirs(env: NodeJS.ProcessEnv, debianRoot: string): string[] {
  const dirs: string[] = [];
  // Debian and Ubuntu keep the server binaries out of PATH, one folder per major version;
  // prefer the newest.
  if (existsSync(debianRoot)) {
    const versions = readdirSync(debianRoot)
      .filter((v) => /^\d+$/.test(v))
      .sort((a, b) => Number(b) - Number(a));
    for (const v of versions) dirs.push(join(debianRoot, v, 'bin'));
  }
  try {
    const bindir = execFileSync('pg_config', ['--bindir'], {
      encoding: 'utf8',
      stdio: 'pipe',
      env: { PATH: env.PATH ?? '' },
    });
    dirs.push(bindir.trim());
  } catch {
    // No pg_config on PATH: the PATH folders below are the last places to look.
  }
  dirs.push(...(env.PATH ?? '').split(delimiter).filter((d) => d !== ''));
  return dirs;
}

export interface Cluster {
  url: string;
  stop(): void;
}

/**
 * Settings of the throwaway cluster. fsync, full-page writes and synchronous commit are off:
 * the cluster is deleted after the run, so durability buys nothing (PostgreSQL manual,
 * "Non-Durable Settings"). 200 connections: each test store has its own pool (design choice,
 * ample for two test workers).
 */
const SERVER_SETTINGS = [
  'listen_addresses=127.0.0.1',
  "unix_socket_directories=''",
  'fsync=off',
  'full_page_writes=off',
  'synchronous_commit=off',
  'max_connections=200',
];

export async function startThrowawayCluster(binDir: string): Promise<Cluster> {
  const root = mkdtempSync(join(tmpdir(), 'weakties-pg-'));
  const asRoot = process.getuid?.() === 0;
  // PostgreSQL will not run as root: hand the folder to the `postgres` user that Debian's
  // package creates, and run the tools as that user.
  const run = (tool: string, args: string[]): void => {
    const command = asRoot ? 'runuser' : join(binDir, tool);
    const full = asRoot ? ['-u', 'postgres', '--', join(binDir, tool), ...args] : args;
    execFileSync(command, full, { stdio: 'pipe' });
  };
  if (asRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
    chownSync(root, uid, gid);
  }
  const data = join(root, 'data');
  const log = join(root, 'server.log');
  const remove = (): void => rmSync(root, { recursive: true, force: true });
  try {
    // C locale: text sorts by code point and lower() folds ASCII only, as in SQLite. Trust
    // authentication, but the server listens on 127.0.0.1 only and initdb's pg_hba.conf admits
    // loopback addresses only: nothing outside this machine can connect.
    run('initdb', [
      '-D',
      data,
      '-U',
      'postgres',
      '--auth=trust',
      '--encoding=UTF8',
      '--locale=C',
      '--no-sync',
      '--no-instructions',
    ]);
  } catch (error) {
    remove();
    throw new Error(`initdb failed: ${describeFailure(error)}`);
  }
  const port = await findFreePort();
  try {
    run('pg_ctl', [
      '-D',
      data,
      '-l',
      log,
      '-w',
      '-o',
      [`-p ${port}`, ...SERVER_SETTINGS.map((s) => `-c ${s}`)].join(' '),
      'start',
    ]);
  } catch (error) {
    const serverLog = existsSync(log) ? readFileSync(log, 'utf8') : '';
    remove();
    throw new Error(`pg_ctl start failed: ${describeFailure(error)}\n${serverLog}`);
  }
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    stop() {
      try {
        run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } finally {
        remove();
      }
    },
  };
}

function describeFailure(error: unknown): string {
  const stderr = (error as { stderr?: Buffer }).stderr;
  return stderr && stderr.length > 0 ? stderr.toString('utf8') : (error as Error).message;
}

/** A port the kernel says is free on 127.0.0.1 right now. */
function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address !== null
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}
