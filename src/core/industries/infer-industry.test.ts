import { describe, expect, it } from 'vitest';
import { inferIndustry, sectorFromCompanyName } from './infer-industry.js';

describe('inferIndustry', () => {
  it('reads the company name: the last sector word decides', () => {
    expect(sectorFromCompanyName('Harbor Peak Money')).toEqual({ sector: '52', word: 'money' });
    expect(sectorFromCompanyName('Deepridge Cloud')).toEqual({ sector: '51', word: 'cloud' });
    expect(sectorFromCompanyName('Zorenwave Diagnostics')?.sector).toBe('62');
    expect(sectorFromCompanyName('Wren Ridge')).toBeUndefined();
  });

  it('gives the evidence and a confidence, higher when two kinds agree', () => {
    expect(inferIndustry({ company: 'Kelenwave Payments', titleFunction: 'engineering' })).toEqual({
      sector: '52',
      confidence: 0.7,
      evidence: 'the company name says "payments"',
    });
    expect(
      inferIndustry({
        company: 'Kelenwave Payments',
        titleFunction: 'engineering',
        ownSector: { sector: '52', industry: 'Financial Services' },
      }),
    ).toEqual({
      sector: '52',
      confidence: 0.9,
      evidence:
        'you worked at Kelenwave Payments (Financial Services) and the company name says "payments"',
    });
    expect(inferIndustry({ company: 'Wren Ridge', titleFunction: 'healthcare' })).toEqual({
      sector: '62',
      confidence: 0.5,
      evidence: 'a healthcare title',
    });
    expect(inferIndustry({ company: 'Wren Ridge', titleFunction: 'engineering' })).toBeUndefined();
  });
});
