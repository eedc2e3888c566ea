import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseInvitationsCsv } from './invitations-csv.js';

const fixture = (name: string): Buffer =>
  readFileSync(new URL(`./fixtures/${name}`, import.meta.url));

describe('parseInvitationsCsv', () => {
  it('keeps both directions, the other person of each, and the note', () => {
    const parsed = parseInvitationsCsv(
      fixture('invitations-2024-both-directions.csv'),
      'Invitations.csv',
    );
    expect(parsed.issues).toEqual([]);
    expect(parsed.records).toEqual([
      {
        kind: 'invitation',
        source: { file: 'Invitations.csv', line: 2 },
        direction: 'out',
        person: { fullName: 'Priya Shah', profileUrl: 'https://www.linkedin.com/in/priya-shah-55' },
        sentAt: '2024-12-15T07:47:00',
      },
      {
        kind: 'invitation',
        source: { file: 'Invitations.csv', line: 3 },
        direction: 'in',
        person: { fullName: 'Kenji Mori', profileUrl: 'https://www.linkedin.com/in/kenji-mori' },
        sentAt: '2024-12-10T22:05:00',
        note: 'Hi Marta, we met at the data meetup in Lisbon, glad to connect.',
      },
    ]);
  });

  it('reads the 2018 file that ends at Direction, with names only', () => {
    const parsed = parseInvitationsCsv(fixture('invitations-2018-no-urls.csv'), 'Invitations.csv');
    expect(parsed.records).toMatchObject([
      { direction: 'out', person: { fullName: 'Jonas Weber' }, sentAt: '2018-11-02T15:05:00' },
      { direction: 'in', person: { fullName: 'Sofia Lind' }, note: 'Great talk today!' },
    ]);
  });

  it('skips a row with an unknown direction, with an issue', () => {
    const parsed = parseInvitationsCsv(
      'From,To,Sent At,Message,Direction\nA B,C D,,,SIDEWAYS\n',
      'Invitations.csv',
    );
    expect(parsed.records).toEqual([]);
    expect(parsed.issues).toMatchObject([{ code: 'bad-row', line: 2 }]);
  });
});
