/**
 * Normalised mutual information between two partitions (Danon, Diaz-Guilera, Duch and Arenas
 * 2005, "Comparing community structure identification"): NMI = 2 I(A;B) / (H(A) + H(B)), the
 * arithmetic-mean normalisation scikit-learn uses by default. 1 for identical partitions (up to
 * renaming), near 0 for unrelated ones.
 */
import { relabelDensely } from './dense-labels.js';

// Above this many label pairs the contingency table is a Map rather than a dense array.
const MAX_DENSE_CELLS = 1 << 22;

/**
 * NMI of two labelings of the same items (any numbers as labels). When both partitions are a
 * single block (no information in either) they are identical and the result is 1, as in
 * scikit-learn. Throws RangeError when the lengths differ.
 */
export function computeNormalisedMutualInformation(
  a: ArrayLike<number>,
  b: ArrayLike<number>,
): number {
  if (a.length !== b.length) {
    throw new RangeError(`partitions of different lengths: ${a.length} and ${b.length}`);
  }
  const n = a.length;
  const left = relabelDensely(a);
  const right = relabelDensely(b);
  const sizeA = new Float64Array(left.count);
  const sizeB = new Float64Array(right.count);
  for (let i = 0; i < n; i += 1) {
    const x = left.labels[i]!;
    const y = right.labels[i]!;
    sizeA[x] = sizeA[x]! + 1;
    sizeB[y] = sizeB[y]! + 1;
  }
  const entropyA = computeEntropy(sizeA, n);
  const entropyB = computeEntropy(sizeB, n);
  if (entropyA + entropyB === 0) return 1;

  let mutual = 0;
  const addCell = (count: number, x: number, y: number): void => {
    mutual += (count / n) * Math.log((n * count) / (sizeA[x]! * sizeB[y]!));
  };
  const cells = left.count * right.count;
  if (cells <= MAX_DENSE_CELLS) {
    const table = new Float64Array(cells);
    for (let i = 0; i < n; i += 1) {
      const cell = left.labels[i]! * right.count + right.labels[i]!;
      table[cell] = table[cell]! + 1;
    }
    for (let cell = 0; cell < cells; cell += 1) {
      const count = table[cell]!;
      if (count > 0) addCell(count, Math.floor(cell / right.count), cell % right.count);
    }
  } else {
    const table = new Map<number, number>();
    for (let i = 0; i < n; i += 1) {
      const cell = left.labels[i]! * right.count + right.labels[i]!;
      table.set(cell, (table.get(cell) ?? 0) + 1);
    }
    for (const [cell, count] of table) {
      addCell(count, Math.floor(cell / right.count), cell % right.count);
    }
  }
  // Rounding can push a perfect match a hair past 1 or an independent pair below 0.
  return Math.min(1, Math.max(0, (2 * mutual) / (entropyA + entropyB)));
}

function computeEntropy(sizes: Float64Array, n: number): number {
  let entropy = 0;
  for (let k = 0; k < sizes.length; k += 1) {
    const p = sizes[k]! / n;
    if (p > 0) entropy -= p * Math.log(p);
  }
  return entropy;
}
