import { describe, expect, it } from 'vitest';
import { matchName, splitCredentials, splitFullName } from './person-name.js';

describe('person names as exports write them', () => {
  it('keeps credentials out of the surname (docs/formats.md section 1)', () => {
    expect(splitCredentials('Novak, Ph.D.')).toEqual({ surname: 'Novak', credentials: ['Ph.D.'] });
    expect(splitCredentials('Rahman, Certified Executive Coach').surname).toBe('Rahman');
    expect(matchName('Zoë', 'Novak, Ph.D.')).toBe('zoe novak');
  });

  it('reorders a phone book "Last, First"', () => {
    expect(splitFullName('Hamdan, Youssef')).toEqual({
      first: 'Youssef',
      last: 'Hamdan',
      credentials: [],
    });
  });

  it('does not mistake credentials or a title for a first name', () => {
    expect(splitFullName('Ana Ruiz, FICS (UK), MSc')).toEqual({
      first: 'Ana',
      last: 'Ruiz',
      credentials: ['FICS (UK)', 'MSc'],
    });
    expect(splitFullName('Ruiz, MBA').last).toBe('');
    expect(splitFullName('Ana Ruiz, Recruiter').first).toBe('Ana');
  });

  it('matches names without accents, case or emoji', () => {
    expect(matchName('José 🚀', 'Núñez')).toBe('jose nunez');
  });
});
