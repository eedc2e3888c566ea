import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseEndorsementsCsv } from './endorsements-csv.js';

const fixture = (name: string): Buffer =>
  readFileSync(new URL(`./fixtures/${name}`, import.meta.url));

describe('parseEndorsementsCsv', () => {
  it('reads the endorser, keeping the scheme-less URL and the last name as written', () => {
    const parsed = parseEndorsementsCsv(
      fixture('endorsements-url-without-scheme.csv'),
      'Endorsement_Received_Info.csv',
    );
    expect(parsed.records).toEqual([
      {
        kind: 'endorsement',
        source: { file: 'Endorsement_Received_Info.csv', line: 2 },
        person: {
          firstName: 'Ana',
          lastName: 'Ruiz',
          profileUrl: 'www.linkedin.com/in/ana-ruiz-4b2a1c',
        },
        skill: 'Python',
        endorsedAt: '2024-12-07T14:51:07Z',
        status: 'ACCEPTED',
      },
      {
        kind: 'endorsement',
        source: { file: 'Endorsement_Received_Info.csv', line: 3 },
        person: {
          firstName: 'Lena',
          lastName: 'Novak, Ph.D.',
          profileUrl: 'www.linkedin.com/in/lena-novak',
        },
        skill: 'SQL',
        endorsedAt: '2023-02-11T09:00:00Z',
        status: 'ACCEPTED',
      },
    ]);
  });
});
