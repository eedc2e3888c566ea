import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCompanyFollowsCsv } from './company-follows-csv.js';

const fixture = (name: string): Buffer =>
  readFileSync(new URL(`./fixtures/${name}`, import.meta.url));

describe('parseCompanyFollowsCsv', () => {
  it('reads organisations with commas and Java-style UTC dates', () => {
    const parsed = parseCompanyFollowsCsv(
      fixture('company-follows-utc-dates.csv'),
      'Company Follows.csv',
    );
    expect(parsed.records).toEqual([
      {
        kind: 'company-follow',
        source: { file: 'Company Follows.csv', line: 2 },
        organization: 'Acme Robotics',
        followedOn: '2024-12-14T08:57:55Z',
      },
      {
        kind: 'company-follow',
        source: { file: 'Company Follows.csv', line: 3 },
        organization: 'Globex, Inc.',
        followedOn: '2024-01-08T14:00:00Z',
      },
    ]);
  });
});
