import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findClusters, findPaths, summariseNetwork } from './network-analysis.js';
import { scoreNetwork } from './recommend.js';
import { openTempStore } from './test-support/temp-store.js';
import { contact, conversation, personIds, writeRecords } from './test-support/network-fixture.js';

type TempStore = Awaited<ReturnType<typeof openTempStore>>;
let store: TempStore;
beforeEach(async () => {
  store = await openTempStore();
});
afterEach(async () => {
  await store.cleanup();
});

const now = new Date('2026-11-01T00:00:00Z');

/**
 * The owner talks to Ana often and to Bo once; Tom and Cy, at Acme, were never messaged. Ana
 * and Tom share the group chat "Platform guild", Bo and Cy the chat "Climbing"; Tom and Cy are
 * tied by their employer. Paths to Tom: owner-Ana-Tom, and owner-Bo-Cy-Tom.
 */
async function writeTinyNetwork(): Promise<void> {
  await writeRecords(store, [
    contact('Ana Ruiz', 'Globex'),
    contact('Bo Chen', 'Initech'),
    contact('Tom Berg', 'Acme'),
    contact('Cy Dahl', 'Acme Inc.'),
    ...conversation('ana', ['Ana Ruiz'], { messages: 12 }),
    ...conversation('bo', ['Bo Chen'], { messages: 1 }),
    ...conversation('guild', ['Ana Ruiz', 'Tom Berg'], { title: 'Platform guild' }),
    ...conversation('climbing', ['Bo Chen', 'Cy Dahl'], { title: 'Climbing' }),
  ]);
}

describe('findPaths', () => {
  it('ranks the one-hop path through the close introducer first and explains it', async () => {
    await writeTinyNetwork();
    const report = await findPaths(store, { person: 'Tom Berg', now });
    expect(report.targets).toBe(1);
    expect(report.askDirectly).toEqual([]);
    expect(report.paths.map((p) => [...p.introducers.map((i) => i.name), p.target.name])).toEqual([
      ['Ana Ruiz', 'Tom Berg'],
      ['Bo Chen', 'Cy Dahl', 'Tom Berg'],
    ]);
    expect(report.paths[0]?.explanation).toMatch(
      /^Ask Ana Ruiz \([a-z ]+ tie, 12 messages\) to introduce you to Tom Berg at Acme: they share a group chat "Platform guild"$/,
    );
    expect(report.paths[1]?.explanation).toMatch(
      /^Ask Bo Chen \([a-z ]+ tie, 1 message\) to introduce you to Cy Dahl \(they share a group chat "Climbing"\), who can introduce you to Tom Berg at Acme \(they both work at Acme/,
    );
    // Score: Ana's closeness x (1 - e^-1) for the group-chat tie x Tom's novelty x relevance.
    const scored = await scoreNetwork(store, { now });
    const ids = await personIds(store);
    const tie = (name: string) => scored.scored.find((s) => s.personId === String(ids.get(name)))!;
    const expected =
      tie('Ana Ruiz').closeness *
      (1 - Math.exp(-1)) *
      tie('Tom Berg').novelty *
      tie('Tom Berg').relevance;
    expect(report.paths[0]?.score).toBeCloseTo(expected, 12);
  });

  it('lists company targets the owner talks to as "ask directly", the others with a path each', async () => {
    await writeTinyNetwork();
    await writeRecords(store, [
      contact('Eva Fox', 'Acme'),
      ...conversation('eva', ['Eva Fox'], { messages: 3 }),
    ]);
    const report = await findPaths(store, { company: 'ACME, Inc.', now });
    expect(report.targets).toBe(3);
    expect(report.askDirectly.map((p) => p.name)).toEqual(['Eva Fox']);
    // One path per target for a company; Tom and Cy are reached, so nobody is unreachable.
    expect(report.paths.map((p) => p.target.name).sort()).toEqual(['Cy Dahl', 'Tom Berg']);
    expect(report.unreachable).toBe(0);
  });

  it('says when nobody matches and refuses two targets at once', async () => {
    await writeTinyNetwork();
    const report = await findPaths(store, { company: 'Nowhere Ltd', now });
    expect(report.targets).toBe(0);
    await expect(findPaths(store, { company: 'Acme', person: 'Tom Berg' })).rejects.toMatchObject({
      code: 'usage',
    });
  });
});

describe('findClusters and summariseNetwork', () => {
  it('finds the two employer groups, labels them, and finds the bridge between them', async () => {
    const globex = ['Ana Ruiz', 'Ann Bell', 'Art Cruz', 'Abe Diaz'];
    const acme = ['Tom Berg', 'Tia Cho', 'Ted Dunn', 'Tim Egan'];
    await writeRecords(store, [
      ...globex.map((n) => contact(n, 'Globex')),
      ...acme.map((n) => contact(n, 'Acme')),
      contact('Lone Wolf', 'Solo Studio'),
      // Ana's only tie outside Globex: a chat with Tom.
      ...conversation('bridge', ['Ana Ruiz', 'Tom Berg'], { title: 'Run club' }),
      // The owner talks to Ana and Tia only.
      ...conversation('ana', ['Ana Ruiz'], { messages: 2 }),
      ...conversation('tia', ['Tia Cho'], { messages: 2 }),
    ]);
    const report = await findClusters(store);
    expect(report.clusters.map((c) => [c.label, c.size]).sort()).toEqual([
      ['Acme', 4],
      ['Globex', 4],
    ]);
    expect(report.unclustered).toBe(1);
    // Of the two people the owner talks to, Ana alone reaches Globex (and Tia reaches Acme, but
    // so does Ana through Tom): Ana is the one bridge.
    expect(report.bridges.map((b) => [b.name, b.onlyRouteTo, b.reaches])).toEqual([
      ['Ana Ruiz', ['Globex'], 2],
    ]);
    // The tie model hears of it: Ana's novelty carries the bridge boost, Tia's does not.
    const scored = await scoreNetwork(store, { now });
    const ids = await personIds(store);
    const tie = (name: string) => scored.scored.find((s) => s.personId === String(ids.get(name)))!;
    expect(tie('Ana Ruiz').features.bridgeClusters).toBe(1);
    expect(tie('Ana Ruiz').factors.some((f) => f.key === 'bridge')).toBe(true);
    expect(tie('Tia Cho').features.bridgeClusters).toBeUndefined();

    const summary = await summariseNetwork(store);
    // 6 + 6 employer ties + 1 chat tie; 9 contacts.
    expect(summary.people).toBe(9);
    expect(summary.tiesAmongContacts).toBe(13);
    expect(summary.tiesByEvidence).toMatchObject({ 'same-employer': 12, 'group-chat': 1 });
    expect(summary.peopleWithoutTies).toBe(1);
    // Lone Wolf's company has nobody else in the network: that too is evidence, so every one of
    // the nine has an estimate.
    expect(summary.mutuals).toEqual({ recorded: 0, imported: 0, inferred: 9, unknown: 0 });
    // Binary effective size n - 2t/n (docs/science.md section 4): 9 - 26/9.
    expect(summary.owner.effectiveSize).toBeCloseTo(9 - 26 / 9, 12);
    expect(summary.owner.clustering).toBeCloseTo(13 / 36, 12);
  });

  it('gives the same clusters for the same seed', async () => {
    await writeRecords(store, [
      ...['A One', 'B Two', 'C Three'].map((n) => contact(n, 'Globex')),
      ...['D Four', 'E Five', 'F Six'].map((n) => contact(n, 'Acme')),
    ]);
    const first = await findClusters(store, { seed: 7 });
    const second = await findClusters(store, { seed: 7 });
    expect(second).toEqual(first);
  });
});
