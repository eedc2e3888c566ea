import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseSharesCsv } from './shares-csv.js';

const fixture = (name: string): Buffer =>
  readFileSync(new URL(`./fixtures/${name}`, import.meta.url));

describe('parseSharesCsv', () => {
  it('reads the 2018 UTF-16 LE, tab-separated, all-quoted file', () => {
    const parsed = parseSharesCsv(fixture('shares-2018-utf16le-tab.csv'), 'Shares.csv');
    expect(parsed.issues).toEqual([]);
    expect(parsed.records).toEqual([
      {
        kind: 'share',
        source: { file: 'Shares.csv', line: 2 },
        sharedAt: '2017-06-08T08:15:44Z',
        url: 'https://example.com/notes',
        commentary: 'Wrote up my notes from the "networks" meetup.',
        visibility: 'PUBLIC',
      },
      {
        kind: 'share',
        source: { file: 'Shares.csv', line: 3 },
        sharedAt: '2017-09-01T18:00:00Z',
        commentary: 'Hiring!',
        visibility: 'CONNECTIONS',
      },
    ]);
  });

  it('reads the later Shares_<id>.csv columns with local times', () => {
    const text =
      'Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility\n2026-07-20 10:25:25,https://www.linkedin.com/feed/update/urn:li:share:1,Weak ties!,,,MEMBER_NETWORK\n';
    const parsed = parseSharesCsv(text, 'Shares_252701747.csv');
    expect(parsed.records).toMatchObject([
      {
        sharedAt: '2026-07-20T10:25:25',
        url: 'https://www.linkedin.com/feed/update/urn:li:share:1',
        commentary: 'Weak ties!',
      },
    ]);
  });
});
