import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseEmailAddressesCsv, parsePhoneNumbersCsv } from './owner-contacts-csv.js';

const fixture = (name: string): Buffer =>
  readFileSync(new URL(`./fixtures/${name}`, import.meta.url));

describe('owner contact files', () => {
  it('reads Email Addresses.csv with its primary flag', () => {
    const parsed = parseEmailAddressesCsv(fixture('email-addresses.csv'), 'Email Addresses.csv');
    expect(parsed.records).toEqual([
      {
        kind: 'owner-contact',
        source: { file: 'Email Addresses.csv', line: 2 },
        channel: 'email',
        value: 'marta.silva@example.com',
        isPrimary: true,
      },
      {
        kind: 'owner-contact',
        source: { file: 'Email Addresses.csv', line: 3 },
        channel: 'email',
        value: 'marta.old@example.com',
        isPrimary: false,
      },
    ]);
  });

  it('reads PhoneNumbers.csv, keeping an extension', () => {
    const parsed = parsePhoneNumbersCsv(
      fixture('phone-numbers-with-extension.csv'),
      'PhoneNumbers.csv',
    );
    expect(parsed.records.map((r) => r.kind === 'owner-contact' && [r.channel, r.value])).toEqual([
      ['phone', '+351 912 345 678'],
      ['phone', '+351 21 000 0000 ext. 12'],
    ]);
  });
});
