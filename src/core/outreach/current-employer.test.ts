import { describe, expect, it } from 'vitest';
import { emptyGoals } from '../ties/goals.js';
import {
  colleagueKind,
  currentEmployersOf,
  discretionNote,
  hiddenForDiscretion,
  isDiscreet,
} from './current-employer.js';

describe('currentEmployersOf', () => {
  it('takes the positions without an end date, once each', () => {
    const positions = [
      { company: 'Kelenwave Payments', finishedOn: '' },
      { company: 'Harbor Peak Money', finishedOn: 'Mar 2022' },
      { company: 'Kelenwave Payments Inc.', finishedOn: '' },
      { company: 'Evening Tutoring', finishedOn: '' },
    ];
    expect(currentEmployersOf(positions)).toEqual(['Kelenwave Payments', 'Evening Tutoring']);
  });

  it('falls back to the company a headline names, and to none', () => {
    const ended = [{ company: 'Harbor Peak Money', finishedOn: '2022-03' }];
    expect(currentEmployersOf(ended, 'Engineering Manager at Acme | Payments')).toEqual(['Acme']);
    expect(currentEmployersOf(ended, 'Engineering Manager | Payments')).toEqual([]);
  });
});

describe('discretion', () => {
  const employed = { ...emptyGoals(), currentEmployers: ['Acme'] };

  it('is discreet by default while employed, open without an employer or when chosen', () => {
    expect(isDiscreet(employed)).toBe(true);
    expect(isDiscreet(emptyGoals())).toBe(false);
    expect(isDiscreet({ ...employed, discretion: 'open' })).toBe(false);
  });

  it('hides people at the employer and its divisions only', () => {
    expect(hiddenForDiscretion('ACME Inc.', employed)).toBe(true);
    expect(hiddenForDiscretion('Acme Cloud', employed)).toBe(true);
    expect(hiddenForDiscretion('Acmeville Bank', employed)).toBe(false);
    expect(hiddenForDiscretion(undefined, employed)).toBe(false);
  });

  it('calls people at the employer colleagues, and only past employers former', () => {
    expect(colleagueKind('Acme', true, employed)).toBe('current');
    expect(colleagueKind('Globex', true, employed)).toBe('former');
    expect(colleagueKind('Globex', false, employed)).toBeUndefined();
  });

  it('says in one line who is left out and how to change it', () => {
    expect(discretionNote(employed, 3)).toBe(
      'You are looking discreetly: 3 current colleagues at Acme are left out (to include them: weakties goals set --discretion open).',
    );
    expect(discretionNote({ ...employed, discretion: 'open' }, 3)).toBeUndefined();
  });
});
