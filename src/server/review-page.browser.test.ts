/**
 * The Review page in a real browser: Debian's Chromium driven by playwright-core against the
 * built app on the demo data, as web-pages.browser.test.ts sets it up. A user sees the uncertain
 * pairs side by side with their reasons, merges one and undoes it, says another pair are two
 * people, and undoes an automatic merge.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDemo } from '../services/run-demo.js';
import { openTempStore } from '../services/test-support/temp-store.js';
import { startServer, type RunningServer } from './start-server.js';
import {
  buildWebApp,
  DESKTOP,
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

beforeAll(async () => {
  webDir = await buildWebApp();
  store = await openTempStore();
  await runDemo(store, { dir: join(store.dir, 'demo') });
  server = await startServer(store, { port: 0, webDir });
  harness = await startBrowser();
  page = await harness.newPage();
  await page.setViewportSize(DESKTOP);
  // The launch key, traded for its cookie, as a person opening the printed address does.
  await page.goto(server.openUrl);
}, 240_000);

afterAll(async () => {
  await harness?.close();
  await server?.close();
  await store?.cleanup();
  removeDir(webDir);
});

/** The number in a section heading, "To decide (18)". */
async function countIn(section: string): Promise<number> {
  const text = await page.getByRole('region', { name: section }).getByRole('heading').innerText();
  return Number(/\((\d+)\)/.exec(text)?.[1] ?? NaN);
}

describe('the Review page', () => {
  it('shows pairs side by side with reasons, merges, undoes and sets pairs apart', async () => {
    await page.goto(`${server.url}review`);
    await page.getByRole('heading', { name: 'Review: one person or two?', level: 1 }).waitFor();
    const toDecide = page.getByRole('region', { name: 'Pairs to decide' });
    await toDecide.getByRole('listitem').first().waitFor();
    const total = await countIn('Pairs to decide');
    expect(total).toBeGreaterThan(0);
    const first = toDecide.locator('.review-pair').first();
    // Two people, a probability and reasons in bits.
    expect(await first.locator('.review-side').count()).toBe(2);
    expect(await first.innerText()).toMatch(/\d+ % the same person/);
    expect(await first.locator('.review-reasons li').first().innerText()).toMatch(/bits\)$/);
    await page.screenshot({ path: join(SHOTS, 'review-desktop.png'), fullPage: true });

    const pairKey = await first.getAttribute('data-pair');
    const pair = () => toDecide.locator(`[data-pair="${pairKey}"]`).count();
    await first.getByRole('button', { name: /^Merge / }).click();
    await page
      .getByRole('status')
      .filter({ hasText: /^Merged / })
      .waitFor();
    await expect.poll(pair).toBe(0);

    await page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
    await page.getByRole('status').filter({ hasText: 'apart again' }).waitFor();
    await expect.poll(pair).toBe(1);
    await expect.poll(() => countIn('Pairs to decide')).toBe(total);

    await toDecide
      .locator(`[data-pair="${pairKey}"]`)
      .getByRole('button', { name: /are not the same$/ })
      .click();
    await page.getByRole('status').filter({ hasText: 'are two people' }).waitFor();
    await expect.poll(pair).toBe(0);
    await expect.poll(() => countIn('Pairs to decide')).toBe(total - 1);
  });

  it('lists the automatic merges with their reasons and undoes one', async () => {
    await page.goto(`${server.url}review`);
    const merged = page.getByRole('region', { name: 'Merged automatically' });
    await merged.locator('.review-pair').first().waitFor();
    const before = await countIn('Merged automatically');
    expect(before).toBeGreaterThan(0);
    expect(await merged.locator('.review-pair').first().innerText()).toMatch(/bits\)/);
    await merged
      .locator('.review-pair')
      .first()
      .getByRole('button', { name: /^Undo merge / })
      .click();
    await page.getByRole('status').filter({ hasText: 'apart again' }).waitFor();
    await expect.poll(() => countIn('Merged automatically')).toBe(before - 1);
  });
});
