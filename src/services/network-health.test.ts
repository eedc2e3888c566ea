import { describe, expect, it } from 'vitest';
import { structureCaveat } from './network-health.js';

describe('structureCaveat', () => {
  it('says what the structural figures rest on, and warns when it is too little', () => {
    // The demo: 840 of 2,225 contacts have a known tie, 38 %, under the half the figures need.
    const low = structureCaveat(840, 2225);
    expect(low).toMatch(/^Based on the 38 % of your contacts \(840 of 2,225\)/);
    expect(low).toContain('Too few to mean much');
    const enough = structureCaveat(1200, 2000);
    expect(enough).toBe(
      'Based on the 60 % of your contacts (1,200 of 2,000) with a known tie to another contact.',
    );
    expect(structureCaveat(0, 0)).toContain('Too few to mean much');
  });
});
