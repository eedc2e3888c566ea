/**
 * The server side of `npm run bench:server`, in its own process so that the load generator
 * does not share its event loop: opens the store the bench prepared (a SQLite folder, or
 * WEAKTIES_DATABASE_URL for PostgreSQL), starts the multi-user app on a free 127.0.0.1 port,
 * prints `{"url": ...}` on stdout and serves until it is sent SIGTERM.
 */
import { openStore } from '../services/store-access.js';
import { startMultiUserServer } from '../server/start-multi-user-server.js';

const dir = process.argv[2];
const store = await openStore(dir ? { dir } : {});
const server = await startMultiUserServer(store, { port: 0 });
process.stdout.write(`${JSON.stringify({ url: server.url })}\n`);
process.once('SIGTERM', () => {
  void server
    .close()
    .then(() => store.close())
    .finally(() => process.exit(0));
});
