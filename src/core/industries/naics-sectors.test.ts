import { describe, it, expect } from 'vitest';
import {
  DEFAULT_DIGITAL_SECTORS,
  NAICS_SECTORS,
  isNaicsSectorCode,
  naicsSectorName,
  toNaicsSector,
} from './naics-sectors.js';

describe('NAICS sectors', () => {
  it('lists the twenty 2022 sectors once each', () => {
    expect(NAICS_SECTORS).toHaveLength(20);
    expect(new Set(NAICS_SECTORS.map((s) => s.code)).size).toBe(20);
    expect(naicsSectorName('54')).toBe('Professional, Scientific, and Technical Services');
    expect(naicsSectorName('31-33')).toBe('Manufacturing');
  });

  it('classes a top group of at most a quarter of sectors as digital', () => {
    expect([...DEFAULT_DIGITAL_SECTORS].sort()).toEqual(['51', '52', '54', '55']);
    expect(DEFAULT_DIGITAL_SECTORS.length).toBeLessThanOrEqual(NAICS_SECTORS.length / 4);
  });

  it('reads sector codes however people write them', () => {
    expect(toNaicsSector('54')).toBe('54');
    expect(toNaicsSector(' 541511 ')).toBe('54');
    expect(toNaicsSector('3254')).toBe('31-33');
    expect(toNaicsSector('32')).toBe('31-33');
    expect(toNaicsSector('45')).toBe('44-45');
    expect(toNaicsSector('493110')).toBe('48-49');
    expect(toNaicsSector('44-45')).toBe('44-45');
  });

  it('refuses codes that are not NAICS sectors', () => {
    expect(toNaicsSector('99')).toBeUndefined();
    expect(toNaicsSector('1')).toBeUndefined();
    expect(toNaicsSector('software')).toBeUndefined();
    expect(toNaicsSector('1234567')).toBeUndefined();
    expect(isNaicsSectorCode('31')).toBe(false);
    expect(isNaicsSectorCode('31-33')).toBe(true);
  });
});
