/**
 * Mutual connections estimated from evidence (docs/science.md section 9). LinkedIn's export lists
 * the user's connections but not who among them knows whom (docs/science.md section 6), so each
 * contact's m is the expected number of the user's other contacts they know, summed over pairs:
 *
 *   E[m_i] = sum over j != i of P(i and j know each other | evidence)
 *
 * - Observed co-membership (co-recipients of one mail thread, co-attendees of one meeting,
 *   members of one group chat) is direct evidence: the pair counts as 1, and these are the only
 *   part that is "at least N".
 * - A shared employer, school or location is a probability from a logistic model calibrated on
 *   real ego networks where the true ties are known (SNAP ego-Facebook, seven egos): shared
 *   employer, school and location, their pairwise overlaps, the size of the shared employer in
 *   the network (a large employer says less) and the size of the network (larger networks are
 *   sparser).
 * - Every other pair gets the base probability of the same model for "nothing shared", optionally
 *   capped (the product caps it by the paper's LinkedIn distribution, section 9).
 *
 * The interval is the 10th to 90th percentile of true / estimated m over the calibration egos,
 * never below the observed co-members. Pure: no I/O.
 */

/** Coefficients of the pair model: logit P(tie) = sum of the terms that apply. */
export interface MutualModel {
  intercept: number;
  /** Per unit of ln(number of contacts). */
  logNetworkSize: number;
  sharedEmployer: number;
  sharedSchool: number;
  sharedLocation: number;
  employerAndSchool: number;
  employerAndLocation: number;
  schoolAndLocation: number;
  /** Per unit of ln(contacts at the smallest shared employer), for pairs sharing an employer. */
  logEmployerSize: number;
}

/**
 * Fitted on all seven egos of data/snap-ego-facebook/egos (every alter pair, 973,479 pairs;
 * maximum likelihood, a 0.01 ridge) by fitMutualModel; mutual-estimate.test.ts refits and checks.
 */
export const SNAP_MUTUAL_MODEL: MutualModel = {
  intercept: -0.7759,
  logNetworkSize: -0.4033,
  sharedEmployer: 3.7381,
  sharedSchool: 1.737,
  sharedLocation: 0.975,
  employerAndSchool: -1.6361,
  employerAndLocation: -0.0221,
  schoolAndLocation: -0.3962,
  logEmployerSize: -0.4993,
};

/**
 * True m / estimated m over every alter of the seven calibration egos: 10th and 90th percentile
 * (0.14 and 2.34; median 0.79). The spread is wide: two people with the same employer and school
 * can know 3 or 30 of the others.
 */
export const SNAP_RATIO_INTERVAL = { low: 0.14, high: 2.34 };

export const MUTUAL_MODEL_FEATURES = 8;

/** What is known about one contact: group keys per kind ('' or absent: none). */
export interface ContactAttributes {
  employers: readonly string[];
  schools: readonly string[];
  locations: readonly string[];
}

export interface MutualEstimateInput {
  contacts: readonly ContactAttributes[];
  /** Groups of contacts (indexes) seen together in one conversation or meeting. */
  coMemberships?: readonly (readonly number[])[];
}

export interface MutualEstimateOptions {
  model?: MutualModel;
  /**
   * At most this many expected mutual connections from pairs that share nothing (default: no
   * cap, the calibrated base). The product passes the paper's figure (section 9).
   */
  baseCap?: number;
  interval?: { low: number; high: number };
}

export interface MutualEstimate {
  /** Expected m (not rounded). */
  expected: number;
  low: number;
  high: number;
  /** Distinct contacts seen with this one in a conversation or meeting: a floor. */
  observed: number;
  /** Expected part from contacts sharing an employer, a school, a location (not observed). */
  fromEmployer: number;
  fromSchool: number;
  fromLocation: number;
  /** Expected part from contacts sharing nothing known. */
  fromBase: number;
  /** Contacts sharing each kind with this one (not observed together). */
  sameEmployer: number;
  sameSchool: number;
  sameLocation: number;
}

const EMPLOYER = 1;
const SCHOOL = 2;
const LOCATION = 4;
const OBSERVED = 8;

interface PairEvidence {
  mask: number;
  /** Contacts at the smallest shared employer. */
  employerSize: number;
}

function logistic(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

/** The model's features for a pair (without the intercept), in MutualModel order. */
export function pairFeatures(mask: number, employerSize: number, networkSize: number): number[] {
  const e = mask & EMPLOYER ? 1 : 0;
  const s = mask & SCHOOL ? 1 : 0;
  const l = mask & LOCATION ? 1 : 0;
  return [
    Math.log(Math.max(2, networkSize)),
    e,
    s,
    l,
    e * s,
    e * l,
    s * l,
    e ? Math.log(Math.max(2, employerSize)) : 0,
  ];
}

function modelVector(model: MutualModel): number[] {
  return [
    model.intercept,
    model.logNetworkSize,
    model.sharedEmployer,
    model.sharedSchool,
    model.sharedLocation,
    model.employerAndSchool,
    model.employerAndLocation,
    model.schoolAndLocation,
    model.logEmployerSize,
  ];
}

/** P(tie) for a pair with this evidence (kinds as a mask of EMPLOYER, SCHOOL, LOCATION). */
export function pairProbability(
  model: MutualModel,
  kinds: { employer: boolean; school: boolean; location: boolean },
  employerSize: number,
  networkSize: number,
): number {
  const mask =
    (kinds.employer ? EMPLOYER : 0) | (kinds.school ? SCHOOL : 0) | (kinds.location ? LOCATION : 0);
  const w = modelVector(model);
  const x = pairFeatures(mask, employerSize, networkSize);
  let z = w[0]!;
  for (let k = 0; k < x.length; k += 1) z += w[k + 1]! * x[k]!;
  return logistic(z);
}

/**
 * Pairs of contacts that share something, keyed u * n + v (u < v). Group members are enumerated
 * pairwise, so the work is the sum of squared group sizes.
 */
export function collectPairEvidence(input: MutualEstimateInput): Map<number, PairEvidence> {
  const n = input.contacts.length;
  const pairs = new Map<number, PairEvidence>();
  const kinds: [keyof ContactAttributes, number][] = [
    ['employers', EMPLOYER],
    ['schools', SCHOOL],
    ['locations', LOCATION],
  ];
  for (const [field, bit] of kinds) {
    const groups = new Map<string, number[]>();
    input.contacts.forEach((c, i) => {
      for (const key of new Set(c[field])) {
        if (key === '') continue;
        const list = groups.get(key);
        if (list) list.push(i);
        else groups.set(key, [i]);
      }
    });
    for (const members of groups.values()) {
      for (let a = 0; a < members.length; a += 1) {
        for (let b = a + 1; b < members.length; b += 1) {
          const key = members[a]! * n + members[b]!;
          const pair = pairs.get(key);
          if (pair) {
            pair.mask |= bit;
            if (bit === EMPLOYER) pair.employerSize = Math.min(pair.employerSize, members.length);
          } else {
            pairs.set(key, {
              mask: bit,
              employerSize: bit === EMPLOYER ? members.length : Number.POSITIVE_INFINITY,
            });
          }
        }
      }
    }
  }
  for (const group of input.coMemberships ?? []) {
    const members = [...new Set(group)].filter((i) => i >= 0 && i < n).sort((x, y) => x - y);
    for (let a = 0; a < members.length; a += 1) {
      for (let b = a + 1; b < members.length; b += 1) {
        const key = members[a]! * n + members[b]!;
        const pair = pairs.get(key);
        if (pair) pair.mask |= OBSERVED;
        else pairs.set(key, { mask: OBSERVED, employerSize: Number.POSITIVE_INFINITY });
      }
    }
  }
  return pairs;
}

/** Estimates m for every contact of one network (docs/science.md section 9). */
export function estimateMutuals(
  input: MutualEstimateInput,
  options: MutualEstimateOptions = {},
): MutualEstimate[] {
  const model = options.model ?? SNAP_MUTUAL_MODEL;
  const interval = options.interval ?? SNAP_RATIO_INTERVAL;
  const n = input.contacts.length;
  const w = modelVector(model);
  const calibratedBase = logistic(w[0]! + w[1]! * Math.log(Math.max(2, n)));
  const cap = options.baseCap;
  const base =
    cap !== undefined && n > 1
      ? Math.min(calibratedBase, Math.max(0, cap) / (n - 1))
      : calibratedBase;
  const results: MutualEstimate[] = input.contacts.map(() => ({
    expected: 0,
    low: 0,
    high: 0,
    observed: 0,
    fromEmployer: 0,
    fromSchool: 0,
    fromLocation: 0,
    fromBase: 0,
    sameEmployer: 0,
    sameSchool: 0,
    sameLocation: 0,
  }));
  const withEvidence = new Int32Array(n);
  const cache = new Map<number, number>();
  for (const [key, pair] of collectPairEvidence(input)) {
    const u = Math.floor(key / n);
    const v = key - u * n;
    withEvidence[u] = withEvidence[u]! + 1;
    withEvidence[v] = withEvidence[v]! + 1;
    for (const r of [results[u]!, results[v]!]) {
      if (pair.mask & OBSERVED) {
        r.observed += 1;
        continue;
      }
      if (pair.mask & EMPLOYER) r.sameEmployer += 1;
      if (pair.mask & SCHOOL) r.sameSchool += 1;
      if (pair.mask & LOCATION) r.sameLocation += 1;
    }
    if (pair.mask & OBSERVED) continue;
    const size = pair.mask & EMPLOYER ? pair.employerSize : 0;
    const cacheKey = pair.mask * 1_000_000 + size;
    let p = cache.get(cacheKey);
    if (p === undefined) {
      const x = pairFeatures(pair.mask, size, n);
      let z = w[0]!;
      for (let k = 0; k < x.length; k += 1) z += w[k + 1]! * x[k]!;
      p = logistic(z);
      cache.set(cacheKey, p);
    }
    // Credit the pair to its strongest kind, so the words name what carries the estimate.
    for (const r of [results[u]!, results[v]!]) {
      if (pair.mask & EMPLOYER) r.fromEmployer += p;
      else if (pair.mask & SCHOOL) r.fromSchool += p;
      else r.fromLocation += p;
    }
  }
  for (let i = 0; i < n; i += 1) {
    const r = results[i]!;
    r.fromBase = base * Math.max(0, n - 1 - withEvidence[i]!);
    const inferred = r.fromEmployer + r.fromSchool + r.fromLocation + r.fromBase;
    r.expected = r.observed + inferred;
    r.low = r.observed + inferred * interval.low;
    r.high = r.observed + inferred * interval.high;
  }
  return results;
}

/** Aggregated training rows: one per distinct feature vector, with pair and tie counts. */
export interface MutualTrainingRows {
  features: number[][];
  pairs: number[];
  ties: number[];
}

/** Adds one ego network's pairs to the training rows (true ties: `isTie(u, v)`). */
export function addTrainingEgo(
  rows: MutualTrainingRows,
  contacts: readonly ContactAttributes[],
  isTie: (u: number, v: number) => boolean,
  index: Map<string, number> = new Map(),
): void {
  const n = contacts.length;
  const evidence = collectPairEvidence({ contacts });
  const add = (x: number[], tie: boolean, count = 1): void => {
    const key = x.join(',');
    let row = index.get(key);
    if (row === undefined) {
      row = rows.features.length;
      index.set(key, row);
      rows.features.push(x);
      rows.pairs.push(0);
      rows.ties.push(0);
    }
    rows.pairs[row] = rows.pairs[row]! + count;
    if (tie) rows.ties[row] = rows.ties[row]! + count;
  };
  let baseTies = 0;
  for (let u = 0; u < n; u += 1) {
    for (let v = u + 1; v < n; v += 1) {
      const pair = evidence.get(u * n + v);
      if (pair) add(pairFeatures(pair.mask, pair.employerSize, n), isTie(u, v));
      else if (isTie(u, v)) baseTies += 1;
    }
  }
  const basePairs = (n * (n - 1)) / 2 - evidence.size;
  const x = pairFeatures(0, 0, n);
  add(x, false, basePairs - baseTies);
  add(x, true, baseTies);
}

/**
 * Maximum-likelihood logistic fit (Newton-Raphson on the aggregated rows, ridge `l2` on every
 * coefficient). Small: 9 coefficients, a few thousand rows.
 */
export function fitMutualModel(rows: MutualTrainingRows, l2 = 0.01, iterations = 30): MutualModel {
  const d = MUTUAL_MODEL_FEATURES + 1;
  const w = new Array<number>(d).fill(0);
  for (let it = 0; it < iterations; it += 1) {
    const g = new Array<number>(d).fill(0);
    const h = Array.from({ length: d }, () => new Array<number>(d).fill(0));
    rows.features.forEach((features, r) => {
      const x = [1, ...features];
      let z = 0;
      for (let k = 0; k < d; k += 1) z += w[k]! * x[k]!;
      const p = logistic(z);
      const pairs = rows.pairs[r]!;
      const residual = rows.ties[r]! - pairs * p;
      const weight = pairs * p * (1 - p);
      for (let a = 0; a < d; a += 1) {
        g[a] = g[a]! + residual * x[a]!;
        const ha = h[a]!;
        for (let b = 0; b < d; b += 1) ha[b] = ha[b]! + weight * x[a]! * x[b]!;
      }
    });
    for (let a = 0; a < d; a += 1) {
      g[a] = g[a]! - l2 * w[a]!;
      h[a]![a] = h[a]![a]! + l2;
    }
    const step = solve(h, g);
    let size = 0;
    for (let k = 0; k < d; k += 1) {
      w[k] = w[k]! + step[k]!;
      size = Math.max(size, Math.abs(step[k]!));
    }
    if (size < 1e-10) break;
  }
  return {
    intercept: w[0]!,
    logNetworkSize: w[1]!,
    sharedEmployer: w[2]!,
    sharedSchool: w[3]!,
    sharedLocation: w[4]!,
    employerAndSchool: w[5]!,
    employerAndLocation: w[6]!,
    schoolAndLocation: w[7]!,
    logEmployerSize: w[8]!,
  };
}

/** Gaussian elimination with partial pivoting; the Hessian plus ridge is positive definite. */
function solve(matrix: number[][], vector: number[]): number[] {
  const d = vector.length;
  const a = matrix.map((row, i) => [...row, vector[i]!]);
  for (let col = 0; col < d; col += 1) {
    let pivot = col;
    for (let r = col + 1; r < d; r += 1) {
      if (Math.abs(a[r]![col]!) > Math.abs(a[pivot]![col]!)) pivot = r;
    }
    [a[col], a[pivot]] = [a[pivot]!, a[col]!];
    const top = a[col]!;
    for (let r = col + 1; r < d; r += 1) {
      const row = a[r]!;
      const f = row[col]! / top[col]!;
      for (let c = col; c <= d; c += 1) row[c] = row[c]! - f * top[c]!;
    }
  }
  const x = new Array<number>(d).fill(0);
  for (let r = d - 1; r >= 0; r -= 1) {
    const row = a[r]!;
    let sum = row[d]!;
    for (let c = r + 1; c < d; c += 1) sum -= row[c]! * x[c]!;
    x[r] = sum / row[r]!;
  }
  return x;
}
