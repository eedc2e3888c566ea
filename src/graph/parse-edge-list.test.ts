import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseEdgeList } from './parse-edge-list.js';

function readFixture(name: string): string {
  return readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
}

describe('parseEdgeList', () => {
  it('reads a SNAP file with its # header and tab separators', () => {
    const { edges, issues } = parseEdgeList(readFixture('snap-header-tabs.txt'));
    expect(issues).toEqual([]);
    expect(edges).toEqual([
      { source: 0, target: 1 },
      { source: 0, target: 2 },
      { source: 2, target: 3 },
    ]);
  });

  it('tolerates CRLF, blank and whitespace-only lines, leading tabs and trailing spaces', () => {
    const { edges, issues } = parseEdgeList(readFixture('crlf-blank-lines.txt'));
    expect(issues).toEqual([]);
    expect(edges).toEqual([
      { source: 1, target: 2 },
      { source: 2, target: 3 },
      { source: 3, target: 4 },
    ]);
  });

  it('skips a byte-order mark and splits on old Mac CR line ends', () => {
    const { edges, issues } = parseEdgeList(readFixture('bom-and-cr-line-ends.txt'));
    expect(issues).toEqual([]);
    expect(edges).toEqual([
      { source: 1, target: 2 },
      { source: 3, target: 4 },
    ]);
  });

  it('reports bad lines with their line numbers and keeps going', () => {
    const { edges, issues } = parseEdgeList(readFixture('bad-lines-and-extra-columns.txt'));
    expect(edges).toEqual([
      { source: 1, target: 2 },
      { source: 4, target: 5 },
      { source: 5, target: 6 },
      // "007" is not the canonical form of 7, so it stays a distinct string id.
      { source: '007', target: 7 },
    ]);
    expect(issues.map(({ code, line, severity }) => ({ code, line, severity }))).toEqual([
      { code: 'bad-line', line: 2, severity: 'error' },
      { code: 'self-loop', line: 3, severity: 'info' },
      // Reported once, at the first line with a third column (CollegeMsg has timestamps there).
      { code: 'extra-columns', line: 4, severity: 'info' },
    ]);
  });

  it('reads a third column as the weight when asked, reporting bad weights', () => {
    const { edges, issues } = parseEdgeList(readFixture('weighted-three-columns.txt'), {
      weighted: true,
    });
    expect(edges).toEqual([
      { source: 'a', target: 'b', weight: 2.5 },
      { source: 'b', target: 'c', weight: 1 },
      { source: 'e', target: 'f', weight: 0 },
    ]);
    expect(issues.map(({ code, line }) => ({ code, line }))).toEqual([
      { code: 'bad-weight', line: 3 },
      { code: 'bad-weight', line: 4 },
    ]);
  });

  it('returns nothing and no issue for empty text', () => {
    expect(parseEdgeList('')).toEqual({ edges: [], issues: [] });
  });

  it('bounds line length, edge count and the number of issues listed', () => {
    const long = parseEdgeList(`1 2\n${'9'.repeat(50)} 1\n`, { maxLineLength: 20 });
    expect(long.edges).toHaveLength(1);
    expect(long.issues[0]).toMatchObject({ code: 'line-too-long', line: 2 });

    const capped = parseEdgeList('1 2\n2 3\n3 4\n', { maxEdges: 2 });
    expect(capped.edges).toHaveLength(2);
    expect(capped.issues).toEqual([
      expect.objectContaining({ code: 'too-many-edges', line: 3, severity: 'error' }),
    ]);

    const noisy = parseEdgeList('x\n'.repeat(5), { maxIssues: 2 });
    expect(noisy.issues.map((issue) => issue.code)).toEqual([
      'bad-line',
      'bad-line',
      'too-many-issues',
    ]);
    expect(noisy.issues[2]!.message).toContain('3 further issues');
  });

  it('keeps ids that are not numbers, and numbers too long to be exact, as strings', () => {
    const { edges } = parseEdgeList('alice bob\n1234567890123456 2\n');
    expect(edges).toEqual([
      { source: 'alice', target: 'bob' },
      { source: '1234567890123456', target: 2 },
    ]);
  });
});
