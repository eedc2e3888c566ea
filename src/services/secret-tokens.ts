/**
 * Random secrets for links and sessions, and how they are kept (OWASP Session Management Cheat
 * Sheet: at least 64 bits of entropy from a CSPRNG; we use 256). Only a SHA-256 of a token is
 * stored, so a copy of the database opens no session and accepts no invitation. A fast hash is
 * right here, unlike for passwords: the token is random, not guessable.
 */
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

const TOKEN_BYTES = 32;
// base64url of 32 bytes, without padding.
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

/** A 256-bit random token, URL-safe. */
export function createSecretToken(): string {
  return randomBytes(TOKEN_BYTES).toString('base64url');
}

/** Whether text has a token's shape; anything else is refused before it reaches a query. */
export function isTokenShaped(text: string): boolean {
  return TOKEN_PATTERN.test(text);
}

export function hashSecretToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/**
 * The session's CSRF token (OWASP CSRF Prevention Cheat Sheet, "signed double-submit"): an HMAC
 * of a fixed label keyed by the session id. The page reads it from /api/auth/me and echoes it
 * in a header; another site can neither read it nor compute it, since the session id lives in
 * an httpOnly cookie. Nothing extra is stored, and it changes with every new session.
 */
export function deriveCsrfToken(sessionId: string): string {
  return createHmac('sha256', sessionId).update('weakties csrf token v1').digest('base64url');
}

/** Compares two secrets in time that does not depend on where they differ. */
export function isSameSecret(given: string, expected: string): boolean {
  // Hashing first gives equal lengths, which timingSafeEqual needs, without leaking the length.
  const a = createHash('sha256').update(given, 'utf8').digest();
  const b = createHash('sha256').update(expected, 'utf8').digest();
  return timingSafeEqual(a, b);
}
