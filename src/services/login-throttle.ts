/**
 * Sign-in rate limiting (issue 9; OWASP Authentication Cheat Sheet, "Login Throttling"; NIST
 * SP 800-63B-4 §3.2.2 asks for at most 100 consecutive failures). Failures are counted per
 * email and per client address in a sliding window, in the store, so a restart does not reset
 * them. Unknown emails count like known ones: the answer never tells whether an account exists.
 *
 * An attempt is counted before its password is checked and uncounted if it succeeds, so a burst
 * of parallel guesses cannot all pass the check before any failure is written.
 */
import type { Store } from '../store/open-store.js';
import {
  countLoginFailures,
  deleteLoginFailureRows,
  deleteLoginFailures,
  deleteLoginFailuresBefore,
  findOldestLoginFailure,
  insertLoginFailure,
} from '../store/accounts-store.js';

// Design choices: 5 wrong passwords per email in 15 minutes stops online guessing (at most 480
// guesses a day) while a person who mistypes can try again soon. A campus or office shares one
// public address among many members, so the per-address limit is ten times higher.
export const LOGIN_WINDOW_MS = 15 * 60_000;
export const MAX_FAILURES_PER_EMAIL = 5;
export const MAX_FAILURES_PER_ADDRESS = 50;

export interface SignInAttempt {
  email: string;
  ip: string;
}

/** A counted attempt: settle it with `succeed` or `fail`. */
export interface CountedAttempt {
  /** When the attempt is refused unchecked: the time the lock ends. */
  lockedUntil?: Date;
  /** The right password: uncount this attempt and clear the email's failures. */
  succeed(): Promise<void>;
  /** A wrong password: the attempt stays counted; true when it is the one that locks the email. */
  fail(): Promise<boolean>;
}

function keysFor(attempt: SignInAttempt): { key: string; limit: number }[] {
  const keys = [{ key: `email:${attempt.email}`, limit: MAX_FAILURES_PER_EMAIL }];
  if (attempt.ip !== '') keys.push({ key: `ip:${attempt.ip}`, limit: MAX_FAILURES_PER_ADDRESS });
  return keys;
}

export async function countSignInAttempt(
  store: Store,
  attempt: SignInAttempt,
  now: Date,
): Promise<CountedAttempt> {
  const at = now.toISOString();
  const since = new Date(now.getTime() - LOGIN_WINDOW_MS).toISOString();
  await deleteLoginFailuresBefore(store.db, since);
  const ids: number[] = [];
  for (const { key } of keysFor(attempt)) ids.push(await insertLoginFailure(store.db, key, at));
  let lockedUntil: Date | undefined;
  let emailCount = 0;
  for (const { key, limit } of keysFor(attempt)) {
    const count = await countLoginFailures(store.db, key, since);
    if (key.startsWith('email:')) emailCount = count;
    if (count <= limit) continue;
    const oldest = await findOldestLoginFailure(store.db, key, since);
    const ends = new Date(new Date(oldest ?? at).getTime() + LOGIN_WINDOW_MS);
    if (!lockedUntil || ends > lockedUntil) lockedUntil = ends;
  }
  // A refused attempt is not counted: a locked-out guesser cannot grow the table or the lock.
  if (lockedUntil) await deleteLoginFailureRows(store.db, ids);
  return {
    ...(lockedUntil ? { lockedUntil } : {}),
    succeed: async () => {
      await deleteLoginFailureRows(store.db, ids);
      await deleteLoginFailures(store.db, `email:${attempt.email}`);
    },
    fail: () => Promise.resolve(emailCount === MAX_FAILURES_PER_EMAIL),
  };
}
