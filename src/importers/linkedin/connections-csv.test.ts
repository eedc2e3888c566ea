import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseConnectionsCsv } from './connections-csv.js';

const fixture = (name: string): Buffer =>
  readFileSync(new URL(`./fixtures/${name}`, import.meta.url));

describe('parseConnectionsCsv', () => {
  it('reads the 2024 file behind its Notes preamble, listing the credentials after the last name', () => {
    const parsed = parseConnectionsCsv(
      fixture('connections-2024-notes-preamble.csv'),
      'Connections.csv',
    );
    expect(parsed.issues).toEqual([]);
    expect(parsed.skipped).toEqual({ 'blank row': 1 });
    expect(parsed.records).toEqual([
      {
        kind: 'connection',
        source: { file: 'Connections.csv', line: 5 },
        person: {
          firstName: 'Ana',
          lastName: 'Ruiz',
          profileUrl: 'https://www.linkedin.com/in/ana-ruiz-4b2a1c',
          company: 'Acme Robotics',
          title: 'Senior Recruiter',
        },
        connectedOn: '2024-12-16',
      },
      {
        kind: 'connection',
        source: { file: 'Connections.csv', line: 6 },
        person: {
          firstName: 'Lena',
          // As written: the people table splits the credentials off into their own column.
          lastName: 'Novak, Ph.D.',
          profileUrl: 'https://www.linkedin.com/in/lena-novak',
          emails: ['lena.novak@example.com'],
          company: 'Globex, Inc.',
          title: 'Director, Data Science',
        },
        connectedOn: '2024-08-01',
        credentials: ['Ph.D.'],
      },
      {
        kind: 'connection',
        source: { file: 'Connections.csv', line: 7 },
        person: {
          firstName: 'Omar',
          lastName: 'Rahman, Certified Executive Coach',
          profileUrl: 'https://www.linkedin.com/in/omar-rahman-coach',
          company: 'Rahman Coaching',
          title: 'Founder',
        },
        connectedOn: '2023-03-05',
        credentials: ['Certified Executive Coach'],
      },
      {
        kind: 'connection',
        source: { file: 'Connections.csv', line: 9 },
        person: {
          firstName: 'Tomás',
          lastName: 'Berg',
          profileUrl: 'https://www.linkedin.com/in/tom%C3%A1s-berg',
          company: 'Initech',
          title: 'Engineer, Platform',
        },
        connectedOn: '2020-02-29',
      },
    ]);
  });

  it('reads a file whose preamble was deleted by hand', () => {
    const parsed = parseConnectionsCsv(
      fixture('connections-preamble-removed.csv'),
      'Connections.csv',
    );
    expect(
      parsed.records.map((r) => [r.source.line, r.kind === 'connection' && r.person.firstName]),
    ).toEqual([
      [2, 'Sofia'],
      [3, 'Jonas'],
    ]);
  });

  it('reads the 2018 six-column file with no URL and M/D/YY dates', () => {
    const parsed = parseConnectionsCsv(fixture('connections-2018-no-url.csv'), 'Connections.csv');
    expect(parsed.issues).toEqual([]);
    expect(parsed.records).toEqual([
      {
        kind: 'connection',
        source: { file: 'Connections.csv', line: 2 },
        person: {
          firstName: 'Priya',
          lastName: 'Shah',
          emails: ['priya.shah@example.com'],
          company: 'Umbrella Labs',
          title: 'Product Manager',
        },
        connectedOn: '2018-01-08',
      },
      {
        kind: 'connection',
        source: { file: 'Connections.csv', line: 3 },
        person: {
          firstName: 'Kenji',
          lastName: 'Mori',
          emails: ['kenji.mori@example.com'],
          company: 'Soylent, Ltd.',
          title: 'CTO',
        },
        connectedOn: '2017-12-30',
      },
    ]);
  });

  it('keeps a row whose date cannot be read, with a bad-date warning naming file and line', () => {
    const parsed = parseConnectionsCsv(fixture('connections-bad-dates.csv'), 'Connections.csv');
    expect(parsed.records).toHaveLength(2);
    expect(
      parsed.records.every((r) => r.kind === 'connection' && r.connectedOn === undefined),
    ).toBe(true);
    expect(parsed.issues).toMatchObject([
      { code: 'bad-date', severity: 'warning', file: 'Connections.csv', line: 2 },
      { code: 'bad-date', severity: 'warning', file: 'Connections.csv', line: 3 },
    ]);
    expect(parsed.issues[0]?.message).toContain('"31 Feb 2024"');
  });

  it('reads no rows, with one issue, when the name columns are missing', () => {
    const parsed = parseConnectionsCsv(
      'URL,Company\nhttps://example.com,Acme\n',
      'Connections.csv',
    );
    expect(parsed.records).toEqual([]);
    expect(parsed.issues).toMatchObject([{ code: 'missing-columns', severity: 'error' }]);
  });
});
