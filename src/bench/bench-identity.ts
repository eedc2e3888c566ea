/**
 * Identity fusion benchmark (docs/science.md section 8): on the demo of three seeds and of
 * 10,000 connections, pairwise precision, recall and F1 of the automatic merges against the
 * generator's truth (truth.json beside the exports), beside the baseline of exact-key resolution
 * alone (what an import does with automatic merging off), the review queue as a share of
 * people, the precision curve over thresholds that the default threshold was chosen from, and a
 * second run proving a re-run merges nothing; then the time to estimate and score 100,000
 * synthetic people. Prints tables; asserts nothing.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_AUTO_MERGE_THRESHOLD, planAutoMerges } from '../core/identity/fusion-plan.js';
import { scorePeople, type IdentityRecord } from '../core/identity/match-model.js';
import { createSeededRng } from '../core/seeded-rng.js';
import type { IdentityTruth } from '../demo/identity-truth.js';
import { TRUTH_FILE_NAME } from '../demo/sources/write-demo-sources.js';
import {
  autoMergeIdentities,
  identityReview,
  listIdentityMerges,
  loadFusionInput,
  setAutoMerge,
} from '../services/fuse-identities.js';
import { runDemo } from '../services/run-demo.js';
import { LOCAL_ACCOUNT_ID, openSqliteStore, type Store } from '../store/open-store.js';
import { scorePairwise, truthKeyLabels, type KeyRecord } from './identity-truth-score.js';

const RUNS = [
  { seed: 1, connections: undefined },
  { seed: 2, connections: undefined },
  { seed: 3, connections: undefined },
  { seed: 1, connections: 10_000 },
] as const;
const CURVE = [0.5, 0.8, 0.9, 0.95, 0.99, 0.999];

async function keyRecords(store: Store): Promise<KeyRecord[]> {
  const rows = await store.db
    .selectFrom('identities')
    .select(['person_id', 'kind', 'value'])
    .where('account_id', '=', LOCAL_ACCOUNT_ID)
    .execute();
  return rows.map((r) => ({ personId: r.person_id, kind: r.kind, value: r.value }));
}

async function countPeople(store: Store): Promise<number> {
  const r = await store.db
    .selectFrom('people')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('account_id', '=', LOCAL_ACCOUNT_ID)
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

const f = (x: number) => x.toFixed(4);

console.log('identity fusion on the demo: pairwise precision / recall / F1 of key records');
console.log(
  `default threshold ${DEFAULT_AUTO_MERGE_THRESHOLD}; targets: precision >= 0.995, recall >= 0.97, review <= 1 % of people`,
);
for (const run of RUNS) {
  const dir = mkdtempSync(join(tmpdir(), 'weakties-bench-identity-'));
  const store = await openSqliteStore({ dir });
  try {
    // Baseline: exact keys only, as imports resolved people before fusion.
    await setAutoMerge(store, { autoMerge: false });
    await runDemo(store, {
      dir,
      seed: run.seed,
      ...(run.connections !== undefined ? { connections: run.connections } : {}),
    });
    const truth = JSON.parse(readFileSync(join(dir, TRUTH_FILE_NAME), 'utf8')) as IdentityTruth;
    const labels = truthKeyLabels(truth);
    const peopleBefore = await countPeople(store);
    const baseline = scorePairwise(await keyRecords(store), labels);

    // The curve, from one round of planned merges over the baseline store.
    const input = await loadFusionInput(store, LOCAL_ACCOUNT_ID);
    const started = performance.now();
    const scored = scorePeople(input.records, {
      dismissed: input.dismissed,
      knownMatches: input.knownMatches,
    });
    const scoreMs = performance.now() - started;
    const records = await keyRecords(store);
    const curve = CURVE.map((threshold) => {
      const into = new Map<number, number>();
      for (const m of planAutoMerges(input.records, scored.pairs, threshold)) {
        into.set(m.mergedId, m.keptId);
      }
      const moved = records.map((r) => ({ ...r, personId: into.get(r.personId) ?? r.personId }));
      return { threshold, score: scorePairwise(moved, labels) };
    });

    await setAutoMerge(store, { autoMerge: true });
    const fused = await autoMergeIdentities(store);
    const again = await autoMergeIdentities(store);
    // The baseline's records followed through the merges (a merge drops a key both people
    // held, which would change the record set under comparison).
    const into = new Map<number, number>();
    for (const m of await listIdentityMerges(store)) into.set(m.mergedPersonId, m.keptPersonId);
    const final = (id: number): number => {
      let at = id;
      while (into.has(at)) at = into.get(at) as number;
      return at;
    };
    const after = scorePairwise(
      records.map((r) => ({ ...r, personId: final(r.personId) })),
      labels,
    );
    const people = await countPeople(store);
    const review = await identityReview(store);

    const label = `seed ${run.seed}, ${run.connections ?? 'default'} connections`;
    console.log('');
    console.log(
      `${label}: ${peopleBefore} people before fusion, ${people} after; ${truth.humans.length} humans in the truth; ${after.records} key records, ${after.truePairs} true pairs`,
    );
    console.log(
      `  model: m from ${scored.parameters.mFrom} (${scored.parameters.emIterations} iterations), u from ${scored.parameters.uFrom}, ${scored.parameters.candidatePairs} candidate pairs, scored in ${scoreMs.toFixed(0)} ms`,
    );
    console.log('  resolution                 precision  recall  F1');
    console.log(
      `  baseline: exact keys only  ${f(baseline.precision)}     ${f(baseline.recall)}  ${f(baseline.f1)}`,
    );
    console.log(
      `  fusion (${fused.merged} auto merges)   ${f(after.precision)}     ${f(after.recall)}  ${f(after.f1)}`,
    );
    console.log(
      `  review queue: ${review.total} pairs = ${((100 * review.total) / people).toFixed(2)} % of people; a second run merged ${again.merged}`,
    );
    console.log(
      `  curve (one round): ${curve
        .map((c) => `${c.threshold}: P ${f(c.score.precision)} R ${f(c.score.recall)}`)
        .join(' | ')}`,
    );
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

// Blocking at scale: 100,000 synthetic people whose names come from 400 first names and 3,000
// surnames (about eight people per full name, far more namesakes than a real network has).
{
  const random = createSeededRng(7);
  const pick = (n: number) => Math.floor(random() * n);
  const people: IdentityRecord[] = [];
  for (let i = 1; i <= 100_000; i += 1) {
    const first = `first${pick(400)}`;
    const last = `last${pick(3000)}`;
    people.push({
      id: i,
      names: [{ first, last }],
      company: `company ${pick(8000)}`,
      emails: random() < 0.4 ? [`${first}.${last}${i}@example.com`] : [],
      phones: random() < 0.2 ? [`+1555${String(i).padStart(7, '0')}`] : [],
      profileUrls: random() < 0.7 ? [`linkedin.com/in/p${i}`] : [],
      conversationIds: [],
      sources: ['synthetic'],
      isConnection: random() < 0.7,
    });
  }
  const started = performance.now();
  const scored = scorePeople(people);
  console.log('');
  console.log(
    `scale: 100,000 synthetic people, ${scored.parameters.candidatePairs.toLocaleString('en')} candidate pairs, estimated and scored in ${(performance.now() - started).toFixed(0)} ms`,
  );
}
