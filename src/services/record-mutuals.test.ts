import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { nextMutualsToRecord, recordMutuals } from './record-mutuals.js';
import { scoreNetwork } from './recommend.js';
import { contact, personIds, writeRecords } from './test-support/network-fixture.js';
import { openTempStore } from './test-support/temp-store.js';

type TempStore = Awaited<ReturnType<typeof openTempStore>>;
let store: TempStore;
beforeEach(async () => {
  store = await openTempStore();
});
afterEach(async () => {
  await store.cleanup();
});
const now = new Date('2026-11-01T00:00:00Z');

describe('the record-the-real-count queue', () => {
  it('offers the widest estimates first, and a recorded count moves the score at once', async () => {
    // Six at Acme (an estimate with a range), one alone at Solo, one with no company (unknown).
    await writeRecords(store, [
      ...['Ana Ruiz', 'Bo Chen', 'Cy Dahl', 'Dan Eng', 'Eva Fox', 'Fay Gul'].map((n) =>
        contact(n, 'Acme'),
      ),
      contact('Lone Wolf', 'Solo'),
      contact('No Name', ''),
    ]);
    const ids = await personIds(store);
    const queue = await nextMutualsToRecord(store, { now, limit: 20 });
    expect(queue).toHaveLength(8);
    for (let i = 1; i < queue.length; i += 1) {
      expect(queue[i]!.swing).toBeLessThanOrEqual(queue[i - 1]!.swing);
    }
    expect(queue.find((e) => e.name === 'No Name')?.current).toBe('mutual connections unknown');
    expect(queue.find((e) => e.name === 'Ana Ruiz')?.current).toMatch(
      /^about \d+ mutual connections? \(estimated from 5 other contacts at Acme in your network; likely \d+ to \d+\)$/,
    );

    const before = await scoreNetwork(store, { now });
    const ana = String(ids.get('Ana Ruiz'));
    const scoreOf = (n: typeof before) => n.scored.find((s) => s.personId === ana)!;
    expect(scoreOf(before).mutuals?.source).toBe('inferred');
    // 10 is the peak of S(m): recording it raises her score above every unrecorded colleague.
    await recordMutuals(store, ana, 10, { now });
    const after = await scoreNetwork(store, { now });
    expect(scoreOf(after).mutuals).toEqual({ count: 10, source: 'recorded' });
    expect(scoreOf(after).structuralNovelty).toBe(1);
    expect(scoreOf(after).opportunity).toBeGreaterThan(scoreOf(before).opportunity);
    const requeued = await nextMutualsToRecord(store, { now, limit: 20 });
    expect(requeued.map((e) => e.name)).not.toContain('Ana Ruiz');
    expect(requeued).toHaveLength(7);
  });
});
