import { describe, expect, it } from 'vitest';
import { computeNormalisedMutualInformation } from './normalised-mutual-information.js';

describe('computeNormalisedMutualInformation', () => {
  it('is 1 for identical partitions, whatever the labels are called', () => {
    expect(computeNormalisedMutualInformation([0, 0, 1, 1, 2], [0, 0, 1, 1, 2])).toBe(1);
    expect(computeNormalisedMutualInformation([0, 0, 1, 1, 2], [9, 9, -3, -3, 0.5])).toBe(1);
  });

  it('is 0 for independent partitions', () => {
    // Every block of one meets every block of the other in the same proportion.
    expect(computeNormalisedMutualInformation([0, 0, 1, 1], [0, 1, 0, 1])).toBeCloseTo(0, 15);
  });

  it('works a small case by hand', () => {
    // A = {0,1}{2,3}, B = {0,1,2}{3}. H(A) = ln 2; H(B) = -(3/4 ln 3/4 + 1/4 ln 1/4).
    // Cells (A, B): (0,0) = 2, (1,0) = 1, (1,1) = 1;
    // I = 2/4 ln(4*2/(2*3)) + 1/4 ln(4*1/(2*3)) + 1/4 ln(4*1/(2*1)).
    const mutual = 0.5 * Math.log(4 / 3) + 0.25 * Math.log(2 / 3) + 0.25 * Math.log(2);
    const entropyA = Math.log(2);
    const entropyB = -(0.75 * Math.log(0.75) + 0.25 * Math.log(0.25));
    expect(computeNormalisedMutualInformation([0, 0, 1, 1], [0, 0, 0, 1])).toBeCloseTo(
      (2 * mutual) / (entropyA + entropyB),
      14,
    );
  });

  it('is 1 when both are a single block and 0 when only one is', () => {
    expect(computeNormalisedMutualInformation([4, 4, 4], [1, 1, 1])).toBe(1);
    expect(computeNormalisedMutualInformation([4, 4, 4, 4], [1, 1, 2, 2])).toBe(0);
  });

  it('rejects partitions of different lengths', () => {
    expect(() => computeNormalisedMutualInformation([0, 1], [0])).toThrow(RangeError);
  });
});
