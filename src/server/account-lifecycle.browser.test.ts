/**
 * The account lifecycle and the local app's launch key in a real browser (Debian's Chromium via
 * playwright-core, the built app on an ephemeral 127.0.0.1 port). Server mode: a member who
 * forgot their password gets a reset link from the administrator's page, chooses a new password
 * from it, and on their account page sees their sessions and signs out everywhere else. Local
 * mode: a browser without the launch key sees a page that says where to find the address, and
 * none of the network.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acceptInvitation, inviteUser, issueSetupLink } from '../services/accounts-service.js';
import { addPersonByHand } from '../services/add-person.js';
import { openTempStore, type TempStore } from '../services/test-support/temp-store.js';
import { startMultiUserServer } from './start-multi-user-server.js';
import { startServer, type RunningServer } from './start-server.js';
import {
  buildWebApp,
  removeDir,
  startBrowser,
  type BrowserHarness,
} from './test-support/browser.js';

const PASSWORD = 'correct horse battery staple';
const NEW_PASSWORD = 'saffron kettle under moonlight';
const COST = { log2N: 10, r: 8, p: 1 };

let webDir: string;
let harness: BrowserHarness;

beforeAll(async () => {
  webDir = await buildWebApp();
  harness = await startBrowser();
}, 180_000);

afterAll(async () => {
  await harness?.close();
  removeDir(webDir);
});

async function signIn(page: Page, base: string, email: string, password: string) {
  await page.goto(base);
  await page.getByRole('heading', { name: 'Sign in' }).waitFor();
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

describe('server mode in Chromium', () => {
  let store: TempStore;
  let server: RunningServer;
  beforeAll(async () => {
    store = await openTempStore();
    server = await startMultiUserServer(store, { port: 0, webDir, passwordCost: COST });
  });
  afterAll(async () => {
    await server?.close();
    await store?.cleanup();
  });

  it('resets a forgotten password from a link and signs out everywhere else', async () => {
    const { token } = await issueSetupLink(store, new Date());
    const admin = await harness.newPage();
    await admin.goto(`${server.url}setup#${token}`);
    await admin.getByLabel('Organisation').fill('Northfield Careers');
    await admin.getByLabel('Your name').fill('Ada Admin');
    await admin.getByLabel(/^Your email/).fill('admin@northfield.example');
    await admin.getByLabel(/^Password/).fill(PASSWORD);
    await admin.getByRole('button', { name: 'Set up' }).click();
    await admin.getByRole('heading', { name: 'Organisation', level: 1 }).waitFor();
    // A member joins (straight on the store: the joining page has its own test).
    const adminUser = {
      id: 1,
      email: 'admin@northfield.example',
      name: 'Ada Admin',
      role: 'administrator' as const,
      accountId: null,
    };
    const facts = { now: new Date(), ip: '127.0.0.1' };
    const invitation = await inviteUser(
      store,
      adminUser,
      { role: 'member', email: 'mo@northfield.example' },
      facts,
    );
    await acceptInvitation(
      store,
      invitation.token,
      { name: 'Mo Member', password: PASSWORD },
      facts,
      {
        passwordCost: COST,
      },
    );
    const laptop = await harness.newPage();
    await signIn(laptop, server.url, 'mo@northfield.example', PASSWORD);
    await laptop.getByRole('heading', { name: 'Dashboard', level: 1 }).waitFor();

    // Mo forgot the password on another computer: the administrator makes a reset link.
    await admin.reload();
    const row = admin.getByTestId('user-row').filter({ hasText: 'Mo Member' });
    await row.getByRole('button', { name: 'Reset link' }).click();
    const link = (await admin.getByTestId('reset-link').textContent()) ?? '';
    expect(link).toMatch(/\/reset#[A-Za-z0-9_-]{43}$/);

    const other = await harness.newPage();
    await other.goto(link);
    await other.getByRole('heading', { name: 'Choose a new password' }).waitFor();
    expect(other.url()).not.toContain('#');
    await other.getByLabel(/^Password/).fill(NEW_PASSWORD);
    await other.getByRole('button', { name: 'Set the password' }).click();
    await other.getByRole('heading', { name: 'Dashboard', level: 1 }).waitFor();
    // The reset signed the laptop out.
    await laptop.reload();
    await laptop.getByRole('heading', { name: 'Sign in' }).waitFor();

    // Back on the laptop with the new password, Mo signs the other computer out.
    await signIn(laptop, server.url, 'mo@northfield.example', NEW_PASSWORD);
    await laptop.getByRole('heading', { name: 'Dashboard', level: 1 }).waitFor();
    await laptop.getByRole('link', { name: 'Sharing and your data' }).click();
    await laptop.getByRole('heading', { name: 'Where you are signed in' }).waitFor();
    await expect.poll(() => laptop.getByTestId('session-row').count()).toBe(2);
    await laptop.getByRole('button', { name: 'Sign out everywhere else' }).click();
    await expect.poll(() => laptop.getByTestId('session-row').count()).toBe(1);
    await other.reload();
    await other.getByRole('heading', { name: 'Sign in' }).waitFor();
    expect(harness.problems.filter((p) => !p.startsWith('401 '))).toEqual([]);
  });
});

describe('the local app in Chromium', () => {
  let store: TempStore;
  let server: RunningServer;
  beforeAll(async () => {
    store = await openTempStore();
    await addPersonByHand(store, { name: 'Nula Berg', company: 'Globex' });
    server = await startServer(store, { port: 0, webDir });
  });
  afterAll(async () => {
    await server?.close();
    await store?.cleanup();
  });

  it('shows a browser without the launch key where to find the address, and no data', async () => {
    const stranger = await harness.newPage();
    await stranger.goto(`${server.url}people`);
    await stranger.getByRole('heading', { name: 'Open weakties from its own link' }).waitFor();
    expect(await stranger.content()).not.toContain('Nula Berg');
    const person = await harness.newPage();
    await person.goto(server.openUrl);
    expect(person.url()).toBe(server.url);
    await person.goto(`${server.url}people`);
    await expect
      .poll(() => person.locator('.scroller [role="row"]').first().textContent())
      .toContain('Nula Berg');
    await stranger.close();
    await person.close();
  });
});
