/**
 * The local app's key for one launch (`weakties serve`). The server listens on 127.0.0.1, which
 * every user of the machine can reach; the key keeps the other users out, as Jupyter's token
 * does. The address the command prints carries it once (`/?key=...`); the first visit trades it
 * for an HttpOnly cookie and drops it from the address bar, so it stays out of history and of
 * any page's reach. Every API request then needs the cookie, or the key as a Bearer token (for
 * scripts). Without the key a browser gets a page saying where to find the address, never data.
 */
import type { Context, MiddlewareHandler } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import { isSameSecret } from '../services/secret-tokens.js';

export const LAUNCH_KEY_PARAM = 'key';

/**
 * One cookie per port: cookies ignore the port, so two servers on one machine (or a new launch
 * on the same port) would otherwise overwrite each other's key.
 */
export function launchCookieName(host: string): string {
  const port = /:(\d{1,5})$/.exec(host)?.[1] ?? '80';
  return `weakties-key-${port}`;
}

const LOCKED_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>weakties</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body>
<h1>Open weakties from its own link</h1>
<p>For your privacy this window needs the address that <code>weakties serve</code> printed in
your terminal when it started (it ends in <code>?key=...</code>). Other people using this
computer cannot see your network without it.</p>
<p>Copy that address into this window. After a restart of <code>weakties serve</code> the
address is a new one.</p>
</body></html>`;

function hasKey(c: Context, secret: string): boolean {
  const cookie = getCookie(c, launchCookieName(c.req.header('host') ?? ''));
  if (cookie !== undefined && isSameSecret(cookie, secret)) return true;
  const bearer = /^Bearer (.+)$/i.exec(c.req.header('authorization') ?? '')?.[1];
  return bearer !== undefined && isSameSecret(bearer.trim(), secret);
}

/** Lets through only requests that hold this launch's key (see the comment at the top). */
export function guardLaunchKey(secret: string): MiddlewareHandler {
  return async (c, next) => {
    const given = c.req.query(LAUNCH_KEY_PARAM);
    if (given !== undefined) {
      if (!isSameSecret(given, secret)) return c.html(LOCKED_PAGE, 401);
      setCookie(c, launchCookieName(c.req.header('host') ?? ''), secret, {
        httpOnly: true,
        // Lax, not Strict: the link is opened from a terminal or another app, and a Strict
        // cookie would not come along on that first navigation. State changes are guarded
        // separately (request-guards.ts).
        sameSite: 'Lax',
        path: '/',
      });
      const url = new URL(c.req.url);
      url.searchParams.delete(LAUNCH_KEY_PARAM);
      return c.redirect(`${url.pathname}${url.search}`, 302);
    }
    if (hasKey(c, secret)) {
      await next();
      return;
    }
    if (c.req.path.startsWith('/api/')) {
      return c.json(
        {
          error: {
            code: 'unauthenticated',
            message: 'open the address weakties serve printed (it holds this launch’s key)',
          },
        },
        401,
      );
    }
    return c.html(LOCKED_PAGE, 401);
  };
}
