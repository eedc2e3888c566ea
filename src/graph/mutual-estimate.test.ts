import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  addTrainingEgo,
  estimateMutuals,
  fitMutualModel,
  pairProbability,
  SNAP_MUTUAL_MODEL,
  type ContactAttributes,
  type MutualModel,
  type MutualTrainingRows,
} from './mutual-estimate.js';
import { parseSnapEgo } from './snap-ego-features.js';
import { egoFacebookDirectory } from './test-support/ego-facebook.js';

const none: ContactAttributes = { employers: [], schools: [], locations: [] };
const at = (employer: string): ContactAttributes => ({ ...none, employers: [employer] });
/** A model where every probability is easy to compute by hand. */
const flat: MutualModel = {
  intercept: Math.log(0.1 / 0.9),
  logNetworkSize: 0,
  sharedEmployer: Math.log(0.5 / 0.5) - Math.log(0.1 / 0.9),
  sharedSchool: 0,
  sharedLocation: 0,
  employerAndSchool: 0,
  employerAndLocation: 0,
  schoolAndLocation: 0,
  logEmployerSize: 0,
};

describe('estimateMutuals (docs/science.md section 9)', () => {
  it('sums pair probabilities: shared employer 0.5, nothing shared 0.1 (hand calculation)', () => {
    // Contacts 0-2 at Acme, 3 at Bolt, 4 with no company. Contact 0: two colleagues at 0.5 and
    // two others at 0.1 -> 1.2. Contact 3: four others at 0.1 -> 0.4.
    const result = estimateMutuals(
      { contacts: [at('acme'), at('acme'), at('acme'), at('bolt'), none] },
      { model: flat, interval: { low: 0.5, high: 2 } },
    );
    expect(result[0]!.expected).toBeCloseTo(1.2, 12);
    expect(result[0]!.fromEmployer).toBeCloseTo(1.0, 12);
    expect(result[0]!.sameEmployer).toBe(2);
    expect(result[3]!.expected).toBeCloseTo(0.4, 12);
    expect(result[0]!.low).toBeCloseTo(0.6, 12);
    expect(result[0]!.high).toBeCloseTo(2.4, 12);
  });

  it('counts observed co-members as certain and keeps them as the floor of the interval', () => {
    // 0 and 3 were on one mail thread: for 0, 1 observed + 2 x 0.5 + 1 x 0.1.
    const result = estimateMutuals(
      { contacts: [at('acme'), at('acme'), at('acme'), at('bolt'), none], coMemberships: [[0, 3]] },
      { model: flat, interval: { low: 0, high: 2 } },
    );
    expect(result[0]!.observed).toBe(1);
    expect(result[0]!.expected).toBeCloseTo(2.1, 12);
    expect(result[0]!.low).toBe(1);
    expect(result[3]!.expected).toBeCloseTo(1 + 3 * 0.1, 12);
  });

  it('caps what pairs sharing nothing add', () => {
    // 20 contacts at 20 companies: each has 19 others at 0.1 = 1.9, capped at 1.
    const contacts = Array.from({ length: 20 }, (_, i) => at(`c${i}`));
    const result = estimateMutuals({ contacts }, { model: flat, baseCap: 1 });
    expect(result[0]!.expected).toBeCloseTo(1, 12);
    expect(estimateMutuals({ contacts }, { model: flat })[0]!.expected).toBeCloseTo(1.9, 12);
  });

  it('says less of a shared employer the larger it is in the network (the calibrated model)', () => {
    const kinds = { employer: true, school: false, location: false };
    const small = pairProbability(SNAP_MUTUAL_MODEL, kinds, 5, 1000);
    const large = pairProbability(SNAP_MUTUAL_MODEL, kinds, 100, 1000);
    expect(large).toBeLessThan(small);
    // 100 colleagues at p(100) stay far from the clique's 99.
    expect(99 * large).toBeLessThan(20);
  });
});

describe('the shipped calibration is what the seven SNAP egos give', () => {
  const dir = path.join(egoFacebookDirectory, 'egos');
  const egos = ['0', '107', '348', '414', '686', '698', '1684'];
  const rows: MutualTrainingRows = { features: [], pairs: [], ties: [] };
  const index = new Map<string, number>();
  for (const name of egos) {
    const read = (ext: string): string => readFileSync(path.join(dir, `${name}.${ext}`), 'utf8');
    const ego = parseSnapEgo(name, {
      featnames: read('featnames'),
      feat: read('feat'),
      edges: read('edges'),
    });
    const n = ego.contacts.length;
    addTrainingEgo(rows, ego.contacts, (u, v) => ego.ties.has(u * n + v), index);
  }

  it('reproduces the README figures: employer ~0.26, school ~0.16, neither ~0.03', () => {
    const rate = (test: (x: number[]) => boolean): number => {
      let pairs = 0;
      let ties = 0;
      rows.features.forEach((x, r) => {
        if (!test(x)) return;
        pairs += rows.pairs[r]!;
        ties += rows.ties[r]!;
      });
      return ties / pairs;
    };
    expect(rate((x) => x[1] === 1)).toBeCloseTo(0.26, 1);
    expect(rate((x) => x[2] === 1)).toBeCloseTo(0.16, 1);
    expect(rate((x) => x[1] === 0 && x[2] === 0)).toBeCloseTo(0.03, 2);
    // Every alter pair: n(n - 1) / 2 summed over 347, 1,045, 227, 159, 170, 66 and 792 alters.
    expect(rows.pairs.reduce((a, b) => a + b, 0)).toBe(973_479);
  });

  it('refits to the shipped coefficients', () => {
    const fitted = fitMutualModel(rows);
    for (const key of Object.keys(SNAP_MUTUAL_MODEL) as (keyof MutualModel)[]) {
      expect(fitted[key]).toBeCloseTo(SNAP_MUTUAL_MODEL[key], 3);
    }
  });
});
