/**
 * Sign-in throttling that a stranger cannot turn into a lockout (OWASP Authentication Cheat
 * Sheet, "Login Throttling"; OWASP, "Slow Down Online Guessing Attacks with Device Cookies";
 * NIST SP 800-63B-4 §3.2.2: at most 100 consecutive failures on one account). Failures are kept
 * in the store, so a restart does not reset them, and unknown emails count like known ones, so
 * the answer never tells whether an account exists.
 *
 * - From a known device (a browser that signed in to this account before and holds its device
 *   cookie): only that device's own failures count, with growing delays. Nobody else's
 *   failures, from any address, ever slow it down.
 * - From anywhere else, three counts:
 *   - per account and address: the first failures are free, then each further attempt waits
 *     twice as long as the one before, up to 15 minutes: no hard lock, and a person who mistypes
 *     waits seconds;
 *   - per address, all accounts: a limit on spraying many accounts from one place, high enough
 *     for a campus behind one public address;
 *   - per account, all addresses: the NIST ceiling against guesses spread over many addresses.
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
  findLatestLoginFailure,
  findOldestLoginFailure,
  insertLoginFailure,
} from '../store/accounts-store.js';

// Design choices: five failures before any wait, then 1 s, 2 s, 4 s ... up to 15 minutes; the
// growing waits are counted over a day, so at most about 110 guesses a day per account and
// address (close to NIST's 100).
export const FREE_FAILURES = 5;
export const FIRST_DELAY_MS = 1_000;
export const MAX_DELAY_MS = 15 * 60_000;
export const DELAY_WINDOW_MS = 24 * 60 * 60_000;
// Spraying: 50 failures in 15 minutes from one address (a campus shares one public address
// among many members; design choice, as before), after which only known devices get through.
export const ADDRESS_WINDOW_MS = 15 * 60_000;
export const MAX_FAILURES_PER_ADDRESS = 50;
// NIST SP 800-63B-4 §3.2.2: no more than 100 consecutive failed attempts on one account; they
// stop attempts from unknown devices only.
export const ACCOUNT_WINDOW_MS = 24 * 60 * 60_000;
export const MAX_FAILURES_PER_ACCOUNT = 100;

export interface SignInAttempt {
  email: string;
  ip: string;
  /** The hash of a device cookie already checked to be one of this account's known devices. */
  knownDeviceHash?: string;
}

/** Why an attempt was refused unchecked, for the message and the audit log. */
export type ThrottleReason = 'slow-down' | 'address' | 'account';

/** A counted attempt: settle it with `succeed` or leave it counted (a failure). */
export interface CountedAttempt {
  /** When the attempt is refused unchecked: the time the next attempt may come. */
  retryAt?: Date;
  reason?: ThrottleReason;
  /** The right password: uncount this attempt and clear the waits it had built up. */
  succeed(): Promise<void>;
}

interface Rule {
  key: string;
  kind: 'delay' | 'limit';
  window: number;
  limit: number;
  reason: ThrottleReason;
}

/** The growing wait after `failures` failures (before this attempt). */
export function delayAfter(failures: number): number {
  if (failures < FREE_FAILURES) return 0;
  return Math.min(MAX_DELAY_MS, FIRST_DELAY_MS * 2 ** (failures - FREE_FAILURES));
}

function rulesFor(attempt: SignInAttempt): Rule[] {
  const delay = { kind: 'delay' as const, window: DELAY_WINDOW_MS, limit: 0 };
  if (attempt.knownDeviceHash !== undefined) {
    return [{ key: `device:${attempt.knownDeviceHash}`, ...delay, reason: 'slow-down' }];
  }
  const rules: Rule[] = [
    { key: `pair:${attempt.email} ${attempt.ip}`, ...delay, reason: 'slow-down' },
    {
      key: `account:${attempt.email}`,
      kind: 'limit',
      window: ACCOUNT_WINDOW_MS,
      limit: MAX_FAILURES_PER_ACCOUNT,
      reason: 'account',
    },
  ];
  if (attempt.ip !== '') {
    rules.push({
      key: `ip:${attempt.ip}`,
      kind: 'limit',
      window: ADDRESS_WINDOW_MS,
      limit: MAX_FAILURES_PER_ADDRESS,
      reason: 'address',
    });
  }
  return rules;
}

export async function countSignInAttempt(
  store: Store,
  attempt: SignInAttempt,
  now: Date,
): Promise<CountedAttempt> {
  const at = now.toISOString();
  const sinceOf = (window: number) => new Date(now.getTime() - window).toISOString();
  await deleteLoginFailuresBefore(store.db, sinceOf(Math.max(DELAY_WINDOW_MS, ACCOUNT_WINDOW_MS)));
  const rules = rulesFor(attempt);
  const ids: number[] = [];
  for (const { key } of rules) ids.push(await insertLoginFailure(store.db, key, at));
  let retryAt: Date | undefined;
  let reason: ThrottleReason | undefined;
  const refuse = (until: Date, why: ThrottleReason) => {
    if (!retryAt || until > retryAt) {
      retryAt = until;
      reason = why;
    }
  };
  for (const rule of rules) {
    const since = sinceOf(rule.window);
    // Counted with this attempt's own row, so parallel attempts see each other.
    const count = await countLoginFailures(store.db, rule.key, since);
    if (rule.kind === 'limit') {
      if (count <= rule.limit) continue;
      const oldest = await findOldestLoginFailure(store.db, rule.key, since);
      refuse(new Date(new Date(oldest ?? at).getTime() + rule.window), rule.reason);
      continue;
    }
    const wait = delayAfter(count - 1);
    if (wait === 0) continue;
    const latest = await findLatestLoginFailure(store.db, rule.key, since, ids);
    const until = new Date(new Date(latest ?? at).getTime() + wait);
    if (until > now) refuse(until, rule.reason);
  }
  // A refused attempt is not counted: waiting it out is all a guesser can do.
  if (retryAt) await deleteLoginFailureRows(store.db, ids);
  return {
    ...(retryAt ? { retryAt } : {}),
    ...(reason ? { reason } : {}),
    succeed: async () => {
      await deleteLoginFailureRows(store.db, ids);
      // The waits this person built up end; the address and account counts stay, since a
      // guesser's failures are among them.
      await deleteLoginFailures(store.db, rules[0]?.key ?? '');
    },
  };
}

/** The wait in words: "12 seconds", "3 minutes". */
export function describeWait(retryAt: Date, now: Date): string {
  const seconds = Math.max(1, Math.ceil((retryAt.getTime() - now.getTime()) / 1000));
  if (seconds < 90) return `${seconds} second${seconds === 1 ? '' : 's'}`;
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} minute${minutes === 1 ? '' : 's'}`;
}
