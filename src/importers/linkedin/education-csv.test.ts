import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseEducationCsv } from './education-csv.js';

const fixture = (name: string): Buffer =>
  readFileSync(new URL(`./fixtures/${name}`, import.meta.url));

describe('parseEducationCsv', () => {
  it('reads bare years and empty dates', () => {
    const parsed = parseEducationCsv(fixture('education-years-or-empty.csv'), 'Education.csv');
    expect(parsed.issues).toEqual([]);
    expect(parsed.records).toEqual([
      {
        kind: 'education',
        source: { file: 'Education.csv', line: 2 },
        school: 'Universidade de Lisboa',
        degree: 'MSc Computer Science',
        startedOn: '2004',
        finishedOn: '2008',
        activities: 'Chess club',
      },
      {
        kind: 'education',
        source: { file: 'Education.csv', line: 3 },
        school: 'Escola Secundária Camões',
      },
    ]);
  });
});
