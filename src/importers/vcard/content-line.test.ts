import { describe, expect, it } from 'vitest';
import { paramValues, parseContentLine, splitUnescaped, unescapeText } from './content-line.js';

describe('parseContentLine', () => {
  it('reads a group, repeated lowercase type= params and a value holding colons', () => {
    const line = parseContentLine('item1.URL;type=pref;type=WORK:https://example.com:8080/a');
    expect(line?.group).toBe('item1');
    expect(line?.name).toBe('URL');
    expect(line && paramValues(line, 'TYPE')).toEqual(['pref', 'work']);
    expect(line?.value).toBe('https://example.com:8080/a');
  });

  it('files vCard 2.1 bare parameters under TYPE or ENCODING', () => {
    const line = parseContentLine('TEL;CELL;PREF;QUOTED-PRINTABLE:=32=30=32');
    expect(line && paramValues(line, 'TYPE')).toEqual(['cell', 'pref']);
    expect(line && paramValues(line, 'ENCODING')).toEqual(['quoted-printable']);
  });

  it('keeps a quoted parameter value with a comma and a colon whole', () => {
    const line = parseContentLine('ORGANIZER;CN="Doe, Jane: CEO":mailto:jane@example.com');
    expect(line?.params).toEqual([{ name: 'CN', values: ['Doe, Jane: CEO'] }]);
    expect(line?.value).toBe('mailto:jane@example.com');
  });

  it('refuses a line without a name or without a colon', () => {
    expect(parseContentLine('no colon here')).toBeUndefined();
    expect(parseContentLine(':value without a name')).toBeUndefined();
    expect(parseContentLine('CN;X="unclosed:value')).toBeUndefined();
  });
});

describe('unescapeText and splitUnescaped', () => {
  it('splits on unescaped separators only, then unescapes', () => {
    expect(splitUnescaped('Ruiz\\; Partners;Research;', ';').map(unescapeText)).toEqual([
      'Ruiz; Partners',
      'Research',
      '',
    ]);
    expect(unescapeText('a\\nb\\Nc\\,d\\\\e http\\://x')).toBe('a\nb\nc,d\\e http://x');
  });
});
