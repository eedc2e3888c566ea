import { describe, expect, it } from 'vitest';
import { escapeText, foldLine } from './content-lines.js';

describe('escapeText', () => {
  it('escapes backslash, comma, semicolon and line breaks as vCard and iCalendar text', () => {
    expect(escapeText('Tessaro Systems, Inc.; Lab\\2\nsecond')).toBe(
      'Tessaro Systems\\, Inc.\\; Lab\\\\2\\nsecond',
    );
  });
});

describe('foldLine', () => {
  it('leaves a line of 75 octets whole and ends it with CRLF', () => {
    const line = 'x'.repeat(75);
    expect(foldLine(line)).toBe(`${line}\r\n`);
  });

  it('folds a 76th octet onto a line that starts with one space', () => {
    expect(foldLine('y'.repeat(76))).toBe(`${'y'.repeat(75)}\r\n y\r\n`);
  });

  it('keeps continuation lines to 75 octets counting the space', () => {
    // 75 + 74 + 1: the second line holds 74 characters after its space.
    expect(foldLine('z'.repeat(150))).toBe(`${'z'.repeat(75)}\r\n ${'z'.repeat(74)}\r\n z\r\n`);
  });

  it('never splits a UTF-8 character across lines', () => {
    // 74 ASCII octets, then "é" (2 octets) would make 76: it moves whole to the next line.
    const folded = foldLine(`${'a'.repeat(74)}é`);
    expect(folded).toBe(`${'a'.repeat(74)}\r\n é\r\n`);
  });
});
