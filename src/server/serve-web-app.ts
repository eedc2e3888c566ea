import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { Context } from 'hono';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

async function readIfFile(path: string): Promise<Buffer | undefined> {
  try {
    return (await stat(path)).isFile() ? await readFile(path) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Serves the built web app (vite's dist/web): a file when the path names one inside the folder,
 * otherwise index.html so the app's own routes (/people/12) survive a reload. Hashed assets are
 * cached for good; index.html never, so a new build shows at once.
 */
export async function serveWebApp(c: Context, webDir: string): Promise<Response> {
  const root = resolve(webDir);
  let path: string;
  try {
    path = decodeURIComponent(c.req.path);
  } catch {
    return c.text('bad path', 400);
  }
  const target = normalize(join(root, path));
  const isInside = target === root || target.startsWith(root + sep);
  const ext = extname(target);
  const body = isInside && path !== '/' ? await readIfFile(target) : undefined;
  if (body && CONTENT_TYPES[ext]) {
    const immutable = path.startsWith('/assets/');
    return c.body(new Uint8Array(body), 200, {
      'Content-Type': CONTENT_TYPES[ext],
      'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    });
  }
  // A missing asset is a 404, not the page: a script tag must never receive HTML.
  if (path.startsWith('/assets/') || (ext !== '' && ext !== '.html')) {
    return c.text('not found', 404);
  }
  const index = await readIfFile(join(root, 'index.html'));
  if (!index) {
    return c.text(
      `The web app is not built: run "npm run build:web" (looked in ${root}). The JSON API is at /api/.`,
      503,
    );
  }
  return c.body(new Uint8Array(index), 200, {
    'Content-Type': CONTENT_TYPES['.html'] ?? 'text/html',
    'Cache-Control': 'no-cache',
  });
}
