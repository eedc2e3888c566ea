/**
 * The data pages in a real browser (issue 8): dashboard, people table, person page. Debian's
 * Chromium driven by playwright-core (never a downloaded browser) against the built app on an
 * ephemeral 127.0.0.1 port, on the demo data, as web-app.browser.test.ts sets it up. Screenshots
 * at 1280x800 and at phone width (390x844), light and dark, go to /tmp/weakties-screenshots.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeNetworkHealth } from '../services/network-health.js';
import { computeStats } from '../services/network-stats.js';
import { runDemo } from '../services/run-demo.js';
import { openTempStore } from '../services/test-support/temp-store.js';
import { startServer, type RunningServer } from './start-server.js';
import {
  buildWebApp,
  DESKTOP,
  PHONE,
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
  harness = await startBrowser();
  page = await harness.newPage();
  // The launch key, traded for its cookie, as a person opening the printed address does.
  await page.goto(server.openUrl);
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], {
    origin: server.url.replace(/\/$/, ''),
  });
}, 240_000);

afterAll(async () => {
  await harness?.close();
  await server?.close();
  await store?.cleanup();
  removeDir(webDir);
});

async function api<T>(path: string): Promise<T> {
  return (await (await fetch(`${server.url}${path.replace(/^\//, '')}`, withKey())).json()) as T;
}

/** The page is no wider than the window: nothing scrolls sideways but its own tables. */
async function expectNoSidewaysScroll(): Promise<void> {
  const widths = await page.evaluate(() => ({
    page: document.documentElement.scrollWidth,
    window: document.documentElement.clientWidth,
    // The innermost elements that stick out, to say what to fix.
    outside: [...document.querySelectorAll('body *')]
      .filter((e) => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
      .filter(
        (e) =>
          ![...e.children].some(
            (c) => c.getBoundingClientRect().right > document.documentElement.clientWidth + 1,
          ),
      )
      .slice(0, 3)
      .map(
        (e) => `${e.tagName.toLowerCase()}.${e.className}: ${(e.textContent ?? '').slice(0, 40)}`,
      ),
  }));
  expect(widths.page, JSON.stringify(widths)).toBeLessThanOrEqual(widths.window);
}

/** WCAG 2.1 contrast ratio of two CSS colours `rgb(r, g, b)`. */
function contrast(a: string, b: string): number {
  const luminance = (colour: string) => {
    const [r = 0, g = 0, bl = 0] = (colour.match(/\d+(\.\d+)?/g) ?? []).map(Number);
    const linear = (c: number) => {
      const s = c / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(bl);
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

async function textColours(selector: string): Promise<{ fg: string; bg: string }[]> {
  return page.evaluate((s) => {
    const body = getComputedStyle(document.body).backgroundColor;
    return [...document.querySelectorAll(s)].slice(0, 20).map((element) => {
      let bg = 'rgba(0, 0, 0, 0)';
      for (let e: Element | null = element; e; e = e.parentElement) {
        const c = getComputedStyle(e).backgroundColor;
        if (c !== 'rgba(0, 0, 0, 0)' && c !== 'transparent') {
          bg = c;
          break;
        }
      }
      return {
        fg: getComputedStyle(element).color,
        bg: bg === 'rgba(0, 0, 0, 0)' ? body : bg,
      };
    });
  }, selector);
}

/** The loaded rows in table order (their index), whatever their order in the document. */
async function loadedRows(column?: string): Promise<{ id: number; value: number }[]> {
  return page.locator('.scroller [role="row"][data-person]').evaluateAll(
    (rows, c) =>
      rows
        .map((r) => ({
          index: Number(r.getAttribute('data-index')),
          id: Number(r.getAttribute('data-person')),
          value: Number(c ? r.querySelector(`[data-column="${c}"]`)?.textContent : NaN),
        }))
        .sort((a, b) => a.index - b.index)
        .map(({ id, value }) => ({ id, value })),
    column,
  );
}

async function rowIds(): Promise<number[]> {
  return (await loadedRows()).map((r) => r.id);
}

async function columnNumbers(column: string): Promise<number[]> {
  return (await loadedRows(column)).map((r) => r.value);
}

describe('the data pages in Chromium', () => {
  it("shows the dashboard's figures as `weakties stats` prints them, with readable charts", async () => {
    const stats = await computeStats(store);
    const health = await computeNetworkHealth(store);
    await page.goto(server.url);
    const figure = (id: string) => page.getByTestId(id).textContent();
    await expect.poll(() => figure('connections')).toBe(stats.connections.toLocaleString('en'));
    expect(await figure('people')).toBe(stats.people.toLocaleString('en'));
    expect(await figure('companies')).toBe(stats.distinctCompanies.toLocaleString('en'));
    expect(await figure('messages')).toBe(stats.messages.toLocaleString('en'));
    expect(await figure('messaged-share')).toBe(`${(stats.messagedShare * 100).toFixed(1)} %`);
    expect(await figure('invitations-out')).toBe(stats.invitationsOut.toLocaleString('en'));

    // The tie-class table says the counts the chart draws, as `weakties health` counts them.
    for (const [tieClass, count] of Object.entries(health.tieClassMix)) {
      const cell = page.locator(`table.mix tr[data-class="${tieClass}"] td`).first();
      await expect.poll(() => cell.textContent()).toBe(count.toLocaleString('en'));
    }
    await expect
      .poll(() => figure('dormant-share'))
      .toBe(`${(health.dormantShare * 100).toFixed(1)} %`);
    // Every chart is an image with its figures in words.
    const last = health.growthByMonth[health.growthByMonth.length - 1];
    if (!last) throw new Error('the demo has connection dates');
    const growth = page.getByRole('img', { name: /^Connections over time/ });
    expect(await growth.getAttribute('aria-label')).toContain(
      `${last.total.toLocaleString('en')} by ${last.month}`,
    );
    await page.getByRole('img', { name: /^Tie classes of your connections/ }).waitFor();
    await expect.poll(() => figure('pace-sentence')).toMatch(/invitations? sent this week/);
    await page.getByRole('img', { name: /^Largest clusters/ }).waitFor();
    await page.getByText('The figures by year').click();
    const years = page.locator('figure table.figures-table tbody tr');
    await expect
      .poll(() => years.last().locator('td').last().textContent())
      .toBe(last.total.toLocaleString('en'));

    await page.screenshot({ path: join(SHOTS, 'dashboard-desktop.png'), fullPage: true });
    await expectNoSidewaysScroll();
    await page.setViewportSize(PHONE);
    await page.reload();
    await expect.poll(() => figure('connections')).toBe(stats.connections.toLocaleString('en'));
    await page.getByRole('img', { name: /^Largest clusters/ }).waitFor();
    await expectNoSidewaysScroll();
    await page.screenshot({ path: join(SHOTS, 'dashboard-phone.png'), fullPage: true });
    await page.setViewportSize(DESKTOP);
    expect(harness.problems).toEqual([]);
  });

  it('filters the people table by tie class and sorts it by novelty, in the address too', async () => {
    const facets = await api<{ tieClasses: { value: string; count: number }[] }>(
      '/api/people/facets',
    );
    const weak = facets.tieClasses.find((c) => c.value === 'weak')?.count ?? 0;
    expect(weak).toBeGreaterThan(20);
    await page.goto(`${server.url}people`);
    await page.getByRole('heading', { name: 'People', level: 1 }).waitFor();
    await expect.poll(() => page.locator('.count').textContent()).toMatch(/^\d[\d,]* people$/);

    await page.getByLabel('Tie class').selectOption('weak');
    await expect
      .poll(() => page.locator('.count').textContent())
      .toBe(`${weak.toLocaleString('en')} people`);
    await expect.poll(() => new URL(page.url()).search).toBe('?tieClass=weak');
    const classes = await page
      .locator('.scroller [role="row"][data-person] [data-column="class"]')
      .allTextContents();
    expect(classes.length).toBeGreaterThan(5);
    expect(new Set(classes)).toEqual(new Set(['Weak']));
    const byOpportunity = await rowIds();
    const opportunity = await columnNumbers('opportunity');
    expect(opportunity).toEqual([...opportunity].sort((a, b) => b - a));
    await page.screenshot({ path: join(SHOTS, 'people-weak-by-opportunity.png') });

    await page.getByLabel('Sort by').selectOption('novelty');
    await expect.poll(() => new URL(page.url()).search).toBe('?tieClass=weak&sort=novelty');
    await expect.poll(rowIds).not.toEqual(byOpportunity);
    const novelty = await columnNumbers('novelty');
    expect(novelty.length).toBeGreaterThan(5);
    expect(novelty).toEqual([...novelty].sort((a, b) => b - a));
    const sorted = page.locator('[role="columnheader"][aria-sort="descending"]');
    expect(await sorted.getByRole('button').getAttribute('aria-label')).toBeNull();
    expect(await sorted.textContent()).toBe('Novelty ▼');
    // Reversed from the column's header, lowest novelty first.
    await page.getByRole('button', { name: 'Novelty', exact: true }).click();
    await expect
      .poll(() => new URL(page.url()).search)
      .toBe('?tieClass=weak&sort=novelty&order=asc');
    const isAscending = async () => {
      const values = await columnNumbers('novelty');
      return values.length > 5 && values.every((v, i) => i === 0 || values[i - 1]! <= v);
    };
    await expect.poll(isAscending).toBe(true);
    expect((await columnNumbers('novelty'))[0]).toBeLessThan(novelty[0]!);

    // A reload keeps the view: the query lives in the address.
    await page.reload();
    await expect
      .poll(() => page.locator('.count').textContent())
      .toBe(`${weak.toLocaleString('en')} people`);
    expect(await page.getByLabel('Sort by').inputValue()).toBe('novelty');
    expect(await page.getByLabel('Tie class').inputValue()).toBe('weak');

    // The keyboard reaches the filters and walks the rows; Enter opens a person.
    await page.getByLabel('Search').focus();
    await page.keyboard.press('Tab');
    expect(
      await page.evaluate(() => document.activeElement?.closest('label')?.textContent),
    ).toMatch(/^Company/);
    await page.keyboard.press('Tab');
    expect(
      await page.evaluate(() => document.activeElement?.closest('label')?.textContent),
    ).toMatch(/^Tie class/);
    await page.locator('.scroller [role="row"][data-index="0"]').focus();
    await page.keyboard.press('ArrowDown');
    // The page moves focus on the next animation frame, once the row is scrolled into view.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-index')))
      .toBe('1');
    const second = await page.evaluate(() => document.activeElement?.getAttribute('data-person'));
    expect(Number(second)).toBe((await rowIds())[1]);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.url()).toMatch(new RegExp(`/people/${second}$`));
    expect(harness.problems).toEqual([]);
  });

  it('opens a person from the table and shows the explanation and the mutual evidence', async () => {
    await page.goto(`${server.url}people?connection=yes&sort=mutuals`);
    const firstRow = page.locator('.scroller [role="row"][data-person]').first();
    await firstRow.waitFor();
    const id = Number(await firstRow.getAttribute('data-person'));
    const name = (await firstRow.locator('.name').textContent()) ?? '';
    const person = await api<{
      mutuals: {
        count: number;
        found: number;
        mutuals: { name: string; evidence: { kind: string; detail: string }[] }[];
        words: string | null;
      };
    }>(`/api/people/${id}`);
    expect(person.mutuals.found).toBeGreaterThan(0);
    const words = person.mutuals.words ?? '';

    await firstRow.click();
    await page.getByRole('heading', { name, level: 1 }).waitFor();
    expect(page.url()).toMatch(new RegExp(`/people/${id}$`));
    await page.getByRole('heading', { name: 'Score' }).waitFor();
    expect(((await page.locator('.explanation').textContent()) ?? '').length).toBeGreaterThan(20);
    await page.getByRole('heading', { name: 'Mutual connections' }).waitFor();
    await expect
      .poll(() => page.getByTestId('mutuals-summary').textContent())
      .toContain(`${words.charAt(0).toUpperCase()}${words.slice(1)}`);
    // An estimate says what it rests on and is never called a lower bound.
    expect(words).toMatch(/^about \d+ mutual connections? \(estimated from /);
    const listed = page
      .getByRole('list', { name: 'Mutual connections and why' })
      .locator(':scope > li');
    const all = person.mutuals.mutuals;
    expect(await listed.count()).toBe(Math.min(10, all.length));
    if (all.length > 10) {
      await page.getByRole('button', { name: `Show all ${all.length}` }).click();
      await expect.poll(() => listed.count()).toBe(all.length);
    }
    const first = all[0];
    if (!first) throw new Error('a person with mutuals lists one');
    await expect.poll(() => listed.first().getByRole('link').textContent()).toBe(first.name);
    // One line per kind of evidence, naming what the API gives as the reason.
    const evidence = await listed.first().locator('[data-evidence]').allTextContents();
    expect(evidence).toHaveLength(new Set(first.evidence.map((e) => e.kind)).size);
    expect(evidence.join(' ')).toContain(first.evidence[0]!.detail);

    await page.screenshot({ path: join(SHOTS, 'person-desktop.png'), fullPage: true });
    await expectNoSidewaysScroll();
    await page.setViewportSize(PHONE);
    await page.reload();
    await page.getByRole('heading', { name, level: 1 }).waitFor();
    await page.getByRole('heading', { name: 'Next step' }).waitFor();
    await page.screenshot({ path: join(SHOTS, 'person-phone.png'), fullPage: true });
    await expectNoSidewaysScroll();
    await page.goto(`${server.url}people`);
    await expect.poll(() => page.locator('.count').textContent()).toMatch(/^\d[\d,]* people$/);
    await expectNoSidewaysScroll();
    await page.screenshot({ path: join(SHOTS, 'people-phone.png') });
    await page.setViewportSize(DESKTOP);
    await page.reload();
    await expect.poll(() => page.locator('.count').textContent()).toMatch(/^\d[\d,]* people$/);
    await expectNoSidewaysScroll();
    await page.screenshot({ path: join(SHOTS, 'people-desktop.png') });
    expect(harness.problems).toEqual([]);
  });

  it('logs an event on the person page and shows the pipeline stage move', async () => {
    const board = await api<{ rows: { personId: string }[] }>('/api/pipeline');
    const inPipeline = new Set(board.rows.map((r) => r.personId));
    const dormant = await api<{ people: { id: number; displayName: string }[] }>(
      '/api/people?connection=yes&tieClass=dormant&limit=200',
    );
    const person = dormant.people.find((p) => !inPipeline.has(String(p.id)));
    if (!person) throw new Error('the demo has dormant connections outside the pipeline');
    await page.goto(`${server.url}people/${person.id}`);
    const stage = page.getByTestId('pipeline-stage');
    await expect.poll(() => stage.textContent()).toBe('not in the pipeline');

    await page.getByRole('button', { name: 'Plan to reconnect' }).click();
    await expect.poll(() => stage.textContent()).toBe('to-reconnect');
    // The next step is the planner's reconnect note, ready to copy.
    const draft = page.locator('.draft').first();
    await expect.poll(() => draft.textContent()).toMatch(/\w{3,}/);
    await page.getByRole('button', { name: 'Copy draft' }).first().click();
    await expect
      .poll(() => page.evaluate(() => navigator.clipboard.readText()))
      .toBe((await draft.textContent()) ?? '');

    // outreach-events.ts: their answer on the reconnect path moves them to "replied".
    await page.getByLabel('What happened').selectOption('answer');
    await page.getByLabel('Note (optional, private)').fill('Glad to hear from you');
    await page.getByRole('button', { name: 'Log event' }).click();
    await expect
      .poll(() => page.getByTestId('event-status').textContent())
      .toBe('Logged answer; pipeline: replied.');
    await expect.poll(() => stage.textContent()).toBe('replied');
    await expect
      .poll(() => page.getByRole('list', { name: 'Pipeline history' }).textContent())
      .toContain('Glad to hear from you');
    await page.screenshot({ path: join(SHOTS, 'person-logged.png'), fullPage: true });
    expect(harness.problems).toEqual([]);
  });

  it('keeps body text readable in the dark theme', async () => {
    await page.emulateMedia({ colorScheme: 'dark' });
    try {
      for (const [path, name, ready] of [
        ['', 'dashboard', '[data-testid="connections"]'],
        ['people', 'people', '.scroller [role="row"][data-person]'],
      ] as const) {
        await page.goto(`${server.url}${path}`);
        await page.locator(ready).first().waitFor();
        const body = await page.evaluate(() => {
          const style = getComputedStyle(document.body);
          return { fg: style.color, bg: style.backgroundColor };
        });
        // A dark background, and text at WCAG AA contrast at least (4.5:1).
        expect(contrast(body.bg, 'rgb(0, 0, 0)')).toBeLessThan(2);
        expect(contrast(body.fg, body.bg)).toBeGreaterThanOrEqual(4.5);
        for (const c of await textColours('p, td, th, dd, dt, .muted, .name, label')) {
          expect(contrast(c.fg, c.bg), JSON.stringify(c)).toBeGreaterThanOrEqual(4.5);
        }
        await page.screenshot({ path: join(SHOTS, `${name}-dark.png`), fullPage: true });
      }
      const first = page.locator('.scroller [role="row"][data-person]').first();
      await first.click();
      await page.getByRole('heading', { name: 'Score' }).waitFor();
      for (const c of await textColours('.explanation, .evidence li, td, .draft')) {
        expect(contrast(c.fg, c.bg), JSON.stringify(c)).toBeGreaterThanOrEqual(4.5);
      }
      await page.screenshot({ path: join(SHOTS, 'person-dark.png'), fullPage: true });
    } finally {
      await page.emulateMedia({ colorScheme: 'light' });
    }
    expect(harness.problems).toEqual([]);
  });
});
