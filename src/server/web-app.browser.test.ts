/**
 * The web app in a real browser (issue 8, tests): Debian's Chromium driven by playwright-core
 * against the built app on an ephemeral 127.0.0.1 port, on the demo data. Screenshots go to
 * /tmp/weakties-screenshots for a person to look at.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addPersonByHand } from '../services/add-person.js';
import { loadGoals } from '../services/goals-service.js';
import { importFiles } from '../services/import-files.js';
import { computeStats } from '../services/network-stats.js';
import { findPeople } from '../services/people-queries.js';
import { runDemo } from '../services/run-demo.js';
import { LOCAL_ACCOUNT_ID } from '../services/store-access.js';
import { openTempStore } from '../services/test-support/temp-store.js';
import { startServer, type RunningServer } from './start-server.js';
import {
  buildWebApp,
  removeDir,
  SHOTS,
  startBrowser,
  type BrowserHarness,
} from './test-support/browser.js';

const HOSTILE_NAME = '<img src=x onerror=alert(1)>';
const HOSTILE_SUBJECT = 'see javascript:alert(document.cookie)';

let store: Awaited<ReturnType<typeof openTempStore>>;
let server: RunningServer;
let page: Page;
let webDir: string;
let harness: BrowserHarness;

beforeAll(async () => {
  webDir = await buildWebApp();
  store = await openTempStore();
  await runDemo(store, { dir: join(store.dir, 'demo') });
  await addPersonByHand(store, { name: HOSTILE_NAME, company: 'Quirk Labs' });
  server = await startServer(store, { port: 0, webDir });
  harness = await startBrowser();
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

describe('the web app in Chromium', () => {
  it('shows the dashboard, finds a person in the table and explains their score', async () => {
    const stats = await computeStats(store);
    await page.goto(server.url);
    await expect
      .poll(() => page.getByTestId('connections').textContent())
      .toBe(stats.connections.toLocaleString('en'));
    await page.getByRole('heading', { name: 'Tie strength' }).waitFor();
    await page.getByText('Dormant share').waitFor();
    await page.screenshot({ path: join(SHOTS, 'dashboard.png'), fullPage: true });

    await page.getByRole('navigation').getByRole('link', { name: 'People' }).click();
    await page.getByRole('heading', { name: 'People', level: 1 }).waitFor();
    await page.getByLabel('Search').fill('recruit');
    const firstRow = page.locator('.scroller [role="row"]').first();
    await expect.poll(() => firstRow.textContent()).toMatch(/recruit/i);
    await expect.poll(() => page.locator('.count').textContent()).toMatch(/^\d[\d,]* people$/);
    await page.screenshot({ path: join(SHOTS, 'people.png') });
    const name = (await firstRow.locator('.name').textContent()) ?? '';
    expect(name.length).toBeGreaterThan(2);

    await firstRow.click();
    await page.getByRole('heading', { name, level: 1 }).waitFor();
    expect(page.url()).toMatch(/\/people\/\d+$/);
    await page.getByRole('heading', { name: 'Score' }).waitFor();
    const explanation = (await page.locator('.explanation').textContent()) ?? '';
    expect(explanation.length).toBeGreaterThan(20);
    await page.getByRole('heading', { name: 'Known as' }).waitFor();
    await page.screenshot({ path: join(SHOTS, 'person.png'), fullPage: true });

    // Reload on the person's own address: the server's SPA fallback serves the app.
    await page.reload();
    await page.getByRole('heading', { name, level: 1 }).waitFor();

    // Untrusted text: a name made of markup is shown as those characters, and nothing runs.
    await page.goto(`${server.url}people?search=onerror`);
    const hostile = page.locator('.scroller [role="row"] .name').first();
    await expect.poll(() => hostile.textContent()).toBe(HOSTILE_NAME);
    expect(await page.locator('main img').count()).toBe(0);

    await page.goto(`${server.url}lists`);
    await page.getByRole('tab', { name: 'Reconnect' }).click();
    await expect.poll(() => page.locator('.lead').textContent()).toMatch(/dormant and fading/);
    expect(await page.locator('.cards .card').count()).toBeGreaterThan(0);
    await page.screenshot({ path: join(SHOTS, 'lists.png') });

    await page.getByRole('navigation').getByRole('link', { name: "Today's plan" }).click();
    const firstItem = page.locator('.cards .card').first();
    const itemName = (await firstItem.locator('h3 a').textContent()) ?? '';
    await firstItem.getByRole('button', { name: 'Done' }).click();
    await expect
      .poll(() => page.locator('p.note[role="status"]').textContent())
      .toContain(`${itemName}: done`);
    await expect.poll(() => firstItem.getByRole('button', { name: 'Done' }).count()).toBe(0);
    await page.screenshot({ path: join(SHOTS, 'plan.png') });
    // Done moves the person along the pipeline: the board shows them.
    await page.getByRole('navigation').getByRole('link', { name: 'Pipeline' }).click();
    await page.getByRole('heading', { name: 'Pipeline', level: 1 }).waitFor();
    await expect
      .poll(() => page.locator('.board-card', { hasText: itemName }).count())
      .toBeGreaterThan(0);

    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${server.url}people?search=recruit`);
    await expect.poll(() => firstRow.textContent()).toMatch(/recruit/i);
    await page.screenshot({ path: join(SHOTS, 'people-phone.png') });
    expect(harness.problems).toEqual([]);
  });

  it('shows a message with a javascript: link as text, and nothing runs', async () => {
    // A LinkedIn messages.csv as the 2024 exports write it (docs/formats.md). The owner is the URL on
    // the most rows, so the owner writes twice more than the sender; the sender is new.
    const dir = mkdtempSync(join(tmpdir(), 'weakties-hostile-message-'));
    const csv = join(dir, 'messages.csv');
    const owner = (await computeStats(store)).owner?.name ?? 'Owner';
    const ownerUrl = 'https://www.linkedin.com/in/demo-owner-hostile-test';
    const jamieUrl = 'https://www.linkedin.com/in/jamie-linkmaker';
    writeFileSync(
      csv,
      [
        'CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER,IS MESSAGE DRAFT,IS CONVERSATION DRAFT',
        `2-SG9zdGlsZQ==,,Jamie Linkmaker,${jamieUrl},${owner},${ownerUrl},2026-11-20 09:00:00 UTC,${HOSTILE_SUBJECT},"<a href=""javascript:alert(1)"">click me</a>",INBOX,No,No`,
        `2-SG9zdGlsZQ==,,${owner},${ownerUrl},Jamie Linkmaker,${jamieUrl},2026-11-20 10:00:00 UTC,,Thanks!,INBOX,No,No`,
        `2-T3RoZXI=,,${owner},${ownerUrl},Robin Other,https://www.linkedin.com/in/robin-other-hostile-test,2026-11-21 10:00:00 UTC,,Hello,INBOX,No,No`,
      ].join('\n'),
    );
    try {
      await importFiles(store, [csv]);
    } finally {
      removeDir(dir);
    }
    const found = await findPeople(store, { search: 'Linkmaker' });
    const jamie = found.people[0];
    if (!jamie) throw new Error('the message made a person');
    await page.goto(`${server.url}people/${jamie.id}`);
    const timeline = page.getByRole('list', { name: 'Timeline' });
    await expect.poll(() => timeline.textContent()).toContain(HOSTILE_SUBJECT);
    expect(await page.locator('a[href^="javascript:" i]').count()).toBe(0);
    await page.screenshot({ path: join(SHOTS, 'person-hostile-message.png'), fullPage: true });
    expect(harness.problems).toEqual([]);
  });

  it('moves a card on the pipeline board with its button and by dragging', async () => {
    await page.goto(server.url);
    await page.getByRole('navigation').getByRole('link', { name: 'Pipeline' }).click();
    await page.getByRole('heading', { name: 'Pipeline', level: 1 }).waitFor();
    const onward = page.getByRole('button', { name: /^Move .+ on to / }).first();
    await onward.waitFor();
    const label = (await onward.getAttribute('aria-label')) ?? '';
    const [, name, stage] = /^Move (.+) on to (.+)$/.exec(label) ?? [];
    if (!name || !stage) throw new Error(`unexpected label ${label}`);
    await onward.click();
    await expect
      .poll(() => page.locator('p.note[role="status"]').textContent())
      .toBe(`${name}: moved to ${stage}`);
    const column = (s: string) => page.locator(`.board-column[data-stage="${s}"]`);
    await expect.poll(() => column(stage).getByText(name, { exact: true }).count()).toBe(1);

    const card = column(stage).locator('.board-card', { hasText: name }).first();
    // HTML5 drag and drop, its events carrying one DataTransfer as a browser's drag does.
    const transfer = await page.evaluateHandle(() => new DataTransfer());
    await card.dispatchEvent('dragstart', { dataTransfer: transfer });
    await column('closed-lost').dispatchEvent('dragover', { dataTransfer: transfer });
    await column('closed-lost').dispatchEvent('drop', { dataTransfer: transfer });
    await expect
      .poll(() => page.locator('p.note[role="status"]').textContent())
      .toBe(`${name}: moved to closed-lost`);
    await expect.poll(() => column('closed-lost').getByText(name, { exact: true }).count()).toBe(1);
    await page.screenshot({ path: join(SHOTS, 'pipeline.png') });
    expect(harness.problems).toEqual([]);
  });

  it('imports a file chosen on the import page, and the same file dropped only once', async () => {
    const card = ['BEGIN:VCARD', 'VERSION:3.0', 'FN:Wren Dropfield', 'N:Dropfield;Wren;;;']
      .concat(['ORG:Drop Co', 'END:VCARD', ''])
      .join('\r\n');
    await page.goto(server.url);
    await page.getByRole('navigation').getByRole('link', { name: 'Import' }).click();
    await page.getByRole('heading', { name: 'Import', level: 1 }).waitFor();
    await page.getByLabel('Choose a file to import').setInputFiles({
      name: 'contacts.vcf',
      mimeType: 'text/vcard',
      buffer: Buffer.from(card),
    });
    await expect
      .poll(() => page.locator('.import-result p[role="status"]').textContent())
      .toBe('Imported contacts.vcf (vcard).');
    await expect
      .poll(() => page.locator('.import-result tr', { hasText: 'people' }).first().textContent())
      .toMatch(/1$/);
    await expect
      .poll(() => page.locator('.import-history').textContent())
      .toContain('contacts.vcf');
    await page.screenshot({ path: join(SHOTS, 'import.png'), fullPage: true });

    const transfer = await page.evaluateHandle((text) => {
      const data = new DataTransfer();
      data.items.add(new File([text], 'contacts.vcf', { type: 'text/vcard' }));
      return data;
    }, card);
    await page.locator('.drop-zone').dispatchEvent('drop', { dataTransfer: transfer });
    await expect
      .poll(() => page.locator('p.note[role="status"]').textContent())
      .toMatch(/^contacts\.vcf was imported before/);
    expect(harness.problems).toEqual([]);
  });

  it('saves goals from the editor', async () => {
    await page.getByRole('navigation').getByRole('link', { name: 'Goals' }).click();
    await page.getByRole('heading', { name: 'Goals', level: 1 }).waitFor();
    await page.getByLabel('Target companies (one a line)').fill('Quirk Labs\nAcme, Inc.');
    await page.getByLabel('Stance').selectOption('contemplating');
    await page.getByRole('button', { name: 'Save goals' }).click();
    await expect.poll(() => page.locator('p.note[role="status"]').textContent()).toContain('saved');
    const saved = await loadGoals(store, LOCAL_ACCOUNT_ID);
    expect(saved.confirmed).toBe(true);
    expect(saved.goals.targetCompanies).toEqual(['Quirk Labs', 'Acme, Inc.']);
    expect(saved.goals.stance).toBe('contemplating');
    await page.reload();
    await expect
      .poll(() => page.getByLabel('Target companies (one a line)').inputValue())
      .toBe('Quirk Labs\nAcme, Inc.');
    await page.screenshot({ path: join(SHOTS, 'goals.png'), fullPage: true });
    expect(harness.problems).toEqual([]);
  });
});
