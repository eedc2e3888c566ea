/**
 * Partition labels renumbered 0..count-1 in order of first appearance, so partitions from
 * anywhere (our communities, hand-drawn circles, arbitrary ids) can index typed arrays.
 */

export interface DenseLabels {
  labels: Int32Array;
  count: number;
}

export function relabelDensely(labels: ArrayLike<number>): DenseLabels {
  const length = labels.length;
  const result = new Int32Array(length);
  let isSmall = true;
  for (let i = 0; i < length; i += 1) {
    const label = labels[i]!;
    if (!Number.isInteger(label) || label < 0 || label >= length) {
      isSmall = false;
      break;
    }
  }
  let count = 0;
  if (isSmall) {
    // Labels already index an array of this length: no Map needed.
    const renamed = new Int32Array(length).fill(-1);
    for (let i = 0; i < length; i += 1) {
      const label = labels[i]!;
      let dense = renamed[label]!;
      if (dense < 0) {
        dense = count;
        renamed[label] = count;
        count += 1;
      }
      result[i] = dense;
    }
    return { labels: result, count };
  }
  const renamed = new Map<number, number>();
  for (let i = 0; i < length; i += 1) {
    const label = labels[i]!;
    let dense = renamed.get(label);
    if (dense === undefined) {
      dense = count;
      renamed.set(label, count);
      count += 1;
    }
    result[i] = dense;
  }
  return { labels: result, count };
}
