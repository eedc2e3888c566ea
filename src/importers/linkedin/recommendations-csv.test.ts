import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseRecommendationsCsv } from './recommendations-csv.js';

const fixture = (name: string): Buffer =>
  readFileSync(new URL(`./fixtures/${name}`, import.meta.url));

describe('parseRecommendationsCsv', () => {
  it('reads a received recommendation with quoted text', () => {
    const parsed = parseRecommendationsCsv(
      fixture('recommendations-received.csv'),
      'Recommendations_Received.csv',
      'received',
    );
    expect(parsed.records).toEqual([
      {
        kind: 'recommendation',
        source: { file: 'Recommendations_Received.csv', line: 2 },
        direction: 'received',
        person: {
          firstName: 'Ana',
          lastName: 'Ruiz',
          company: 'Acme Robotics',
          title: 'Senior Recruiter',
        },
        text: 'Marta is a rare engineer: "calm under pressure", and generous with her time.',
        createdAt: '2024-04-15T21:25:00',
        status: 'VISIBLE',
      },
    ]);
  });

  it('marks given recommendations as given', () => {
    const parsed = parseRecommendationsCsv(
      fixture('recommendations-given.csv'),
      'Recommendations_Given.csv',
      'given',
    );
    expect(parsed.records).toMatchObject([
      { direction: 'given', person: { firstName: 'Tomás' }, createdAt: '2023-01-02T10:00:00' },
    ]);
  });
});
