import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseJobSeekerPreferencesCsv, splitIndustries } from './job-seeker-preferences-csv.js';

const fixture = (name: string): Buffer =>
  readFileSync(new URL(`./fixtures/${name}`, import.meta.url));

describe('parseJobSeekerPreferencesCsv', () => {
  it('reads 2024 " | " lists, comma-joined industries and the urgency code', () => {
    const parsed = parseJobSeekerPreferencesCsv(
      fixture('job-seeker-preferences-2024-pipes.csv'),
      'Job Seeker Preferences.csv',
    );
    expect(parsed.records).toEqual([
      {
        kind: 'job-preferences',
        source: { file: 'Job Seeker Preferences.csv', line: 2 },
        locations: ['Lisbon, Portugal', 'Remote'],
        industries: ['Information Technology & Services', 'Computer Software'],
        jobTitles: ['Data Engineer', 'Platform Engineer'],
        jobTypes: ['Full-time', 'Contract'],
        dreamCompanies: ['Acme Robotics', 'Globex'],
        openToRecruiters: true,
        urgency: 'ACTIVELY_SEEKING',
        introductionStatement: 'Data engineer looking for platform work.',
      },
    ]);
  });

  it('reads 2018 bracketed lists without cutting "Noida Area, India"', () => {
    const parsed = parseJobSeekerPreferencesCsv(
      fixture('job-seeker-preferences-2018-brackets.csv'),
      'Jobs/Job Seeker Preferences.csv',
    );
    expect(parsed.records).toMatchObject([
      {
        locations: ['Delhi', 'Noida Area, India'],
        industries: ['Leisure, Travel & Tourism', 'Computer Software'],
        jobTitles: ['Policy Consultant', 'Reporter'],
        jobTypes: ['Full-time'],
        dreamCompanies: [],
        openToRecruiters: false,
      },
    ]);
  });
});

describe('splitIndustries', () => {
  it('keeps LinkedIn industry names that contain commas whole', () => {
    expect(splitIndustries('Computer Software, Oil, Gas, and Mining, Banking')).toEqual([
      'Computer Software',
      'Oil, Gas, and Mining',
      'Banking',
    ]);
  });
});
