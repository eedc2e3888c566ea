/**
 * GET /api/graph/network through the app with no port (app.request): the web app's network map
 * (issue 8), on a small synthetic network written through the real import path.
 */
import { gunzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTempStore } from '../services/test-support/temp-store.js';
import { contact, conversation, writeRecords } from '../services/test-support/network-fixture.js';
import { createApp } from './create-app.js';
import type { ClusterReport, NetworkMap } from './api-client.js';

const NOW = new Date('2026-11-02T12:00:00Z');

let store: Awaited<ReturnType<typeof openTempStore>>;
let app: ReturnType<typeof createApp>;

/** Globex (4 people) and Acme (3) tie by employer; a chat links Gus and Ada; Lou knows nobody. */
beforeEach(async () => {
  store = await openTempStore();
  await writeRecords(store, [
    ...['Gus Abel', 'Gia Bloom', 'Gil Cobb', 'Gwen Dale'].map((n) => contact(n, 'Globex')),
    ...['Ada Fox', 'Al Gray', 'Amy Hale'].map((n) => contact(n, 'Acme')),
    contact('Lou Moss', 'Moss Studio'),
    ...conversation('run', ['Gus Abel', 'Ada Fox'], { title: 'Run club' }),
  ]);
  app = createApp(store, { now: () => NOW });
});

afterEach(async () => {
  await store.cleanup();
});

async function getMap(path = '/api/graph/network'): Promise<NetworkMap> {
  const response = await app.request(path);
  expect(response.status).toBe(200);
  return (await response.json()) as NetworkMap;
}

describe('GET /api/graph/network', () => {
  it('maps everybody in the clusters /api/graph/clusters lists', async () => {
    const map = await getMap();
    const report = (await (await app.request('/api/graph/clusters')).json()) as ClusterReport;
    expect(map.clusters.map((c) => [c.rank, c.label, c.size])).toEqual(
      report.clusters.map((c) => [c.rank, c.label, c.size]),
    );
    expect(map.clusters.map((c) => [c.label, c.size])).toEqual([
      ['Globex', 4],
      ['Acme', 3],
    ]);
    // 8 people; 6 + 3 employer ties and the chat.
    expect(map.people).toBe(8);
    expect(map.nodes.label).toHaveLength(8);
    expect(map.ties).toBe(10);
    expect(map.edges).toHaveLength(20);
    const lou = map.nodes.label.indexOf('Lou Moss');
    expect(map.nodes.cluster[lou]).toBe(0);
    expect(map.nodes.ties[lou]).toBe(0);
  });

  it('compresses the body for a client that accepts gzip', async () => {
    const plain = await app.request('/api/graph/network');
    const zipped = await app.request('/api/graph/network', {
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(zipped.status).toBe(200);
    expect(zipped.headers.get('content-encoding')).toBe('gzip');
    expect(zipped.headers.get('vary')).toMatch(/accept-encoding/i);
    const unzipped = gunzipSync(new Uint8Array(await zipped.arrayBuffer())).toString('utf8');
    expect(JSON.parse(unzipped)).toEqual(await plain.json());
  });

  it('bounds the map with `limit` and says how many people and ties are left off', async () => {
    // The five best-connected: Gus (4 ties), then Ada, Gia, Gil and Gwen (3 each).
    const map = await getMap('/api/graph/network?limit=5');
    expect(map.maxNodes).toBe(5);
    expect([...map.nodes.label].sort()).toEqual([
      'Ada Fox',
      'Gia Bloom',
      'Gil Cobb',
      'Gus Abel',
      'Gwen Dale',
    ]);
    expect(map.omitted.people).toBe(3);
    // Among them the 6 Globex ties and Gus-Ada; Acme's 3 ties are left off.
    expect(map.edges).toHaveLength(14);
    expect(map.omitted.ties).toBe(3);
    expect(map.omitted.weakTies).toBe(0);
  });

  it.each(['0', '50001', 'ten', '-1'])('refuses a limit of %s with 400', async (limit) => {
    const response = await app.request(`/api/graph/network?limit=${limit}`);
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { code: string } };
    expect(body.error.code).toBe('usage');
  });

  it('sizes people by relevance to the goals saved since the last map', async () => {
    const before = await getMap();
    const relevanceOf = (map: NetworkMap, name: string) =>
      map.nodes.relevance[map.nodes.label.indexOf(name)]!;
    // No targets yet: everybody is equally relevant (relevance.ts).
    expect(relevanceOf(before, 'Ada Fox')).toBe(relevanceOf(before, 'Gus Abel'));
    const saved = await app.request('/api/goals', {
      method: 'PUT',
      body: JSON.stringify({ targetCompanies: ['Acme'] }),
      headers: { 'content-type': 'application/json' },
    });
    expect(saved.status).toBe(200);
    const after = await getMap();
    expect(relevanceOf(after, 'Ada Fox')).toBeGreaterThan(relevanceOf(after, 'Gus Abel'));
    expect(relevanceOf(after, 'Al Gray')).toBe(relevanceOf(after, 'Ada Fox'));
    // The layout does not depend on the goals.
    expect(after.nodes.x).toEqual(before.nodes.x);
  });
});
