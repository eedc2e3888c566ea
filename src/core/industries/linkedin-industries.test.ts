import { describe, it, expect } from 'vitest';
import {
  LINKEDIN_INDUSTRY_COUNT,
  industryToNaicsSector,
  normaliseIndustryName,
  splitIndustryList,
} from './linkedin-industries.js';

describe('LinkedIn industry names', () => {
  it.each([
    ['Software Development', '51'],
    ['Computer Software', '51'],
    ['IT Services and IT Consulting', '54'],
    ['Information Technology & Services', '54'],
    ['Information Technology and Services', '54'],
    ['Financial Services', '52'],
    ['Hospital & Health Care', '62'],
    ['Hospitals and Health Care', '62'],
    ['Retail', '44-45'],
    ['Management Consulting', '54'],
    ['Higher Education', '61'],
    ['Staffing and Recruiting', '56'],
    ['Telecommunications', '51'],
    ['Oil & Energy', '21'],
    ['Automotive', '31-33'],
    ['Government Administration', '92'],
    ['Non-profit Organizations', '81'],
    ['Restaurants', '72'],
    ['Real Estate', '53'],
    ['Construction', '23'],
  ])('maps %s to sector %s', (name, sector) => {
    expect(industryToNaicsSector(name)).toBe(sector);
  });

  it('knows about eighty or more names', () => {
    expect(LINKEDIN_INDUSTRY_COUNT).toBeGreaterThanOrEqual(80);
  });

  it('ignores case, accents, punctuation and & vs and', () => {
    expect(normaliseIndustryName('Information Technology & Services')).toBe(
      normaliseIndustryName('information technology and services'),
    );
    expect(industryToNaicsSector('  COMPUTER   SOFTWARE ')).toBe('51');
    expect(industryToNaicsSector('E-learning')).toBe('61');
    expect(industryToNaicsSector('Hospital and Health Care')).toBe('62');
  });

  it('accepts a NAICS code typed as the industry', () => {
    expect(industryToNaicsSector('541511')).toBe('54');
  });

  it('says unknown for names it does not know and for oversized input', () => {
    expect(industryToNaicsSector('Underwater Basket Weaving')).toBeUndefined();
    expect(industryToNaicsSector('Retail'.repeat(100))).toBeUndefined();
  });

  it('splits comma-joined lists whose names contain commas', () => {
    expect(splitIndustryList('Information Technology & Services, Computer Software')).toEqual([
      'Information Technology & Services',
      'Computer Software',
    ]);
    expect(
      splitIndustryList('Technology, Information and Internet, Financial Services, Basket Weaving'),
    ).toEqual(['Technology, Information and Internet', 'Financial Services', 'Basket Weaving']);
    expect(splitIndustryList('Retail | Hospitality')).toEqual(['Retail', 'Hospitality']);
    expect(splitIndustryList('')).toEqual([]);
  });
});
