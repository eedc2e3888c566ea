/**
 * Who is asking, for server mode (issue 9, "Accounts and sessions"): the session cookie, the
 * checks every request passes before a route runs (host, origin, CSRF token), and the role a
 * route needs. The session id travels only in an httpOnly, SameSite=Strict cookie (Secure, with
 * the __Host- prefix, when the server is reached over https); the store keeps only its hash.
 */
import type { IncomingMessage } from 'node:http';
import type { Context, MiddlewareHandler } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { AppError } from '../core/app-error.js';
import {
  resolveSession,
  type ActiveSession,
  type SignedInUser,
  type UserRole,
} from '../services/accounts-service.js';
import { isSameSecret } from '../services/secret-tokens.js';
import type { Store } from '../services/store-access.js';
import {
  CSRF_HEADER,
  hasControlCharacterInUrl,
  refuseControlCharacterInUrl,
} from './request-guards.js';

/** The header that carries the session's CSRF token on every state change once signed in. */
export const CSRF_TOKEN_HEADER = 'x-csrf-token';

/** What the server-mode routes know of a request. */
export interface ServerEnv {
  Bindings: { incoming?: IncomingMessage };
  Variables: {
    session: ActiveSession | undefined;
    /** The signed-in member's data account, for the member API (create-app.ts, MemberEnv). */
    accountId: number;
    clientIp: string;
  };
}

export interface SiteSettings {
  /**
   * The address people use (`https://careers.example.edu`): the Host must match it, a state
   * change's Origin must equal it, and https makes the cookie Secure. Without it the server
   * answers on the loopback names only, as the single-user app does.
   */
  publicUrl?: string;
  /**
   * Behind a reverse proxy every connection comes from the proxy: read the client's address
   * from the last X-Forwarded-For entry, the one the proxy added.
   */
  trustProxy?: boolean;
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
const LOCAL_HOST = /^(127\.0\.0\.1|localhost|\[::1\])(:\d{1,5})?$/i;

export function isSecureSite(site: SiteSettings): boolean {
  return site.publicUrl !== undefined && new URL(site.publicUrl).protocol === 'https:';
}

/** `__Host-` binds the cookie to this host, https only and path `/` (RFC 6265bis §4.1.3.2). */
export function sessionCookieName(site: SiteSettings): string {
  return isSecureSite(site) ? '__Host-weakties-session' : 'weakties-session';
}

export function readSessionCookie(c: Context, site: SiteSettings): string | undefined {
  return getCookie(c, sessionCookieName(site));
}

export function setSessionCookie(
  c: Context,
  site: SiteSettings,
  sessionId: string,
  expiresAt: Date,
  now: Date,
): void {
  setCookie(c, sessionCookieName(site), sessionId, {
    httpOnly: true,
    sameSite: 'Strict',
    path: '/',
    secure: isSecureSite(site),
    maxAge: Math.max(0, Math.floor((expiresAt.getTime() - now.getTime()) / 1000)),
  });
}

/** The device cookie (login-throttle.ts): marks a browser that signed in before. */
export function deviceCookieName(site: SiteSettings): string {
  return isSecureSite(site) ? '__Host-weakties-device' : 'weakties-device';
}

export function readDeviceCookie(c: Context, site: SiteSettings): string | undefined {
  return getCookie(c, deviceCookieName(site));
}

export function setDeviceCookie(c: Context, site: SiteSettings, token: string, maxAgeMs: number) {
  setCookie(c, deviceCookieName(site), token, {
    httpOnly: true,
    sameSite: 'Strict',
    path: '/',
    secure: isSecureSite(site),
    maxAge: Math.floor(maxAgeMs / 1000),
  });
}

export function clearSessionCookie(c: Context, site: SiteSettings): void {
  deleteCookie(c, sessionCookieName(site), {
    path: '/',
    secure: isSecureSite(site),
    httpOnly: true,
    sameSite: 'Strict',
  });
}

function refuse(c: Context, message: string): Response {
  return c.json({ error: { code: 'forbidden', message } }, 403);
}

/** The origin a state change must come from, and whether the Host is one we answer to. */
function checkSite(c: Context, site: SiteSettings): { host: string; isKnownHost: boolean } {
  const host = c.req.header('host') ?? new URL(c.req.url).host;
  if (site.publicUrl === undefined) return { host, isKnownHost: LOCAL_HOST.test(host) };
  return { host, isKnownHost: host.toLowerCase() === new URL(site.publicUrl).host.toLowerCase() };
}

/**
 * Host and cross-site checks for every API request (as request-guards.ts does for the
 * single-user app): an unknown Host is DNS rebinding; a state change must come from our own
 * origin and carry a JSON body or the custom header, which another site cannot send without a
 * CORS preflight this server never grants.
 */
export function guardSite(site: SiteSettings): MiddlewareHandler {
  return async (c, next) => {
    const { host, isKnownHost } = checkSite(c, site);
    if (!isKnownHost) return refuse(c, 'this server does not answer to that host name');
    if (hasControlCharacterInUrl(c.req.url)) return refuseControlCharacterInUrl(c);
    if (!SAFE_METHODS.has(c.req.method)) {
      const origin = c.req.header('origin');
      if (origin !== undefined) {
        const expected = site.publicUrl ? new URL(site.publicUrl).origin : undefined;
        const isOurs =
          origin !== 'null' &&
          URL.canParse(origin) &&
          (expected !== undefined
            ? new URL(origin).origin === expected
            : new URL(origin).host === host);
        if (!isOurs) return refuse(c, 'state changes from other sites are refused');
      }
      const type = (c.req.header('content-type') ?? '').split(';')[0]?.trim().toLowerCase();
      if (type !== 'application/json' && c.req.header(CSRF_HEADER) === undefined) {
        return refuse(c, `a state change needs a JSON body or the ${CSRF_HEADER} header`);
      }
    }
    await next();
  };
}

/** The client's address, for rate limiting and the audit log. */
export function readClientIp(c: Context<ServerEnv>, site: SiteSettings): string {
  if (site.trustProxy) {
    const forwarded = c.req.header('x-forwarded-for');
    const last = forwarded?.split(',').at(-1)?.trim();
    if (last) return last.slice(0, 64);
  }
  // `env` is the node server's bindings; app.request() in tests has none.
  const incoming = (c.env as ServerEnv['Bindings'] | undefined)?.incoming;
  return incoming?.socket.remoteAddress ?? '';
}

/**
 * Finds the request's session (if its cookie names a current one) and, once signed in, requires
 * the session's CSRF token on every state change (OWASP CSRF Prevention Cheat Sheet), compared
 * in constant time. A cookie that names no session is cleared, never adopted.
 */
export function loadSession(
  store: Store,
  site: SiteSettings,
  now: () => Date,
): MiddlewareHandler<ServerEnv> {
  return async (c, next) => {
    c.set('clientIp', readClientIp(c, site));
    const cookie = readSessionCookie(c, site);
    const session = cookie ? await resolveSession(store, cookie, now()) : undefined;
    if (cookie !== undefined && !session) clearSessionCookie(c, site);
    c.set('session', session);
    if (session && !SAFE_METHODS.has(c.req.method)) {
      const token = c.req.header(CSRF_TOKEN_HEADER) ?? '';
      if (!isSameSecret(token, session.csrfToken)) {
        return refuse(c, `a state change needs this session's ${CSRF_TOKEN_HEADER} header`);
      }
    }
    await next();
  };
}

/** The signed-in session, or `unauthenticated` (401). */
export function requireSession(c: Context<ServerEnv>): ActiveSession {
  const session = c.get('session');
  if (!session) throw new AppError('unauthenticated', 'sign in first');
  return session;
}

/** The signed-in user if their role is one of `roles`, else 401 or 403. */
export function requireRole(c: Context<ServerEnv>, ...roles: UserRole[]): SignedInUser {
  const { user } = requireSession(c);
  if (!roles.includes(user.role)) {
    throw new AppError('forbidden', `this is for ${roles.join(' or ')} accounts`);
  }
  return user;
}

/** The member API runs for signed-in members only, on their own data account. */
export function requireMemberAccount(): MiddlewareHandler<ServerEnv> {
  return async (c, next) => {
    const user = requireRole(c, 'member');
    if (user.accountId === null) throw new Error('a member without a data account');
    c.set('accountId', user.accountId);
    await next();
  };
}
