import { describe, expect, it } from 'vitest';
import { parseBirthday } from './birthday.js';

describe('parseBirthday', () => {
  it.each([
    ['1985-03-15', undefined, '1985-03-15'],
    ['19850315', undefined, '1985-03-15'],
    ['1985-03-15T00:00:00Z', undefined, '1985-03-15'],
    ['1604-03-15', '1604', '--03-15'],
    ['--0315', undefined, '--03-15'],
    ['--02-29', undefined, '--02-29'],
    ['3/15/1985', undefined, '1985-03-15'],
  ])('reads %s (omit year %s) as %s', (raw, omitYear, expected) => {
    expect(parseBirthday(raw, omitYear)).toEqual({ kind: 'date', value: expected });
  });

  it('treats empty cells and Outlook 0/0/00 as no birthday, and nonsense as bad', () => {
    expect(parseBirthday('')).toEqual({ kind: 'none' });
    expect(parseBirthday('0/0/00')).toEqual({ kind: 'none' });
    expect(parseBirthday('1985-02-29')).toEqual({ kind: 'bad' });
    expect(parseBirthday('--13-01')).toEqual({ kind: 'bad' });
    expect(parseBirthday('next May')).toEqual({ kind: 'bad' });
  });
});
