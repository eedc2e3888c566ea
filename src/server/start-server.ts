import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { Store } from '../services/store-access.js';
import { createSecretToken } from '../services/secret-tokens.js';
import { createApp, type AppOptions } from './create-app.js';
import { LAUNCH_KEY_PARAM } from './launch-secret.js';

export interface RunningServer {
  /** The server's root, `http://127.0.0.1:<port>/`. */
  url: string;
  /**
   * The address to open: the root with this launch's key (launch-secret.ts). Only the local
   * app has one; server mode signs people in instead.
   */
  openUrl: string;
  /** The launch's key, for scripts (`Authorization: Bearer <key>`); empty in server mode. */
  launchKey: string;
  close(): Promise<void>;
}

/**
 * Listens on 127.0.0.1 only (docs/product.md: local-first; nothing is reachable from the network).
 * Port 0 picks a free port, which the returned URL names. Every request needs this launch's
 * key (a fresh one unless given), which `openUrl` carries.
 */
export async function startServer(
  store: Store,
  options: AppOptions & { port?: number } = {},
): Promise<RunningServer> {
  const launchKey = options.launchKey ?? createSecretToken();
  const app = createApp(store, { ...options, launchKey });
  return new Promise((resolve, reject) => {
    const server = serve(
      { fetch: app.fetch, hostname: '127.0.0.1', port: options.port ?? 0 },
      (info: AddressInfo) => {
        const url = `http://127.0.0.1:${info.port}/`;
        resolve({
          url,
          openUrl: `${url}?${LAUNCH_KEY_PARAM}=${launchKey}`,
          launchKey,
          close: () =>
            new Promise<void>((done, fail) => {
              server.close((error) => (error ? fail(error) : done()));
              // A browser tab keeps its keep-alive connections open; closing waits for none.
              if ('closeAllConnections' in server) server.closeAllConnections();
            }),
        });
      },
    );
    server.once('error', reject);
  });
}
