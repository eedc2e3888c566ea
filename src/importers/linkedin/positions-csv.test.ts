import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePositionsCsv } from './positions-csv.js';

const fixture = (name: string): Buffer =>
  readFileSync(new URL(`./fixtures/${name}`, import.meta.url));

describe('parsePositionsCsv', () => {
  it('reads months, and an empty Finished On as the current job', () => {
    const parsed = parsePositionsCsv(fixture('positions-current-and-past.csv'), 'Positions.csv');
    expect(parsed.records).toEqual([
      {
        kind: 'position',
        source: { file: 'Positions.csv', line: 2 },
        company: 'Acme Robotics',
        title: 'Senior Data Engineer',
        description: 'Built the ingestion platform, end to end.',
        location: 'Lisbon, Portugal',
        startedOn: '2021-06',
      },
      {
        kind: 'position',
        source: { file: 'Positions.csv', line: 3 },
        company: 'Globex',
        title: 'Data Engineer',
        location: 'Porto',
        startedOn: '2018-01',
        finishedOn: '2021-05',
      },
    ]);
  });
});
