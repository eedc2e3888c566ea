import { describe, it, expect } from 'vitest';
import { parseTitle } from '../titles/parse-title.js';
import type { Goals } from './goals.js';
import { emptyGoals } from './goals.js';
import { compileGoals, noveltyWeightFor, scoreRelevance, titleWordsOf } from './relevance.js';
import { normaliseCompanyName } from './company-name.js';
import { DEFAULT_TIE_SETTINGS } from './tie-settings.js';
import type { NaicsSectorCode } from '../industries/naics-sectors.js';

const S = DEFAULT_TIE_SETTINGS;

function relevanceOf(
  goals: Goals,
  company: string,
  title: string,
  industry?: NaicsSectorCode,
): ReturnType<typeof scoreRelevance> {
  return scoreRelevance(
    normaliseCompanyName(company),
    parseTitle(title),
    titleWordsOf(title),
    industry,
    compileGoals(goals, S),
    S,
  );
}

describe('relevance to goals (docs/science.md section 1)', () => {
  it('is 1 for everyone when no goal is set', () => {
    expect(relevanceOf(emptyGoals(), 'Anything', 'Anyone').relevance).toBe(1);
  });

  it('matches target companies however they are written', () => {
    const goals = { ...emptyGoals(), targetCompanies: ['ACME'] };
    const r = relevanceOf(goals, 'Acme Inc.', 'Engineer');
    expect(r.company).toBe('exact');
    expect(r.matchedCompany).toBe('ACME');
    // 0.15 + 0.85 * 0.8
    expect(r.relevance).toBeCloseTo(0.83, 12);
    expect(relevanceOf(goals, 'Globex', 'Engineer').relevance).toBeCloseTo(0.15, 12);
  });

  it('combines industry and role matches as a noisy-or', () => {
    const goals = {
      ...emptyGoals(),
      targetRoles: ['Data Scientist'],
      targetIndustries: ['52' as const],
    };
    // 1 - (1 - 0.5)(1 - 0.4) = 0.7; 0.15 + 0.85 * 0.7 = 0.745
    const both = relevanceOf(goals, 'Bank', 'Senior Data Analyst', '52');
    expect(both.isTargetIndustry && both.isTargetRole).toBe(true);
    expect(both.relevance).toBeCloseTo(0.745, 12);
    // Role only: 0.15 + 0.85 * 0.4 = 0.49
    expect(relevanceOf(goals, 'Shop', 'Data Engineer', '44-45').isTargetRole).toBe(false);
    expect(relevanceOf(goals, 'Shop', 'Head of Data', '44-45').relevance).toBeCloseTo(0.49, 12);
  });

  it('matches roles with no known function by their words', () => {
    const goals = { ...emptyGoals(), targetRoles: ['Barista'] };
    expect(relevanceOf(goals, 'Cafe', 'Head Barista').isTargetRole).toBe(true);
    expect(relevanceOf(goals, 'Cafe', 'Baristas Union Rep').isTargetRole).toBe(false);
  });

  it('prefers contacts a step or two ahead of the owner', () => {
    const goals: Goals = { ...emptyGoals(), targetCompanies: ['Acme'], ownerLevel: 'senior' };
    const director = relevanceOf(goals, 'Acme', 'Director of Engineering');
    const peer = relevanceOf(goals, 'Acme', 'Senior Engineer');
    const junior = relevanceOf(goals, 'Acme', 'Junior Engineer');
    const ceo = relevanceOf(goals, 'Acme', 'CEO');
    expect(director.seniorityGap).toBe(2);
    expect(director.relevance).toBeCloseTo(0.83, 12);
    // 0.83 * (0.7 + 0.3 * 0.7)
    expect(peer.relevance).toBeCloseTo(0.83 * 0.91, 12);
    expect(director.relevance).toBeGreaterThan(ceo.relevance);
    expect(ceo.relevance).toBeGreaterThan(junior.relevance);
  });

  it('uses the neutral fit when the contact’s level is unknown', () => {
    const goals: Goals = { ...emptyGoals(), ownerLevel: 'manager' };
    const r = relevanceOf(goals, 'Acme', '');
    expect(r.seniorityGap).toBeUndefined();
    expect(r.relevance).toBeCloseTo(0.91, 12);
  });
});

describe('industry switch w_d (docs/science.md section 1)', () => {
  const weight = (
    targets: NaicsSectorCode[],
    contact?: NaicsSectorCode,
    owner?: NaicsSectorCode,
  ): number => {
    const goals: Goals = { ...emptyGoals(), targetIndustries: targets };
    if (owner) goals.ownerIndustry = owner;
    return noveltyWeightFor(contact, compileGoals(goals, S), S).weight;
  };

  it('is 0.8 for a digital target, 0.4 for a less digital one', () => {
    expect(weight(['51'])).toBe(0.8);
    expect(weight(['23'])).toBe(0.4);
  });

  it('follows the contact’s sector when targets are mixed', () => {
    expect(weight(['51', '23'], '23')).toBe(0.4);
    expect(weight(['51', '23'], '51')).toBe(0.8);
    expect(weight(['51', '23'], '62')).toBe(0.6);
  });

  it('falls back to the owner’s industry, then to the midpoint', () => {
    expect(weight([], undefined, '52')).toBe(0.8);
    expect(weight([], undefined, '62')).toBe(0.4);
    expect(weight([])).toBe(0.6);
  });
});
