import { describe, it, expect } from 'vitest';
import { isAppError } from '../app-error.js';
import {
  DEFAULT_TIE_SETTINGS,
  findTieSettingsProblems,
  resolveTieSettings,
} from './tie-settings.js';

describe('DEFAULT_TIE_SETTINGS', () => {
  it('holds the published defaults', () => {
    const s = DEFAULT_TIE_SETTINGS;
    expect(s.structural.peakMutuals).toBe(10);
    expect(s.structural.overlapWeakThreshold).toBe(0.0024);
    expect(s.interaction.beta).toBe(0.5);
    expect(s.industry.digitalNoveltyWeight).toBe(0.8);
    expect(s.industry.nonDigitalNoveltyWeight).toBe(0.4);
    expect(s.dormancy.dormantAfterYears).toBe(3);
    expect(s.bands.oftenPerWeek).toBe(2);
    expect(s.bands.rarelyPerYear).toBe(1);
    expect(s.closeness.lastContact).toBeLessThan(0);
    expect(s.closeness.firstContact).toBeGreaterThan(0);
  });

  it('is valid by its own rules', () => {
    expect(findTieSettingsProblems(DEFAULT_TIE_SETTINGS)).toEqual([]);
  });
});

describe('resolveTieSettings', () => {
  it('returns the defaults for no override', () => {
    expect(resolveTieSettings()).toBe(DEFAULT_TIE_SETTINGS);
  });

  it('applies a partial override and keeps the rest', () => {
    const s = resolveTieSettings({ structural: { peakMutuals: 6 }, dormancy: { boost: 1.5 } });
    expect(s.structural.peakMutuals).toBe(6);
    expect(s.structural.overlapWeakThreshold).toBe(0.0024);
    expect(s.dormancy.boost).toBe(1.5);
    expect(s.dormancy.dormantAfterYears).toBe(3);
    expect(DEFAULT_TIE_SETTINGS.structural.peakMutuals).toBe(10);
  });

  it('overrides nested weights one at a time', () => {
    const s = resolveTieSettings({ relevance: { seniorityFit: { same: 0.5 } } });
    expect(s.relevance.seniorityFit.same).toBe(0.5);
    expect(s.relevance.seniorityFit.aheadByOne).toBe(1);
  });

  it('accepts a digital sector list of NAICS codes', () => {
    expect(
      resolveTieSettings({ industry: { digitalSectors: ['51', '61'] } }).industry.digitalSectors,
    ).toEqual(['51', '61']);
  });

  it('rejects a peak outside 6 to 10', () => {
    expect(findTieSettingsProblems({ structural: { peakMutuals: 12 } })).toEqual([
      'structural.peakMutuals must be between 6 and 10',
    ]);
  });

  it('refuses to flip the signs the research fixed', () => {
    expect(findTieSettingsProblems({ closeness: { lastContact: 0.5 } })[0]).toContain(
      'closeness.lastContact',
    );
    expect(findTieSettingsProblems({ closeness: { messages: -1 } })[0]).toContain(
      'closeness.messages',
    );
  });

  it('lists every problem at once, in words', () => {
    const problems = findTieSettingsProblems({
      structural: { peakMutual: 8 },
      interaction: { beta: 'high' },
      industry: { digitalSectors: ['99'] },
      lists: { tellWaveSize: 2.5 },
      colour: 'blue',
    });
    expect(problems).toEqual([
      'unknown setting structural.peakMutual',
      'interaction.beta must be a number',
      'industry.digitalSectors must be a list of NAICS sector codes such as "51" or "31-33"',
      'lists.tellWaveSize must be a whole number',
      'unknown setting colour',
    ]);
  });

  it('checks settings against each other', () => {
    expect(findTieSettingsProblems({ dormancy: { fadingAfterYears: 4 } })).toEqual([
      'dormancy.fadingAfterYears must be below dormancy.dormantAfterYears',
    ]);
    expect(findTieSettingsProblems({ classes: { moderatelyWeakCloseness: 0.7 } })).toEqual([
      'classes.moderatelyWeakCloseness must be below classes.strongCloseness',
    ]);
  });

  it('throws one invalid-input error naming the problems', () => {
    try {
      resolveTieSettings({ interaction: { beta: 2 } });
      expect.unreachable();
    } catch (error) {
      expect(isAppError(error) && error.code).toBe('invalid-input');
      expect(String(error)).toContain('interaction.beta must be between 0 and 1');
    }
  });

  it('rejects input that is not an object', () => {
    expect(findTieSettingsProblems(42)).toEqual(['tie settings must be an object']);
    expect(findTieSettingsProblems({ structural: 3 })).toEqual(['structural must be an object']);
  });
});
