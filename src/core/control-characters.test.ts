import { describe, expect, it } from 'vitest';
import {
  hasControlCharacters,
  stripControlCharacters,
  stripControlCharactersDeep,
} from './control-characters.js';

describe('control characters', () => {
  it('removes NUL and the other C0 controls but keeps tab and line breaks', () => {
    expect(stripControlCharacters('Nu\u0000la')).toBe('Nula');
    expect(stripControlCharacters('a\u0007b\u001bc\u007fd')).toBe('abcd');
    expect(stripControlCharacters('line one\r\nline\ttwo\n')).toBe('line one\r\nline\ttwo\n');
    expect(hasControlCharacters('plain Zoë')).toBe(false);
    expect(hasControlCharacters('x\u0000')).toBe(true);
  });

  it('cleans every string of a nested value, keys included, and counts the changed ones', () => {
    const { value, changed } = stripControlCharactersDeep({
      name: 'Nu\u0000la',
      list: ['ok', 'b\u0000ad'],
      nested: { ['k\u0000ey']: 3, fine: 'fine' },
    });
    expect(value).toEqual({ name: 'Nula', list: ['ok', 'bad'], nested: { key: 3, fine: 'fine' } });
    expect(changed).toBe(3);
  });
});
