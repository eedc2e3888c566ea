import { isAppError, type AppErrorCode } from '../core/app-error.js';

/**
 * The one place where failures become exit codes and one-line messages (docs/architecture.md,
 * "Errors"). Codes follow BSD sysexits where one fits, so scripts can tell them apart.
 */
const EXIT_CODES: Record<AppErrorCode, number> = {
  usage: 64, // EX_USAGE
  'invalid-input': 65, // EX_DATAERR
  'unsupported-format': 65,
  'too-large': 65,
  'not-found': 66, // EX_NOINPUT
  ambiguous: 67,
  conflict: 75, // EX_TEMPFAIL: try again
  'store-locked': 75,
  io: 74, // EX_IOERR
  unauthenticated: 77, // EX_NOPERM
  forbidden: 77,
  'rate-limited': 75,
};

export const EXIT_BUG = 70; // EX_SOFTWARE

export function describeFailure(error: unknown): { exitCode: number; message: string } {
  if (isAppError(error)) return { exitCode: EXIT_CODES[error.code], message: error.message };
  if (error instanceof Error && /SQLITE_BUSY|database is locked/.test(error.message)) {
    return {
      exitCode: EXIT_CODES['store-locked'],
      message: 'the store is busy (another weakties is writing to it); try again in a moment',
    };
  }
  const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
  return { exitCode: EXIT_BUG, message: `internal error (please report it): ${detail}` };
}
