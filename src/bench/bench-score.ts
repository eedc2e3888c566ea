/**
 * `npm run bench` (second part): time to score and rank every tie of the 30,000-connection demo
 * (issue 4; goal under 100 ms warm). Features are read from the store once; scoring and ranking
 * are pure and timed warm, best and median of several runs. The peer, side by side, is the
 * floor of the same loop: one pass over the ties computing only S(m) * I(q).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { rankAsk } from '../core/ties/rank-ask.js';
import { rankReconnect } from '../core/ties/rank-reconnect.js';
import { rankRecruiters } from '../core/ties/rank-recruiters.js';
import { scoreTies } from '../core/ties/score-tie.js';
import { interactionTerm, messagePercentiles } from '../core/ties/interaction-intensity.js';
import { structuralNovelty } from '../core/ties/structural-novelty.js';
import { DEFAULT_TIE_SETTINGS } from '../core/ties/tie-settings.js';
import { writeDemoExport } from '../demo/generate-demo-export.js';
import { computeTieFeatures } from '../services/compute-tie-features.js';
import { loadGoals } from '../services/goals-service.js';
import { importFiles } from '../services/import-files.js';
import { LOCAL_ACCOUNT_ID, openSqliteStore } from '../services/store-access.js';

const work = mkdtempSync(join(tmpdir(), 'weakties-bench-score-'));

function time(runs: number, fn: () => void): { best: number; median: number } {
  for (let i = 0; i < 3; i += 1) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return { best: times[0] ?? 0, median: times[Math.floor(times.length / 2)] ?? 0 };
}

try {
  const zip = await writeDemoExport(work, { connections: 30_000, messages: 200_000 });
  const store = await openSqliteStore({ dir: join(work, 'store') });
  await importFiles(store, [zip]);
  let t = performance.now();
  const network = await computeTieFeatures(store, LOCAL_ACCOUNT_ID);
  const featuresMs = performance.now() - t;
  const { goals } = await loadGoals(store, LOCAL_ACCOUNT_ID);
  await store.close();
  const now = new Date('2026-11-23T12:00:00Z');
  const ties = network.features;
  console.log(
    `\nweakties scoring benchmark: ${ties.length.toLocaleString('en-US')} ties of the 30,000-connection demo`,
  );
  console.log(`features from the store (once, cold):  ${featuresMs.toFixed(0)} ms`);
  const score = time(15, () => {
    scoreTies(ties, goals, DEFAULT_TIE_SETTINGS, now);
  });
  const scored = scoreTies(ties, goals, DEFAULT_TIE_SETTINGS, now);
  const rank = time(15, () => {
    rankAsk(scored, goals);
    rankReconnect(scored, goals);
    rankRecruiters(scored, goals);
  });
  t = performance.now();
  for (const s of scored) void s.explanation;
  const explainMs = performance.now() - t;
  const floor = time(15, () => {
    const counts = new Float64Array(ties.length);
    ties.forEach((f, i) => (counts[i] = f.messagesSent + f.messagesReceived));
    const q = messagePercentiles(counts);
    let sum = 0;
    for (let i = 0; i < ties.length; i += 1)
      sum += structuralNovelty(5, 10) * interactionTerm(q[i] ?? 0, 0.5);
    if (sum < 0) console.log(sum);
  });
  const row = (label: string, f: { best: number; median: number }) =>
    console.log(
      `${label.padEnd(38)} best ${f.best.toFixed(1).padStart(6)} ms   median ${f.median.toFixed(1).padStart(6)} ms`,
    );
  row('score all ties (scoreTies, warm)', score);
  row('rank ask + reconnect + recruiters', rank);
  row('peer floor: S(m) * I(q) only', floor);
  console.log(`explanations for every tie (lazy, once): ${explainMs.toFixed(0)} ms`);
  console.log(`ratio score / floor (median): ${(score.median / floor.median).toFixed(1)}x`);
  console.log('goal: score and rank under 100 ms warm');
} finally {
  rmSync(work, { recursive: true, force: true });
}
