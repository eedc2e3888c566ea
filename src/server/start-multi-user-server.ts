import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { Store } from '../services/store-access.js';
import { createMultiUserApp, type MultiUserAppOptions } from './multi-user-app.js';
import type { RunningServer } from './start-server.js';

/**
 * Listens for server mode on 127.0.0.1 only, as the local app does: people reach it through a
 * reverse proxy that ends TLS on the machine (give its address as `publicUrl`), so passwords
 * and session cookies never cross a network in the clear. Port 0 picks a free port.
 */
export async function startMultiUserServer(
  store: Store,
  options: MultiUserAppOptions & { port?: number } = {},
): Promise<RunningServer> {
  const app = createMultiUserApp(store, options);
  return new Promise((resolve, reject) => {
    const server = serve(
      { fetch: app.fetch, hostname: '127.0.0.1', port: options.port ?? 0 },
      (info: AddressInfo) => {
        resolve({
          url: `http://127.0.0.1:${info.port}/`,
          // Server mode signs people in; there is no launch key.
          openUrl: `http://127.0.0.1:${info.port}/`,
          launchKey: '',
          close: () =>
            new Promise<void>((done, fail) => {
              server.close((error) => (error ? fail(error) : done()));
              // Browsers keep idle keep-alive connections open; closing waits for none of them.
              if ('closeAllConnections' in server) server.closeAllConnections();
            }),
        });
      },
    );
    server.once('error', reject);
  });
}
