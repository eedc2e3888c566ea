import { describe, expect, it } from 'vitest';
import {
  createSecretToken,
  deriveCsrfToken,
  hashSecretToken,
  isSameSecret,
  isTokenShaped,
} from './secret-tokens.js';

describe('secret tokens', () => {
  it('are 256 random bits, URL-safe, never repeated', () => {
    const tokens = Array.from({ length: 1000 }, createSecretToken);
    expect(new Set(tokens).size).toBe(1000);
    for (const token of tokens.slice(0, 20)) {
      expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(Buffer.from(token, 'base64url')).toHaveLength(32);
      expect(isTokenShaped(token)).toBe(true);
    }
    expect(isTokenShaped('short')).toBe(false);
    expect(isTokenShaped(`${'a'.repeat(42)}=`)).toBe(false);
    expect(isTokenShaped("' or 1=1 --")).toBe(false);
  });

  it('are stored as SHA-256 (FIPS 180-2 test vector "abc")', () => {
    expect(hashSecretToken('abc')).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
  });

  it('give each session its own CSRF token, which does not reveal the session', () => {
    const a = createSecretToken();
    const b = createSecretToken();
    expect(deriveCsrfToken(a)).toBe(deriveCsrfToken(a));
    expect(deriveCsrfToken(a)).not.toBe(deriveCsrfToken(b));
    expect(deriveCsrfToken(a)).not.toContain(a);
    expect(deriveCsrfToken(a)).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('compare equal secrets equal and anything else unequal', () => {
    const token = createSecretToken();
    expect(isSameSecret(token, token)).toBe(true);
    expect(isSameSecret(token.slice(0, 42), token)).toBe(false);
    expect(isSameSecret('', token)).toBe(false);
    expect(isSameSecret(`${token}x`, token)).toBe(false);
  });
});
