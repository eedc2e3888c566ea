import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AppError } from '../../core/app-error.js';
import { computeStats } from '../../services/network-stats.js';
import { runDemo } from '../../services/run-demo.js';
import { startServer } from '../../server/start-server.js';
import type { Command } from '../cli-context.js';
import { createProgressBar } from '../progress-bar.js';
import { parseWhole } from './people-command.js';

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

export const serveCommand: Command = {
  name: 'serve',
  summary: 'start the local web app on 127.0.0.1 and print its address',
  usage: 'weakties serve [--port N] [--demo]',
  details: `  --port N   the port to listen on (default ${DEFAULT_PORT}; 0 picks a free one)
With --demo the demo export is generated and imported first if the demo store is empty.
The server listens on 127.0.0.1 only; stop it with Ctrl-C.`,
  options: { port: { type: 'string' } },
  async run(ctx) {
    const port = parseWhole(ctx.values.port, '--port', DEFAULT_PORT);
    if (port > 65535) throw new AppError('usage', '--port must be from 0 to 65535');
    const store = await ctx.openStore();
    if (ctx.values.demo === true && (await computeStats(store)).imports === 0) {
      ctx.note('First run: generating and importing the demo data...');
      const bar = createProgressBar(process.stderr, ctx.quiet);
      await runDemo(store, { dir: ctx.demoDir(), onProgress: (p) => bar.update(p) }).finally(() =>
        bar.finish(),
      );
    }
    let server;
    try {
      server = await startServer(store, { port, webDir: builtWebDir() });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
        throw new AppError('io', `port ${port} is in use; try --port 0 for a free one`);
      }
      throw error;
    }
    ctx.print(`weakties is running at ${server.url}  (Ctrl-C to stop)`);
    await waitForStop();
    await server.close();
  },
};
