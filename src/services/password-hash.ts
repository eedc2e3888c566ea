/**
 * Passwords (issue 9: "passwords hashed with scrypt or argon2"). scrypt from node:crypto with a
 * random 16-byte salt per password, compared in constant time. The cost is stored with each
 * digest, so raising it later still verifies old passwords.
 *
 * Rules for new passwords follow NIST SP 800-63B-4 §3.1.1.2: at least 15 characters for a
 * password that is the only factor, counted in Unicode code points after NFKC normalisation; no
 * composition rules; long passphrases allowed; a check against a blocklist of common passwords
 * and against context-specific words.
 */
import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { AppError } from '../core/app-error.js';

// The blocklist NIST SP 800-63B-4 §3.1.1.2 asks for: zxcvbn's common passwords, shipped in the
// repository (data/common-passwords/README.md), read once, from src/ or dist/ alike.
const COMMON_PASSWORDS_FILE = new URL(
  '../../data/common-passwords/common-passwords.txt',
  import.meta.url,
);
let commonPasswords: Set<string> | undefined;

function loadCommonPasswords(): Set<string> {
  commonPasswords ??= new Set(
    readFileSync(COMMON_PASSWORDS_FILE, 'utf8')
      .split('\n')
      .map((line) => line.trim().normalize('NFKC').toLowerCase())
      .filter((line) => line !== ''),
  );
  return commonPasswords;
}

// Digits and symbols people add around a common password to pass a length rule.
const PADDING = /^[\d\W_]+|[\d\W_]+$/gu;

/** Whether a password is a common one, or one with only digits and symbols around it. */
export function isCommonPassword(password: string): boolean {
  const list = loadCommonPasswords();
  const lower = password.normalize('NFKC').trim().toLowerCase();
  if (list.has(lower)) return true;
  const core = lower.replace(PADDING, '');
  return core.length >= 4 && core !== lower && list.has(core);
}

export interface ScryptCost {
  /** log2 of scrypt's CPU/memory cost N. */
  log2N: number;
  /** Block size r. */
  r: number;
  /** Parallelisation p. */
  p: number;
}

/**
 * OWASP Password Storage Cheat Sheet (scrypt): N=2^17, r=8, p=1, or an equivalent setting from
 * its table; N=2^15, r=8, p=3 is the equivalent that needs a quarter of the memory (32 MiB, not
 * 128 MiB), so a burst of sign-ins on a small server cannot exhaust its memory. About 0.35 s on
 * one core of the development machine.
 */
export const DEFAULT_SCRYPT_COST: ScryptCost = { log2N: 15, r: 8, p: 3 };

// NIST SP 800-63B-4 §3.1.1.2: 15 characters minimum for a single-factor password; it asks
// verifiers to allow at least 64, and 256 bounds the work one request can cause (design choice).
export const MIN_PASSWORD_LENGTH = 15;
export const MAX_PASSWORD_LENGTH = 256;
// Distinct characters below which a password is a run such as "aaaa..." or "abab..." (design
// choice; NIST asks to refuse repetitive values).
const MIN_DISTINCT_CHARACTERS = 5;

const SALT_BYTES = 16;
const DIGEST_BYTES = 32;
// Bounds on a stored cost, so a damaged row cannot ask for gigabytes of memory.
const COST_LIMITS = { log2N: [10, 20], r: [1, 32], p: [1, 16] } as const;

function deriveKey(password: string, salt: Buffer, cost: ScryptCost): Promise<Buffer> {
  const N = 2 ** cost.log2N;
  return new Promise((resolve, reject) => {
    // scrypt needs 128 * N * r bytes; node's default ceiling is 32 MiB, so give it room.
    scrypt(
      password.normalize('NFKC'),
      salt,
      DIGEST_BYTES,
      { N, r: cost.r, p: cost.p, maxmem: 256 * N * cost.r },
      (error, key) => (error ? reject(error) : resolve(key)),
    );
  });
}

/** `scrypt$<log2 N>$<r>$<p>$<salt>$<digest>` with base64url salt and digest. */
export async function hashPassword(
  password: string,
  cost: ScryptCost = DEFAULT_SCRYPT_COST,
): Promise<string> {
  const salt = randomBytes(SALT_BYTES);
  const digest = await deriveKey(password, salt, cost);
  return [
    'scrypt',
    cost.log2N,
    cost.r,
    cost.p,
    salt.toString('base64url'),
    digest.toString('base64url'),
  ].join('$');
}

function parseStoredHash(stored: string): { cost: ScryptCost; salt: Buffer; digest: Buffer } {
  const parts = stored.split('$');
  const [kind, log2N, r, p, salt, digest] = parts;
  const cost = { log2N: Number(log2N), r: Number(r), p: Number(p) };
  const isCostInRange = (Object.keys(COST_LIMITS) as (keyof ScryptCost)[]).every((key) => {
    const [low, high] = COST_LIMITS[key];
    return Number.isInteger(cost[key]) && cost[key] >= low && cost[key] <= high;
  });
  if (parts.length !== 6 || kind !== 'scrypt' || !isCostInRange || !salt || !digest) {
    // Only this module writes the column: a malformed value is a bug or a damaged store.
    throw new Error('a stored password hash is malformed');
  }
  return { cost, salt: Buffer.from(salt, 'base64url'), digest: Buffer.from(digest, 'base64url') };
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const { cost, salt, digest } = parseStoredHash(stored);
  if (password.length > MAX_PASSWORD_LENGTH * 4) return false;
  const computed = await deriveKey(password, salt, cost);
  return computed.length === digest.length && timingSafeEqual(computed, digest);
}

/**
 * Checks a new password against the rules above; returns nothing or throws `invalid-input`
 * with a message the person can act on. `context` holds words the password must not contain
 * (their email, the organisation's name).
 */
export function checkNewPassword(password: string, context: string[]): void {
  const characters = [...password.normalize('NFKC')];
  if (characters.length < MIN_PASSWORD_LENGTH) {
    throw new AppError(
      'invalid-input',
      `choose a password of at least ${MIN_PASSWORD_LENGTH} characters (a few words make a good one)`,
    );
  }
  if (characters.length > MAX_PASSWORD_LENGTH) {
    throw new AppError(
      'invalid-input',
      `a password is limited to ${MAX_PASSWORD_LENGTH} characters`,
    );
  }
  if (new Set(characters).size < MIN_DISTINCT_CHARACTERS) {
    throw new AppError('invalid-input', 'choose a password that is not one repeated pattern');
  }
  if (isCommonPassword(password)) {
    throw new AppError(
      'invalid-input',
      'this password is on a list of common passwords that attackers try first; choose another (a few unrelated words make a good one)',
    );
  }
  const lower = password.normalize('NFKC').toLowerCase();
  for (const word of [...context, 'weakties']) {
    const w = word.trim().toLowerCase();
    if (w.length >= 4 && lower.includes(w)) {
      throw new AppError(
        'invalid-input',
        'choose a password that does not contain your email, the organisation or the app name',
      );
    }
  }
}
