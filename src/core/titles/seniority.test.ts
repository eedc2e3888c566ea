import { describe, it, expect } from 'vitest';
import { describeSeniorityGap, isSeniority, seniorityGap, seniorityRank } from './seniority.js';

describe('seniorityGap', () => {
  it('counts rungs between the owner and the contact', () => {
    expect(seniorityGap('senior', 'director')).toBe(2);
    expect(seniorityGap('manager', 'vp')).toBe(2);
    expect(seniorityGap('director', 'senior')).toBe(-2);
    expect(seniorityGap('individual', 'individual')).toBe(0);
    expect(seniorityGap('head', 'director')).toBe(0);
  });

  it('never invents a gap for an unknown level', () => {
    expect(seniorityGap('unknown', 'director')).toBeUndefined();
    expect(seniorityGap('senior', 'unknown')).toBeUndefined();
    expect(seniorityRank('unknown')).toBeUndefined();
  });

  it('describes gaps in plain words', () => {
    expect(describeSeniorityGap(2)).toBe('two levels above you');
    expect(describeSeniorityGap(-1)).toBe('one level below you');
    expect(describeSeniorityGap(0)).toBe('at your level');
    expect(describeSeniorityGap(4)).toBe('4 levels above you');
  });

  it('recognises level names from untrusted settings', () => {
    expect(isSeniority('vp')).toBe(true);
    expect(isSeniority('emperor')).toBe(false);
    expect(isSeniority(3)).toBe(false);
  });
});
