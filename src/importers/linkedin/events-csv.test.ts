import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseEventsCsv } from './events-csv.js';

const fixture = (name: string): Buffer =>
  readFileSync(new URL(`./fixtures/${name}`, import.meta.url));

describe('parseEventsCsv', () => {
  it('splits the event time span into local start and end', () => {
    const parsed = parseEventsCsv(fixture('events-time-span.csv'), 'Events.csv');
    expect(parsed.records).toEqual([
      {
        kind: 'event',
        source: { file: 'Events.csv', line: 2 },
        name: 'Lisbon Data Meetup',
        startsAt: '2022-09-23T12:00:00',
        endsAt: '2022-09-23T12:20:00',
        status: 'ATTENDING',
        url: 'https://example.com/events/lisbon-data',
      },
    ]);
  });
});
