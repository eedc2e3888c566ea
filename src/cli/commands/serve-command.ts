import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AppError } from '../../core/app-error.js';
import { issueSetupLink, needsSetup } from '../../services/accounts-service.js';
import { computeStats } from '../../services/network-stats.js';
import { runDemo } from '../../services/run-demo.js';
import type { Store } from '../../services/store-access.js';
import { startMultiUserServer } from '../../server/start-multi-user-server.js';
import { startServer, type RunningServer } from '../../server/start-server.js';
import type { CliContext, Command } from '../cli-context.js';
import { createProgressBar } from '../progress-bar.js';
import { renderSourceLine } from './demo-command.js';
import { parseWhole } from './people-command.js';
import { renderStats } from './stats-command.js';

// The default port is a design choice: unassigned by IANA and unlikely to be taken locally.
const DEFAULT_PORT = 4317;

/** dist/web, found from this file whether it runs from src/cli/commands or dist/cli/commands. */
export function builtWebDir(): string {
  return join(resolve(dirname(fileURLToPath(import.meta.url)), '../../..'), 'dist', 'web');
}

function waitForStop(): Promise<void> {
  return new Promise((done) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      done();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

const LOOPBACK = /^(127\.0\.0\.1|localhost|\[::1\])$/i;

/**
 * --public-url: the https address a TLS reverse proxy serves (paths, queries and credentials
 * make no sense there). Plain http only for a loopback name, for trying server mode out:
 * otherwise passwords and session cookies would cross the network in the clear.
 */
export function parsePublicUrl(text: string): string {
  if (!URL.canParse(text))
    throw new AppError('usage', '--public-url must be a URL such as https://careers.example.edu');
  const url = new URL(text);
  const isLoopback = LOOPBACK.test(url.hostname);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLoopback)) {
    throw new AppError(
      'usage',
      '--public-url must start with https:// (http:// only for 127.0.0.1 or localhost)',
    );
  }
  if (
    url.pathname !== '/' ||
    url.search !== '' ||
    url.hash !== '' ||
    url.username !== '' ||
    url.password !== ''
  ) {
    throw new AppError(
      'usage',
      '--public-url names the site only, with no path, query or credentials',
    );
  }
  return url.origin;
}

async function startMultiUser(
  ctx: CliContext,
  store: Store,
  port: number,
  publicUrl: string | undefined,
): Promise<RunningServer> {
  const server = await startMultiUserServer(store, {
    port,
    webDir: builtWebDir(),
    ...(publicUrl !== undefined ? { publicUrl } : {}),
    ...(ctx.values['trust-proxy'] === true ? { trustProxy: true } : {}),
  });
  const base = publicUrl ?? server.url.replace(/\/$/, '');
  ctx.print(`weakties (server mode) is running at ${server.url}  (Ctrl-C to stop)`);
  if (publicUrl !== undefined) ctx.print(`People reach it at ${publicUrl}`);
  if (await needsSetup(store)) {
    const { token, expiresAt } = await issueSetupLink(store, new Date());
    ctx.print('');
    ctx.print('No administrator yet. Open this link once to name the organisation and create the');
    ctx.print(
      `administrator (it works until ${expiresAt.toISOString()}, or until the next start):`,
    );
    ctx.print(`  ${base}/setup#${token}`);
  }
  return server;
}

export const serveCommand: Command = {
  name: 'serve',
  summary: 'start the local web app on 127.0.0.1 and print its address',
  usage: 'weakties serve [--port N] [--demo] [--multi-user [--public-url URL] [--trust-proxy]]',
  details: `  --port N          the port to listen on (default ${DEFAULT_PORT}; 0 picks a free one)
  --multi-user      server mode for a career centre: accounts, invitations, coaches
  --public-url URL  with --multi-user: the https address people use (a TLS reverse proxy on this
                    machine forwards it to 127.0.0.1); links are built from it, cookies are Secure
  --trust-proxy     with --multi-user: take the client's address from X-Forwarded-For (set it
                    when a reverse proxy is in front, or every sign-in shares the proxy's address)
With --demo the demo export is generated and imported first if the demo store is empty.
The server listens on 127.0.0.1 only; stop it with Ctrl-C. On the first start in server mode
it prints a one-time link that sets up the organisation and its administrator.`,
  options: {
    port: { type: 'string' },
    'multi-user': { type: 'boolean' },
    'public-url': { type: 'string' },
    'trust-proxy': { type: 'boolean' },
  },
  async run(ctx) {
    const port = parseWhole(ctx.values.port, '--port', DEFAULT_PORT);
    if (port > 65535) throw new AppError('usage', '--port must be from 0 to 65535');
    const isMultiUser = ctx.values['multi-user'] === true;
    if (!isMultiUser && (ctx.values['public-url'] !== undefined || ctx.values['trust-proxy'])) {
      throw new AppError('usage', '--public-url and --trust-proxy go with --multi-user');
    }
    if (isMultiUser && ctx.values.demo === true) {
      throw new AppError('usage', '--demo is for the single-user app; server mode starts empty');
    }
    const publicUrl =
      typeof ctx.values['public-url'] === 'string'
        ? parsePublicUrl(ctx.values['public-url'])
        : undefined;
    const store = await ctx.openStore();
    if (ctx.values.demo === true && (await computeStats(store)).imports === 0) {
      ctx.note('First run: generating and importing the demo data...');
      const bar = createProgressBar(process.stderr, ctx.quiet);
      const demo = await runDemo(store, {
        dir: ctx.demoDir(),
        onProgress: (p) => bar.update(p),
      }).finally(() => bar.finish());
      // The same figures `weakties demo` prints, so the first run shows what was imported.
      for (const source of demo.sources) ctx.print(renderSourceLine(source));
      ctx.print('');
      ctx.print(renderStats(demo.stats));
      ctx.print('');
    }
    let server: RunningServer;
    try {
      server = isMultiUser
        ? await startMultiUser(ctx, store, port, publicUrl)
        : await startServer(store, { port, webDir: builtWebDir() });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
        throw new AppError('io', `port ${port} is in use; try --port 0 for a free one`);
      }
      throw error;
    }
    if (!isMultiUser) {
      ctx.print(`weakties is running; open this address (Ctrl-C to stop):`);
      ctx.print(`  ${server.openUrl}`);
      ctx.print('The address holds a key for this launch: other users of this computer cannot');
      ctx.print('open your network without it.');
    }
    await waitForStop();
    await server.close();
  },
};
