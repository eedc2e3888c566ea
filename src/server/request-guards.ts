import type { Context, MiddlewareHandler } from 'hono';
import { AppError } from '../core/app-error.js';
import { stripControlCharactersDeep } from '../core/control-characters.js';

/** The header the UI's client sends with every state change (see api-client.ts). */
export const CSRF_HEADER = 'x-weakties-request';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
// Names this machine answers to; anything else is a DNS-rebinding page pretending to be us.
const LOCAL_HOST = /^(127\.0\.0\.1|localhost|\[::1\])(:\d{1,5})?$/i;

// A percent-encoded control character (the set core/control-characters.ts removes) in the path
// or the query: no route takes one, and PostgreSQL would refuse it as a parameter.
const ENCODED_CONTROL = /%(0[0-8bcef]|1[0-9a-f]|7f)/i;

/** Whether the request's address holds a control character (answered 400, never passed on). */
export function hasControlCharacterInUrl(url: string): boolean {
  return ENCODED_CONTROL.test(url);
}

export function refuseControlCharacterInUrl(c: Context): Response {
  return c.json({ error: { code: 'usage', message: 'the address holds control characters' } }, 400);
}

/**
 * Another site open in the same browser can post a form to 127.0.0.1, but it cannot send a JSON
 * content type or a custom header without a CORS preflight, which this server never grants. So a
 * state change must carry one of the two; and the Host must be local, which stops DNS rebinding.
 */
export function guardRequests(): MiddlewareHandler {
  return async (c, next) => {
    const host = c.req.header('host') ?? new URL(c.req.url).host;
    if (!LOCAL_HOST.test(host)) {
      return c.json(
        { error: { code: 'forbidden', message: 'this server answers to 127.0.0.1 only' } },
        403,
      );
    }
    if (hasControlCharacterInUrl(c.req.url)) return refuseControlCharacterInUrl(c);
    if (!SAFE_METHODS.has(c.req.method)) {
      const type = (c.req.header('content-type') ?? '').split(';')[0]?.trim().toLowerCase();
      const origin = c.req.header('origin');
      // An Origin that is not a URL ("null", garbage) is as foreign as another site's.
      const isCrossOrigin =
        origin !== undefined && (!URL.canParse(origin) || new URL(origin).host !== host);
      if (isCrossOrigin) {
        return c.json(
          { error: { code: 'forbidden', message: 'state changes from other sites are refused' } },
          403,
        );
      }
      if (type !== 'application/json' && c.req.header(CSRF_HEADER) === undefined) {
        return c.json(
          {
            error: {
              code: 'forbidden',
              message: `a state change needs a JSON body or the ${CSRF_HEADER} header`,
            },
          },
          403,
        );
      }
    }
    await next();
  };
}

/**
 * Reads a JSON object body, or fails with a usage error the error handler maps to 400. Every
 * text in it comes back without control characters (core/control-characters.ts): PostgreSQL
 * refuses a NUL byte that SQLite stores, so both stores see the same goals, notes and emails.
 */
export async function readJsonObject(request: Request): Promise<Record<string, unknown>> {
  let value: unknown;
  try {
    value = await request.json();
  } catch {
    throw new AppError('usage', 'the request body must be JSON');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new AppError('usage', 'the request body must be a JSON object');
  }
  return stripControlCharactersDeep(value as Record<string, unknown>).value;
}
