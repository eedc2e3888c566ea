/**
 * The network map in a real browser (issue 8, "Network map"): Debian's Chromium driven by
 * playwright-core against the built app on the demo data, with WebGL on SwiftShader. Finds a
 * person with the keyboard and sees them focused with the people you both know, and switches
 * node size between novelty and relevance. Screenshots go to /tmp/weakties-screenshots.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDemo } from '../services/run-demo.js';
import { openTempStore } from '../services/test-support/temp-store.js';
import type { NetworkMap } from './api-client.js';
import { startServer, type RunningServer } from './start-server.js';
import {
  buildWebApp,
  removeDir,
  SHOTS,
  startBrowser,
  type BrowserHarness,
} from './test-support/browser.js';

let store: Awaited<ReturnType<typeof openTempStore>>;
let server: RunningServer;
let page: Page;
let webDir: string;
let harness: BrowserHarness;

const withKey = () => ({ headers: { authorization: `Bearer ${server.launchKey}` } });

beforeAll(async () => {
  webDir = await buildWebApp();
  store = await openTempStore();
  await runDemo(store, { dir: join(store.dir, 'demo') });
  server = await startServer(store, { port: 0, webDir });
  harness = await startBrowser({ webgl: true });
  page = await harness.newPage();
  // The launch key, traded for its cookie, as a person opening the printed address does.
  await page.goto(server.openUrl);
}, 180_000);

afterAll(async () => {
  await harness?.close();
  await server?.close();
  await store?.cleanup();
  removeDir(webDir);
});

/** Names of the clusters written over the map right now. */
function clusterNamesShown(): Promise<string[]> {
  return page
    .locator('.map-cluster-name:not([hidden])')
    .evaluateAll((spans) => spans.map((s) => s.textContent ?? ''));
}

/** The same with where each is written, to tell a moved camera. */
function clusterNamesPlaced(): Promise<string> {
  return page
    .locator('.map-cluster-name:not([hidden])')
    .evaluateAll((spans) =>
      spans.map((s) => `${s.textContent} ${(s as HTMLElement).style.transform}`).join('; '),
    );
}

/** Pixels painted on one of sigma's 2D canvases (names, or the chosen person's name tag). */
function paintedPixels(layer: 'labels' | 'hovers'): Promise<number> {
  return page.evaluate((name) => {
    const canvas = document.querySelector<HTMLCanvasElement>(`.network-map canvas.sigma-${name}`);
    const context = canvas?.getContext('2d');
    if (!canvas || !context) return -1;
    const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
    let count = 0;
    for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) count += 1;
    return count;
  }, layer);
}

async function openMap(): Promise<void> {
  await page.goto(`${server.url}network`);
  await page.getByRole('heading', { name: 'Network map', level: 1 }).waitFor();
  await page.locator('.network-map[data-rendered]').waitFor();
}

describe('the network map in Chromium', () => {
  it('finds a person typed in the search box, zooms to them and lists who you both know', async () => {
    const map = (await (
      await fetch(`${server.url}api/graph/network`, withKey())
    ).json()) as NetworkMap;
    await openMap();
    await page.locator('.cluster-label', { hasText: map.clusters[0]!.label }).waitFor();
    await expect.poll(clusterNamesShown).not.toEqual([]);
    const before = await clusterNamesShown();
    await page.screenshot({ path: join(SHOTS, 'network-map.png') });

    // A cluster too small to be named with the whole map in view, and its best-connected member
    // among those whose name nobody else has (the demo, like life, has namesakes).
    const cluster = map.clusters.find((c) => c.shown >= 3 && !before.includes(c.label));
    if (!cluster) throw new Error('the demo has small clusters (docs/demo-data.md)');
    const { label, ties } = map.nodes;
    const isUnique = (i: number) => label.indexOf(label[i]!) === label.lastIndexOf(label[i]!);
    const members = map.nodes.cluster.flatMap((c, i) =>
      c === cluster.rank && isUnique(i) ? [i] : [],
    );
    const person = members.reduce((best, i) => (ties[i]! > ties[best]! ? i : best));
    const name = label[person]!;
    const shared: string[] = [];
    for (let e = 0; e < map.edges.length; e += 2) {
      const [u, v] = [map.edges[e]!, map.edges[e + 1]!];
      if (u === person) shared.push(label[v]!);
      if (v === person) shared.push(label[u]!);
    }
    expect(shared.length).toBeGreaterThanOrEqual(2);
    expect(await paintedPixels('hovers')).toBe(0);

    // By keyboard: type the name, press Enter.
    await page.getByLabel('Find a person').focus();
    await page.keyboard.type(name);
    await page.keyboard.press('Enter');
    const card = page.locator('.map-person');
    await expect.poll(() => card.locator('h2').textContent()).toBe(name);
    await expect.poll(() => card.textContent()).toContain(cluster.label);
    await expect
      .poll(() => card.textContent())
      .toContain(`${shared.length} shared connections on the map`);
    const listed = await card.locator('li button').allTextContents();
    expect(listed.length).toBe(Math.min(20, shared.length));
    for (const n of listed) expect(shared).toContain(n);
    // Focused: the camera zooms in until the person's cluster is big enough to be named, and
    // their name tag is drawn over the map.
    await expect.poll(clusterNamesShown).toContain(cluster.label);
    await expect.poll(() => paintedPixels('hovers')).toBeGreaterThan(50);
    await expect.poll(() => paintedPixels('labels')).toBeGreaterThan(50);
    await page.screenshot({ path: join(SHOTS, 'network-map-person.png') });

    // A shared connection in the list is one click away; Clear goes back to nobody chosen.
    await card.locator('li button').first().click();
    await expect.poll(() => card.locator('h2').textContent()).toBe(listed[0]);
    await page.getByRole('button', { name: 'Clear' }).click();
    await expect.poll(() => page.locator('.map-person').count()).toBe(0);
    await expect.poll(() => paintedPixels('hovers')).toBe(0);
    expect(harness.problems).toEqual([]);
  });

  it('sizes people by novelty or by relevance, chosen with the keyboard', async () => {
    await openMap();
    const lead = page.locator('.lead');
    await expect.poll(() => lead.textContent()).toContain('sized by novelty');
    const novelty = page.getByRole('radio', { name: 'Novelty' });
    expect(await novelty.isChecked()).toBe(true);
    // Arrow keys move through a radio group, as in any form.
    await novelty.focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.getByRole('radio', { name: 'Relevance' }).isChecked()).toBe(true);
    await expect.poll(() => lead.textContent()).toContain('sized by relevance');
    await page.screenshot({ path: join(SHOTS, 'network-map-relevance.png') });

    // The zoom buttons and the map itself take keys: + zooms in, 0 shows the whole map again.
    const whole = await clusterNamesPlaced();
    await page.locator('.network-map').focus();
    await page.keyboard.press('+');
    await expect.poll(clusterNamesPlaced).not.toBe(whole);
    await page.getByRole('button', { name: 'Whole map' }).click();
    await expect.poll(clusterNamesPlaced).toBe(whole);
    expect(harness.problems).toEqual([]);
  });
});
