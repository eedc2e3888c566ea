import { describe, expect, it } from 'vitest';
import { MboxSplitter, type SplitMessage } from './mbox-splitter.js';

function split(
  text: string,
  chunkSize: number,
  maxHeaderBytes?: number,
): { headers: string[]; separators: (string | undefined)[] } {
  const found: SplitMessage[] = [];
  const splitter = new MboxSplitter((m) => found.push(m), maxHeaderBytes);
  const bytes = new TextEncoder().encode(text);
  for (let offset = 0; offset < bytes.length; offset += chunkSize)
    splitter.push(bytes.subarray(offset, offset + chunkSize));
  splitter.end();
  return {
    headers: found.map((m) => new TextDecoder().decode(m.header)),
    separators: found.map((m) => m.separator),
  };
}

describe('MboxSplitter', () => {
  it('splits only at a dated `From ` line after a blank line, at any chunk size', () => {
    const text = [
      'From a@x Mon Jan 06 04:49:45 2020',
      'Subject: one',
      '',
      'body',
      'From a@x Mon Jan 06 04:49:45 2020',
      '',
      'From here on, no date',
      '',
      'From b@x Tue Jan 07 05:00:00 +0000 2020',
      'Subject: two',
      '',
      '',
      'From c@x Wed Jan 08 06:00:00 2020',
      'Subject: three',
      '',
    ].join('\n');
    for (const size of [1, 2, 5, 6, 7, 1000]) {
      expect(split(text, size)).toEqual({
        headers: ['Subject: one\n', 'Subject: two\n', 'Subject: three\n'],
        separators: [
          'From a@x Mon Jan 06 04:49:45 2020',
          'From b@x Tue Jan 07 05:00:00 +0000 2020',
          'From c@x Wed Jan 08 06:00:00 2020',
        ],
      });
    }
  });

  it('treats a file that does not start with `From ` as one message, after a BOM and blank lines', () => {
    expect(
      split(
        '\ufeff\r\n\r\nFrom: a@example.com\r\nTo: b@example.com\r\n\r\nFrom here on, the body\r\n',
        3,
      ),
    ).toEqual({
      headers: ['From: a@example.com\r\nTo: b@example.com\r\n'],
      separators: [undefined],
    });
  });

  it('emits a header block that never ends, and cuts one over the bound', () => {
    expect(split('From: a@example.com\nSubject: no body', 4).headers).toEqual([
      'From: a@example.com\nSubject: no body',
    ]);
    const found: SplitMessage[] = [];
    const splitter = new MboxSplitter((m) => found.push(m), 10);
    splitter.push(new TextEncoder().encode('From: a@example.com\n\nbody\n'));
    splitter.end();
    expect(found.map((m) => [m.header.length, m.isHeaderCut])).toEqual([[10, true]]);
  });
});
