/**
 * Expected failures of a use case (docs/architecture.md, "Errors"). The CLI maps each code to an exit
 * code and the server to an HTTP status, each in one place; bugs throw plain errors instead.
 */
export type AppErrorCode =
  | 'usage'
  | 'not-found'
  | 'ambiguous'
  | 'invalid-input'
  | 'unsupported-format'
  | 'too-large'
  | 'conflict'
  | 'store-locked'
  | 'io'
  // Server mode (issue 9): not signed in, signed in but not allowed, too many failed sign-ins.
  | 'unauthenticated'
  | 'forbidden'
  | 'rate-limited';

export class AppError extends Error {
  readonly code: AppErrorCode;

  constructor(code: AppErrorCode, message: string) {
    super(message);
    this.name = 'AppError';
    this.code = code;
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
