import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findClusters } from './network-analysis.js';
import { buildNetworkMap, MAX_MAP_NODES, type NetworkMap } from './network-map.js';
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
const GLOBEX = ['Gus Abel', 'Gia Bloom', 'Gil Cobb', 'Gwen Dale', 'Gabe Ernst'];
const ACME = ['Ada Fox', 'Al Gray', 'Amy Hale', 'Abe Irwin'];
const INITECH = ['Ivy Jones', 'Ike Kerr', 'Isa Lund'];
const LONERS = ['Lou Moss', 'Lia Nash'];

/**
 * Three employers, each a clique of employer ties (Globex K5: 10 ties, Acme K4: 6, Initech K3:
 * 3); Gus (Globex) and Ada (Acme) share the chat "Run club" (1 tie); Ivy and Ike also share two
 * chats, so theirs is the strongest tie (weight 3); Lou and Lia have no ties. 14 people, 20 ties.
 * Degrees: Gus 5, the other Globex people 4, Ada 4, the other Acme people 3, Initech 2, loners 0.
 */
async function writeThreeEmployers(): Promise<void> {
  await writeRecords(store, [
    ...GLOBEX.map((n) => contact(n, 'Globex')),
    ...ACME.map((n) => contact(n, 'Acme')),
    ...INITECH.map((n) => contact(n, 'Initech')),
    contact('Lou Moss', 'Moss Studio'),
    contact('Lia Nash', 'Nash Works'),
    ...conversation('run', ['Gus Abel', 'Ada Fox'], { title: 'Run club' }),
    ...conversation('ops', ['Ivy Jones', 'Ike Kerr'], { title: 'Ops' }),
    ...conversation('lunch', ['Ivy Jones', 'Ike Kerr'], { title: 'Lunch' }),
    ...conversation('gus', ['Gus Abel'], { messages: 3 }),
  ]);
}

function namesOf(map: NetworkMap, indexes: Iterable<number>): string[] {
  return [...indexes].map((i) => map.nodes.label[i]!).sort();
}

function pairsOf(map: NetworkMap): [string, string][] {
  const pairs: [string, string][] = [];
  for (let e = 0; e < map.edges.length; e += 2) {
    const [a, b] = namesOf(map, [map.edges[e]!, map.edges[e + 1]!]);
    pairs.push([a!, b!]);
  }
  return pairs.sort();
}

describe('buildNetworkMap', () => {
  it('shows the clusters of `weakties clusters`: same ranks, labels, sizes and members', async () => {
    await writeThreeEmployers();
    const map = await buildNetworkMap(store, { now });
    const report = await findClusters(store, { now });
    expect(map.seed).toBe(report.seed);
    expect(map.clusters.map((c) => [c.rank, c.label, c.size])).toEqual(
      report.clusters.map((c) => [c.rank, c.label, c.size]),
    );
    // By hand: the three employers, largest first; the loners in no cluster.
    expect(map.clusters.map((c) => [c.label, c.size, c.shown])).toEqual([
      ['Globex', 5, 5],
      ['Acme', 4, 4],
      ['Initech', 3, 3],
    ]);
    const members = (rank: number) =>
      namesOf(
        map,
        map.nodes.cluster.flatMap((c, i) => (c === rank ? [i] : [])),
      );
    expect(members(1)).toEqual([...GLOBEX].sort());
    expect(members(2)).toEqual([...ACME].sort());
    expect(members(3)).toEqual([...INITECH].sort());
    expect(members(0)).toEqual([...LONERS].sort());
    for (const cluster of report.clusters) {
      for (const person of cluster.centralMembers) {
        const i = map.nodes.id.indexOf(person.personId);
        expect(map.nodes.cluster[i]).toBe(cluster.rank);
      }
    }
  });

  it('sends every person and tie once, with their tie counts and scores', async () => {
    await writeThreeEmployers();
    const map = await buildNetworkMap(store, { now });
    expect(map.people).toBe(14);
    expect(map.ties).toBe(20);
    expect(map.omitted).toEqual({ people: 0, ties: 0, weakTies: 0 });
    const columns = Object.values(map.nodes);
    for (const column of columns) expect(column).toHaveLength(14);
    expect(map.edges).toHaveLength(40);
    const byName = new Map(map.nodes.label.map((name, i) => [name, i]));
    const ties = (name: string) => map.nodes.ties[byName.get(name)!];
    expect([ties('Gus Abel'), ties('Gia Bloom'), ties('Ada Fox'), ties('Al Gray')]).toEqual([
      5, 4, 4, 3,
    ]);
    expect([ties('Ivy Jones'), ties('Lou Moss')]).toEqual([2, 0]);
    expect(pairsOf(map)).toContainEqual(['Ada Fox', 'Gus Abel']);
    // Each tie once, as (lower, higher) index pairs in order.
    for (let e = 0; e + 2 < map.edges.length; e += 2) {
      expect(map.edges[e]!).toBeLessThan(map.edges[e + 1]!);
      const key = map.edges[e]! * 14 + map.edges[e + 1]!;
      expect(key).toBeLessThan(map.edges[e + 2]! * 14 + map.edges[e + 3]!);
    }
    // Novelty and relevance are the tie model's, to three decimals.
    const scored = await scoreNetwork(store, { now });
    const ids = await personIds(store);
    for (const name of ['Gus Abel', 'Lou Moss']) {
      const tie = scored.scored.find((s) => s.personId === String(ids.get(name)))!;
      const i = byName.get(name)!;
      expect(map.nodes.id[i]).toBe(ids.get(name));
      expect(map.nodes.novelty[i]).toBeCloseTo(tie.novelty, 3);
      expect(map.nodes.relevance[i]).toBeCloseTo(tie.relevance, 3);
    }
  });

  it('lays the map out the same way every time, each cluster in its own disc', async () => {
    await writeThreeEmployers();
    const first = await buildNetworkMap(store, { now });
    const second = await buildNetworkMap(store, { now });
    expect(second.nodes.x).toEqual(first.nodes.x);
    expect(second.nodes.y).toEqual(first.nodes.y);
    const { x, y, cluster } = first.nodes;
    const inside = (i: number, c: { x: number; y: number; radius: number }) =>
      Math.hypot(x[i]! - c.x, y[i]! - c.y) < c.radius;
    for (const c of first.clusters) {
      for (let i = 0; i < x.length; i += 1) {
        // Its members inside its disc, everybody else outside it.
        expect(inside(i, c), `${first.nodes.label[i]} and ${c.label}`).toBe(cluster[i] === c.rank);
      }
      for (const d of first.clusters) {
        if (d.rank <= c.rank) continue;
        expect(Math.hypot(c.x - d.x, c.y - d.y)).toBeGreaterThanOrEqual(c.radius + d.radius - 1e-2);
      }
    }
    // No two people on one spot.
    const spots = new Set(x.map((v, i) => `${v},${y[i]}`));
    expect(spots.size).toBe(x.length);
  });

  it('keeps the best-connected people over the bound and says how many are left off', async () => {
    await writeThreeEmployers();
    // Gus (5 ties), the other four at Globex and Ada (4 each) are the six best-connected.
    const map = await buildNetworkMap(store, { now, maxNodes: 6 });
    expect(namesOf(map, map.nodes.label.keys())).toEqual([...GLOBEX, 'Ada Fox'].sort());
    // Among them: the 10 Globex ties and Gus-Ada.
    expect(map.edges).toHaveLength(22);
    expect(map.omitted).toEqual({ people: 8, ties: 9, weakTies: 0 });
    expect(map.maxNodes).toBe(6);
    // Clusters still report their whole size, and how many of them are shown.
    expect(map.clusters.map((c) => [c.label, c.size, c.shown])).toEqual([
      ['Globex', 5, 5],
      ['Acme', 4, 1],
      ['Initech', 3, 0],
    ]);
  });

  it('keeps the strongest ties over the edge budget', async () => {
    await writeThreeEmployers();
    const map = await buildNetworkMap(store, { now, maxEdges: 1 });
    // Ivy and Ike: same employer and two chats, weight 3; every other tie weighs 1.
    expect(pairsOf(map)).toEqual([['Ike Kerr', 'Ivy Jones']]);
    expect(map.omitted).toEqual({ people: 0, ties: 19, weakTies: 19 });
  });

  it('refuses bounds outside their range', async () => {
    await writeThreeEmployers();
    for (const maxNodes of [0, MAX_MAP_NODES + 1, 2.5]) {
      await expect(buildNetworkMap(store, { now, maxNodes })).rejects.toMatchObject({
        code: 'usage',
      });
    }
    await expect(buildNetworkMap(store, { now, maxEdges: -1 })).rejects.toMatchObject({
      code: 'usage',
    });
  });

  it('maps an empty network', async () => {
    const map = await buildNetworkMap(store, { now });
    expect(map.people).toBe(0);
    expect(map.nodes.id).toEqual([]);
    expect(map.edges).toEqual([]);
    expect(map.clusters).toEqual([]);
  });
});
