/**
 * Mutual-connection estimate benchmark (docs/science.md section 9): on every ego network in DIR
 * (SNAP layout: E.feat, E.featnames, E.edges; default data/snap-ego-facebook/egos), the estimator
 * gets only what a LinkedIn-style export could hold (employer, school, location of each contact)
 * and its estimate of each contact's mutual connections with the ego is compared with the truth
 * (the contact's degree among the ego's contacts). Printed per ego: Spearman rho and mean absolute
 * error for
 * - the estimator as shipped (calibrated on the seven SNAP egos, so on those it has seen the ego),
 * - the estimator refitted on the other egos of DIR (leave-one-out: it never sees the ego),
 * - baseline "employer clique": everyone at one employer knows everyone (m = colleagues),
 * - baseline "class rates": P(tie) per class of shared kinds (employer x school x location),
 *   fitted on the other egos of DIR (leave-one-out).
 * Then whether each estimate meets the targets: rho and MAE at least as good as the class rates,
 * and MAE at least 25 % below the clique. Asserts nothing; exit code 0.
 *
 * Usage: npm run bench:mutuals [DIR]
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  addTrainingEgo,
  collectPairEvidence,
  estimateMutuals,
  fitMutualModel,
  SNAP_MUTUAL_MODEL,
  type MutualModel,
  type MutualTrainingRows,
} from '../graph/mutual-estimate.js';
import { parseSnapEgo, type SnapEgo } from '../graph/snap-ego-features.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const directory = path.resolve(
  process.argv[2] ?? path.join(repoRoot, 'data/snap-ego-facebook/egos'),
);

interface Ego {
  name: string;
  data: SnapEgo;
  rows: MutualTrainingRows;
  /** Pairs and ties per class mask (employer 1, school 2, location 4). */
  classPairs: number[];
  classTies: number[];
}

function loadEgos(dir: string): Ego[] {
  let files: string[];
  try {
    files = readdirSync(dir);
  } catch {
    console.error(`cannot read the folder ${dir}`);
    return [];
  }
  const names = files
    .filter((f) => f.endsWith('.feat'))
    .map((f) => f.slice(0, -'.feat'.length))
    .filter((e) => files.includes(`${e}.featnames`) && files.includes(`${e}.edges`))
    .sort((a, b) => Number(a) - Number(b) || a.localeCompare(b));
  return names.map((name) => {
    const read = (ext: string): string => readFileSync(path.join(dir, `${name}.${ext}`), 'utf8');
    const data = parseSnapEgo(name, {
      featnames: read('featnames'),
      feat: read('feat'),
      edges: read('edges'),
    });
    for (const issue of data.issues.slice(0, 5)) console.error(`  skipped ${issue}`);
    if (data.issues.length > 5) console.error(`  ... and ${data.issues.length - 5} more`);
    const rows: MutualTrainingRows = { features: [], pairs: [], ties: [] };
    const n = data.contacts.length;
    const isTie = (u: number, v: number): boolean => data.ties.has(u * n + v);
    addTrainingEgo(rows, data.contacts, isTie);
    const classPairs = new Array<number>(8).fill(0);
    const classTies = new Array<number>(8).fill(0);
    const evidence = collectPairEvidence({ contacts: data.contacts });
    let sharedTies = 0;
    for (const [key, pair] of evidence) {
      classPairs[pair.mask] = classPairs[pair.mask]! + 1;
      if (data.ties.has(key)) {
        classTies[pair.mask] = classTies[pair.mask]! + 1;
        sharedTies += 1;
      }
    }
    classPairs[0] = (n * (n - 1)) / 2 - evidence.size;
    classTies[0] = data.ties.size - sharedTies;
    return { name, data, rows, classPairs, classTies };
  });
}

function mergeRows(egos: readonly Ego[]): MutualTrainingRows {
  const index = new Map<string, number>();
  const merged: MutualTrainingRows = { features: [], pairs: [], ties: [] };
  for (const ego of egos) {
    ego.rows.features.forEach((x, r) => {
      const key = x.join(',');
      let row = index.get(key);
      if (row === undefined) {
        row = merged.features.length;
        index.set(key, row);
        merged.features.push(x);
        merged.pairs.push(0);
        merged.ties.push(0);
      }
      merged.pairs[row] = merged.pairs[row]! + ego.rows.pairs[r]!;
      merged.ties[row] = merged.ties[row]! + ego.rows.ties[r]!;
    });
  }
  return merged;
}

/** Average ranks (ties share the mean rank). */
function ranks(values: ArrayLike<number>): Float64Array {
  const order = Array.from({ length: values.length }, (_, i) => i).sort(
    (a, b) => values[a]! - values[b]!,
  );
  const result = new Float64Array(values.length);
  let i = 0;
  while (i < order.length) {
    let j = i;
    while (j + 1 < order.length && values[order[j + 1]!] === values[order[i]!]) j += 1;
    for (let k = i; k <= j; k += 1) result[order[k]!] = (i + j) / 2;
    i = j + 1;
  }
  return result;
}

function spearman(a: ArrayLike<number>, b: ArrayLike<number>): number {
  const ra = ranks(a);
  const rb = ranks(b);
  const n = ra.length;
  let ma = 0;
  let mb = 0;
  for (let i = 0; i < n; i += 1) {
    ma += ra[i]! / n;
    mb += rb[i]! / n;
  }
  let cov = 0;
  let va = 0;
  let vb = 0;
  for (let i = 0; i < n; i += 1) {
    cov += (ra[i]! - ma) * (rb[i]! - mb);
    va += (ra[i]! - ma) ** 2;
    vb += (rb[i]! - mb) ** 2;
  }
  return va > 0 && vb > 0 ? cov / Math.sqrt(va * vb) : 0;
}

function mae(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let sum = 0;
  for (let i = 0; i < a.length; i += 1) sum += Math.abs(a[i]! - b[i]!);
  return a.length > 0 ? sum / a.length : 0;
}

function estimate(ego: Ego, model: MutualModel): Float64Array {
  return Float64Array.from(
    estimateMutuals({ contacts: ego.data.contacts }, { model }),
    (e) => e.expected,
  );
}

function clique(ego: Ego): Float64Array {
  const m = new Float64Array(ego.data.contacts.length);
  const n = m.length;
  for (const [key, pair] of collectPairEvidence({ contacts: ego.data.contacts })) {
    if (!(pair.mask & 1)) continue;
    const u = Math.floor(key / n);
    m[u] = m[u]! + 1;
    m[key - u * n] = m[key - u * n]! + 1;
  }
  return m;
}

function classRates(ego: Ego, others: readonly Ego[]): Float64Array {
  const pairs = new Array<number>(8).fill(0);
  const ties = new Array<number>(8).fill(0);
  for (const o of others) {
    for (let c = 0; c < 8; c += 1) {
      pairs[c] = pairs[c]! + o.classPairs[c]!;
      ties[c] = ties[c]! + o.classTies[c]!;
    }
  }
  const overall =
    ties.reduce((s, t) => s + t, 0) /
    Math.max(
      1,
      pairs.reduce((s, p) => s + p, 0),
    );
  const rate = pairs.map((p, c) => (p > 0 ? ties[c]! / p : overall));
  const n = ego.data.contacts.length;
  const m = new Float64Array(n).fill(rate[0]! * (n - 1));
  for (const [key, pair] of collectPairEvidence({ contacts: ego.data.contacts })) {
    const u = Math.floor(key / n);
    const v = key - u * n;
    const delta = rate[pair.mask]! - rate[0]!;
    m[u] = m[u]! + delta;
    m[v] = m[v]! + delta;
  }
  return m;
}

function main(): void {
  const egos = loadEgos(directory);
  console.log(`bench:mutuals on ${directory}: ${egos.length} ego networks`);
  if (egos.length === 0) {
    console.log('no ego networks found (each needs E.feat, E.featnames and E.edges)');
    return;
  }
  const pad = (s: string, w: number): string => s.padStart(w);
  const cell = (rho: number, err: number): string =>
    pad(`${rho.toFixed(3)} / ${err.toFixed(1)}`, 16);
  console.log(
    `${'ego'.padEnd(6)}${pad('contacts', 9)}${pad('true mean', 10)} | rho / MAE:` +
      `${pad('shipped', 16)}${pad('refit (LOO)', 16)}${pad('clique', 16)}${pad('class (LOO)', 16)}` +
      ' | targets met: shipped, refit',
  );
  const met = { shipped: 0, refit: 0 };
  for (const ego of egos) {
    const truth = ego.data.trueMutuals;
    const others = egos.filter((o) => o !== ego);
    const shipped = estimate(ego, SNAP_MUTUAL_MODEL);
    const refit = others.length > 0 ? estimate(ego, fitMutualModel(mergeRows(others))) : shipped;
    const baseClique = clique(ego);
    const baseClass = classRates(ego, others.length > 0 ? others : [ego]);
    const score = (m: Float64Array): { rho: number; err: number } => ({
      rho: spearman(m, truth),
      err: mae(m, truth),
    });
    const s = score(shipped);
    const r = score(refit);
    const c = score(baseClique);
    const k = score(baseClass);
    const meets = (x: { rho: number; err: number }): boolean =>
      x.rho >= k.rho && x.err <= k.err && x.err <= 0.75 * c.err;
    const mean = truth.reduce((a, b) => a + b, 0) / Math.max(1, truth.length);
    if (meets(s)) met.shipped += 1;
    if (meets(r)) met.refit += 1;
    console.log(
      `${ego.name.padEnd(6)}${pad(String(truth.length), 9)}${pad(mean.toFixed(1), 10)} |           ` +
        `${cell(s.rho, s.err)}${cell(r.rho, r.err)}${cell(c.rho, c.err)}${cell(k.rho, k.err)}` +
        ` | ${meets(s) ? 'yes' : 'no'}, ${meets(r) ? 'yes' : 'no'}` +
        `   (MAE vs clique: shipped ${pct(s.err, c.err)}, refit ${pct(r.err, c.err)}; target -25 %)`,
    );
  }
  console.log(
    `targets (rho and MAE no worse than class rates, MAE 25 % below the clique) met on ` +
      `${met.shipped} of ${egos.length} egos as shipped, ${met.refit} of ${egos.length} refitted`,
  );
}

function pct(value: number, baseline: number): string {
  return baseline > 0 ? `${(((value - baseline) / baseline) * 100).toFixed(0)} %` : 'n/a';
}

main();
