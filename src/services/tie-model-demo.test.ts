/**
 * The tie model on the demo's own ties (docs/science.md section 1, "What changed in the blend"):
 * the interaction axis follows the paper per industry (Rajkumar et al. 2022, Figure 3), and the
 * people at a target company are not pushed out of the ask list by the company's size.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scoreTie, scoreTies } from '../core/ties/score-tie.js';
import type { Goals } from '../core/ties/goals.js';
import type { TieFeatures } from '../core/ties/tie-features.js';
import { DEFAULT_TIE_SETTINGS } from '../core/ties/tie-settings.js';
import { computeTieFeatures } from './compute-tie-features.js';
import { loadGoals } from './goals-service.js';
import { runDemo } from './run-demo.js';
import { rankList, scoreNetwork } from './recommend.js';
import { openTempStore } from './test-support/temp-store.js';
import { LOCAL_ACCOUNT_ID } from '../store/open-store.js';

type TempStore = Awaited<ReturnType<typeof openTempStore>>;
let store: TempStore;
let ties: TieFeatures[];
let goals: Goals;
const now = new Date('2026-11-01T00:00:00Z');
const S = DEFAULT_TIE_SETTINGS;

beforeAll(async () => {
  store = await openTempStore();
  // Every source of the demo (LinkedIn, phone book, Google, WhatsApp, mail, calendar).
  await runDemo(store, { dir: join(store.dir, 'demo') });
  ties = (await computeTieFeatures(store, LOCAL_ACCOUNT_ID)).features;
  goals = (await loadGoals(store, LOCAL_ACCOUNT_ID)).goals;
}, 120_000);
afterAll(async () => {
  await store.cleanup();
});

const total = (f: TieFeatures): number => f.messagesSent + f.messagesReceived;

/**
 * Message counts at the upper edge of each decile of the demo's messaged ties, after 0 for the
 * never-messaged ones (most of a real network, docs/demo-data.md).
 */
function decileLevels(): number[] {
  const counts = ties
    .map(total)
    .filter((c) => c > 0)
    .sort((a, b) => a - b);
  const levels = [0];
  for (let d = 1; d <= 10; d += 1) levels.push(counts[Math.ceil((d * counts.length) / 10) - 1]!);
  return [...new Set(levels)];
}

/** Each tie scored as if it had exchanged `count` messages, the rest of the network unchanged. */
function scoreAt(f: TieFeatures, count: number, target: Goals): number {
  const others = ties.filter((t) => t !== f).map(total);
  const q = others.filter((c) => c < count).length / others.length;
  const moved = {
    ...f,
    messagesSent: Math.ceil(count / 2),
    messagesReceived: Math.floor(count / 2),
  };
  return scoreTie(moved, target, { interactionPercentile: q }, S, now).opportunity;
}

describe('the interaction axis on the demo', () => {
  it('never raises a tie’s score with more messages for a digital target (Information)', () => {
    const levels = decileLevels();
    expect(levels.length).toBeGreaterThan(4);
    const digital = { ...goals, targetIndustries: ['51' as const] };
    // Every 10th tie, so the whole range of the demo is covered in a few seconds.
    for (const f of ties.filter((_, i) => i % 10 === 0)) {
      const scores = levels.map((c) => scoreAt(f, c, digital));
      for (let k = 1; k < scores.length; k += 1) {
        expect(scores[k]!).toBeLessThanOrEqual(scores[k - 1]! + 1e-12);
      }
    }
  });

  it('scores stronger ties at least as high for a less digital target (Construction)', async () => {
    const network = await scoreNetwork(store, { now });
    const lessDigital = { ...goals, targetIndustries: ['23' as const] };
    const scored = scoreTies(ties, lessDigital, S, now);
    const mean = (strength: string): number => {
      const of = scored.filter((s) => s.strength === strength);
      expect(of.length, strength).toBeGreaterThan(0);
      return of.reduce((sum, s) => sum + s.opportunity, 0) / of.length;
    };
    expect(mean('strong')).toBeGreaterThanOrEqual(mean('moderately-weak'));
    expect(mean('moderately-weak')).toBeGreaterThanOrEqual(mean('weak'));
    expect(network.scored.length).toBe(scored.length);
  });
});

describe('the structural axis on the demo', () => {
  it('orders the paper’s terciles 2-6 > 7+ > 0-1 on the demo’s own estimated counts', async () => {
    const network = await scoreNetwork(store, { now });
    const mean = (tercile: string): number => {
      const of = network.scored.filter((s) => s.mutualTercile === tercile);
      expect(of.length, tercile).toBeGreaterThan(0);
      return of.reduce((sum, s) => sum + s.opportunity, 0) / of.length;
    };
    expect(mean('2-6')).toBeGreaterThan(mean('7+'));
    expect(mean('7+')).toBeGreaterThan(mean('0-1'));
  });
});

describe('the ask list on the demo', () => {
  it('keeps every target company within the first 200, big or small', async () => {
    const network = await scoreNetwork(store, { now });
    const ask = rankList(network, 'ask');
    const byId = new Map(network.scored.map((s) => [s.personId, s]));
    const best = new Map<string, number>();
    ask.forEach((entry, i) => {
      const company = byId.get(entry.personId)?.goalMatch.matchedCompany;
      if (company !== undefined && !best.has(company)) best.set(company, i + 1);
    });
    expect(best.size).toBeGreaterThan(10);
    for (const [company, rank] of best) expect(rank, company).toBeLessThanOrEqual(200);
  });
});
