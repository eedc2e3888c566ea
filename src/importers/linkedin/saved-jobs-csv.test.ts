import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseSavedJobsCsv } from './saved-jobs-csv.js';

const fixture = (name: string): Buffer =>
  readFileSync(new URL(`./fixtures/${name}`, import.meta.url));

describe('parseSavedJobsCsv', () => {
  it('reads the job, its company and when it was saved', () => {
    const parsed = parseSavedJobsCsv(fixture('saved-jobs.csv'), 'Jobs/Saved Jobs.csv');
    expect(parsed.records).toEqual([
      {
        kind: 'saved-job',
        source: { file: 'Jobs/Saved Jobs.csv', line: 2 },
        url: 'https://www.linkedin.com/jobs/view/1234567890',
        title: 'Data Engineer',
        company: 'Acme Robotics',
        savedAt: '2021-06-11T03:58:00',
      },
    ]);
  });
});
