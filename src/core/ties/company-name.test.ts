import { describe, it, expect } from 'vitest';
import { matchCompany, normaliseCompanyName } from './company-name.js';

describe('normaliseCompanyName', () => {
  it.each([
    ['Acme Inc.', 'acme'],
    ['ACME', 'acme'],
    ['Acme, Inc.', 'acme'],
    ['The Acme Company', 'acme'],
    ['Acme Corporation', 'acme'],
    ['Acme GmbH & Co. KG', 'acme'],
    ['Acmé S.A.', 'acme'],
    ['Amazon.com', 'amazon'],
    ['Initech (formerly Initrode)', 'initech'],
    ['Johnson & Johnson', 'johnson and johnson'],
    ['Co', 'co'],
    ['', ''],
  ])('%s -> %s', (name, key) => {
    expect(normaliseCompanyName(name)).toBe(key);
  });
});

describe('matchCompany', () => {
  const targets = new Set(['acme', 'google']);
  const prefixes = ['acme ', 'google '];
  it('matches exact keys and whole-word divisions', () => {
    expect(matchCompany('acme', targets, prefixes)).toBe('acme');
    expect(matchCompany('google cloud', targets, prefixes)).toBe('google');
    expect(matchCompany('googleplex', targets, prefixes)).toBeUndefined();
    expect(matchCompany('', targets, prefixes)).toBeUndefined();
  });
});
