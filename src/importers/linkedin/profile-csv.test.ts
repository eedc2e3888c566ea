import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseProfileCsv } from './profile-csv.js';

const fixture = (name: string): Buffer =>
  readFileSync(new URL(`./fixtures/${name}`, import.meta.url));

describe('parseProfileCsv', () => {
  it('reads the 2024 profile with a birthday whose year is hidden', () => {
    const parsed = parseProfileCsv(fixture('profile-2024-birthday-no-year.csv'), 'Profile.csv');
    expect(parsed.issues).toEqual([]);
    expect(parsed.records).toEqual([
      {
        kind: 'owner-profile',
        source: { file: 'Profile.csv', line: 2 },
        firstName: 'Marta',
        lastName: 'Silva',
        headline: 'Data engineer, open to platform roles',
        summary: 'I build data platforms.\nLisbon based.',
        industry: 'Software Development',
        location: 'Lisbon, Portugal',
        birthDate: '--03-31',
        websites: '[PERSONAL:https://marta.example.com]',
      },
    ]);
  });

  it('reads the 2018 profile with Country and a full birth date', () => {
    const parsed = parseProfileCsv(fixture('profile-2018-country.csv'), 'Profile.csv');
    expect(parsed.records).toMatchObject([
      { firstName: 'Marta', location: 'PT', birthDate: '1998-02-17' },
    ]);
  });
});
