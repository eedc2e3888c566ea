import { describe, expect, it } from 'vitest';
import {
  checkNewPassword,
  isCommonPassword,
  DEFAULT_SCRYPT_COST,
  hashPassword,
  MIN_PASSWORD_LENGTH,
  verifyPassword,
} from './password-hash.js';

// RFC 7914 §12, the third test vector: scrypt(P="password", S="NaCl", N=1024, r=8, p=16). Our
// digests are 32 bytes, the first half of the vector's 64 (PBKDF2's first block is the same).
const RFC_7914_DIGEST = Buffer.from(
  'fdbabe1c9d3472007856e7190d01e9fe7c6ad7cbc8237830e77376634b373162',
  'hex',
);

describe('password hashing', () => {
  it('agrees with the RFC 7914 test vector', async () => {
    const stored = [
      'scrypt',
      10,
      8,
      16,
      Buffer.from('NaCl').toString('base64url'),
      RFC_7914_DIGEST.toString('base64url'),
    ].join('$');
    expect(await verifyPassword('password', stored)).toBe(true);
    expect(await verifyPassword('Password', stored)).toBe(false);
  });

  it('stores the OWASP cost with a fresh salt, and verifies only the same password', async () => {
    const password = 'a long walk along the canal';
    const first = await hashPassword(password);
    const second = await hashPassword(password);
    const [kind, log2N, r, p, salt, digest] = first.split('$');
    expect([kind, Number(log2N), Number(r), Number(p)]).toEqual([
      'scrypt',
      DEFAULT_SCRYPT_COST.log2N,
      DEFAULT_SCRYPT_COST.r,
      DEFAULT_SCRYPT_COST.p,
    ]);
    expect(Buffer.from(salt ?? '', 'base64url')).toHaveLength(16);
    expect(Buffer.from(digest ?? '', 'base64url')).toHaveLength(32);
    // The same password twice: two salts, two digests.
    expect(second).not.toBe(first);
    expect(await verifyPassword(password, first)).toBe(true);
    expect(await verifyPassword(password, second)).toBe(true);
    expect(await verifyPassword('a long walk along the canaL', first)).toBe(false);
  });

  it('compares passwords after NFKC normalisation (NIST SP 800-63B-4)', async () => {
    // U+FB01 is the "fi" ligature; NFKC turns it into the two letters.
    const stored = await hashPassword('\ufb01ve red apples', { log2N: 10, r: 8, p: 1 });
    expect(await verifyPassword('five red apples', stored)).toBe(true);
  });

  it('refuses a damaged stored hash as a bug, not as a wrong password', async () => {
    await expect(verifyPassword('x', 'scrypt$30$8$1$AAAA$AAAA')).rejects.toThrow(/malformed/);
    await expect(verifyPassword('x', 'bcrypt$10$abc')).rejects.toThrow(/malformed/);
  });
});

describe('rules for a new password', () => {
  it('asks for 15 characters, counted after normalisation', () => {
    expect(MIN_PASSWORD_LENGTH).toBe(15);
    expect(() => checkNewPassword('fourteen chars', [])).toThrow(/at least 15/);
    expect(() => checkNewPassword('fifteen chars!!', [])).not.toThrow();
    // 14 code points as typed, 15 once the ligature is two letters.
    expect(() => checkNewPassword('\ufb01ve red apples', [])).not.toThrow();
  });

  it('refuses repeated patterns and context words, not character classes', () => {
    expect(() => checkNewPassword('aaaaaaaaaaaaaaaaaaaa', [])).toThrow(/repeated/);
    expect(() => checkNewPassword('abababababababababab', [])).toThrow(/repeated/);
    expect(() => checkNewPassword('my weakties password', [])).toThrow(/app name/);
    expect(() =>
      checkNewPassword('olive.owner@northfield.example', ['olive.owner@northfield.example']),
    ).toThrow(/email/);
    expect(() => checkNewPassword('hello northfield careers', ['Northfield Careers'])).toThrow(
      /organisation/,
    );
    // No upper case, digits or symbols needed (NIST: no composition rules).
    expect(() => checkNewPassword('plain lower case words', [])).not.toThrow();
    expect(() => checkNewPassword('x'.repeat(200) + 'abcde', [])).not.toThrow();
    expect(() => checkNewPassword('abcde'.repeat(52), [])).toThrow(/256/);
  });

  it('refuses the common passwords of the shipped list, and them with digits added', () => {
    // On the list (data/common-passwords/common-passwords.txt): 1qaz2wsx3edc4rfv is line 11,239,
    // passwordpassword 34,761, qwertyuiop 23 and iloveyou 51 (digits and a symbol added).
    expect(isCommonPassword('1qaz2wsx3edc4rfv')).toBe(true);
    expect(() => checkNewPassword('1qaz2wsx3edc4rfv', [])).toThrow(/common passwords/);
    expect(() => checkNewPassword('passwordpassword', [])).toThrow(/common passwords/);
    expect(() => checkNewPassword('QWERTYUIOP123456', [])).toThrow(/common passwords/);
    expect(() => checkNewPassword('iloveyou12345678!', [])).toThrow(/common passwords/);
    // A passphrase of ordinary words is not a listed password.
    expect(isCommonPassword('correct horse battery staple')).toBe(false);
    expect(() => checkNewPassword('saffron kettle under moonlight', [])).not.toThrow();
  });
});
