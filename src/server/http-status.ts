import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { isAppError, type AppErrorCode } from '../core/app-error.js';

/**
 * The one place where failures become HTTP statuses and JSON error bodies (docs/architecture.md,
 * "Errors"), as src/cli/exit-codes.ts does for exit codes.
 */
const HTTP_STATUSES: Record<AppErrorCode, ContentfulStatusCode> = {
  usage: 400,
  'invalid-input': 422,
  'unsupported-format': 415,
  'too-large': 413,
  'not-found': 404,
  ambiguous: 409,
  conflict: 409,
  'store-locked': 503,
  io: 500,
  unauthenticated: 401,
  forbidden: 403,
  'rate-limited': 429,
};

export interface HttpFailure {
  status: ContentfulStatusCode;
  body: { error: { code: AppErrorCode | 'internal'; message: string } };
}

export function describeHttpFailure(error: unknown): HttpFailure {
  if (isAppError(error)) {
    return {
      status: HTTP_STATUSES[error.code],
      body: { error: { code: error.code, message: error.message } },
    };
  }
  if (error instanceof Error && /SQLITE_BUSY|database is locked/.test(error.message)) {
    return {
      status: HTTP_STATUSES['store-locked'],
      body: {
        error: {
          code: 'store-locked',
          message: 'the store is busy (another weakties is writing to it); try again in a moment',
        },
      },
    };
  }
  // A bug: the details go to the server's console, not to the page (they may hold paths).
  return {
    status: 500,
    body: { error: { code: 'internal', message: 'internal error (see the server console)' } },
  };
}
