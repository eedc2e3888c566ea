import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { Store } from '../services/store-access.js';
import { createApp, type AppOptions } from './create-app.js';

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

/**
 * Listens on 127.0.0.1 only (docs/product.md: local-first; nothing is reachable from the network).
 * Port 0 picks a free port, which the returned URL names.
 */
export async function startServer(
  store: Store,
  options: AppOptions & { port?: number } = {},
): Promise<RunningServer> {
  const app = createApp(store, options);
  return new Promise((resolve, reject) => {
    const server = serve(
      { fetch: app.fetch, hostname: '127.0.0.1', port: options.port ?? 0 },
      (info: AddressInfo) => {
        resolve({
          url: `http://127.0.0.1:${info.port}/`,
          close: () =>
            new Promise<void>((done, fail) => {
              server.close((error) => (error ? fail(error) : done()));
            }),
        });
      },
    );
    server.once('error', reject);
  });
}
