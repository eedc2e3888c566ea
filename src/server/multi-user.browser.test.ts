/**
 * Server mode in a real browser (issue 9): Debian's Chromium driven by playwright-core against
 * the built app on an ephemeral 127.0.0.1 port. The administrator sets up the organisation from
 * the console's link and invites a member and a coach; each joins from their link in their own
 * browser context; the member shares with the coach; the coach sees numbers, never contacts.
 * Names made of markup render as text in the administrator's and the coach's views. Screenshots
 * go to /tmp/weakties-screenshots.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueSetupLink } from '../services/accounts-service.js';
import { addPersonByHand } from '../services/add-person.js';
import { openTempStore, type TempStore } from '../services/test-support/temp-store.js';
import { findUserByEmail } from '../store/accounts-store.js';
import type { RunningServer } from './start-server.js';
import { startMultiUserServer } from './start-multi-user-server.js';
import {
  buildWebApp,
  removeDir,
  SHOTS,
  startBrowser,
  type BrowserHarness,
} from './test-support/browser.js';

const HOSTILE_NAME = '<img src=x onerror=alert(1)>';
const HOSTILE_TITLE = '<script>alert(2)</script> Head of Growth';
const CONTACT_NAME = 'Philippa Privatecontact';
const PASSWORD = 'correct horse battery staple';

let store: TempStore;
let server: RunningServer;
let webDir: string;
let harness: BrowserHarness;

async function openPage(): Promise<Page> {
  return harness.newPage();
}

beforeAll(async () => {
  webDir = await buildWebApp();
  store = await openTempStore();
  // Cheap scrypt: the browser flow is under test here, not the hash (password-hash.test.ts).
  server = await startMultiUserServer(store, {
    port: 0,
    webDir,
    passwordCost: { log2N: 10, r: 8, p: 1 },
  });
  harness = await startBrowser();
}, 180_000);

afterAll(async () => {
  await harness?.close();
  await server?.close();
  await store?.cleanup();
  removeDir(webDir);
});

async function joinFrom(page: Page, link: string, name: string): Promise<void> {
  await page.goto(link);
  await page.getByRole('heading', { name: 'Join Northfield Careers' }).waitFor();
  // The secret left the address bar once read.
  expect(page.url()).not.toContain('#');
  await page.getByLabel('Your name').fill(name);
  await page.getByLabel(/^Password/).fill(PASSWORD);
  await page.getByRole('button', { name: 'Join' }).click();
}

describe('server mode in Chromium', () => {
  it('sets up, invites, shares progress and shows a coach numbers only', async () => {
    const admin = await openPage();
    const { token } = await issueSetupLink(store, new Date());
    await admin.goto(`${server.url}setup#${token}`);
    await admin.getByRole('heading', { name: 'Set up the organisation' }).waitFor();
    await admin.getByLabel('Organisation').fill('Northfield Careers');
    await admin.getByLabel('Your name').fill('Ada Admin');
    await admin.getByLabel(/^Your email/).fill('admin@northfield.example');
    await admin.getByLabel(/^Password/).fill(PASSWORD);
    await admin.getByRole('button', { name: 'Set up' }).click();
    await admin.getByRole('heading', { name: 'Organisation', level: 1 }).waitFor();

    const invite = async (email: string, role: 'member' | 'coach') => {
      await admin.getByLabel('Email of the person to invite').fill(email);
      await admin.getByLabel('Role').selectOption(role);
      await admin.getByRole('button', { name: 'Create invitation link' }).click();
      // The list shows the new invitation once the link for it is on the page.
      await expect.poll(() => admin.locator('table.invitations').textContent()).toContain(email);
      const text = (await admin.getByTestId('invitation-link').textContent()) ?? '';
      expect(text).toMatch(/\/invitation#[A-Za-z0-9_-]{43}$/);
      return text;
    };
    const memberLink = await invite('member@northfield.example', 'member');
    const coachLink = await invite('coach@northfield.example', 'coach');
    expect(memberLink).not.toBe(coachLink);
    await admin.screenshot({ path: join(SHOTS, 'server-admin-invite.png'), fullPage: true });

    const coach = await openPage();
    await joinFrom(coach, coachLink, 'Cora Coach');
    await coach.getByRole('heading', { name: 'Your members' }).waitFor();
    await coach.getByText('No member shares their progress with you yet.').waitFor();

    const member = await openPage();
    await joinFrom(member, memberLink, HOSTILE_NAME);
    // The member's own app: the dashboard of their (empty) network.
    await member.getByRole('heading', { name: 'Dashboard', level: 1 }).waitFor();
    const memberUser = await findUserByEmail(store.db, 'member@northfield.example');
    await addPersonByHand(
      store,
      { name: CONTACT_NAME, title: HOSTILE_TITLE, company: 'Quirk Labs' },
      { accountId: memberUser?.account_id ?? 0 },
    );
    await member.getByRole('link', { name: 'Sharing and your data' }).click();
    await member.getByRole('heading', { name: 'Sharing and your data' }).waitFor();
    await member.getByRole('button', { name: 'Share with Cora Coach' }).click();
    await expect
      .poll(() => member.locator('p.note[role="status"]').textContent())
      .toBe('Cora Coach now sees your progress.');
    await member.getByRole('button', { name: 'Stop sharing with Cora Coach' }).waitFor();
    await member.screenshot({ path: join(SHOTS, 'server-member-sharing.png'), fullPage: true });
    // The member's own people page lists the contact, its title as text.
    await member.getByRole('link', { name: 'Your network' }).click();
    await member.goto(`${server.url}people`);
    const row = member.locator('.scroller [role="row"]').first();
    await expect.poll(() => row.textContent()).toContain(CONTACT_NAME);

    await coach.reload();
    const coached = coach.getByTestId('coached-member');
    await expect.poll(() => coached.locator('.name').textContent()).toBe(HOSTILE_NAME);
    const coachText = (await coach.locator('main').textContent()) ?? '';
    expect(coachText).not.toContain(CONTACT_NAME);
    expect(coachText).not.toContain('Head of Growth');
    expect(coachText).not.toContain('Quirk Labs');
    expect(await coach.locator('main img').count()).toBe(0);
    expect(await coach.locator('main script').count()).toBe(0);
    await coach.screenshot({ path: join(SHOTS, 'server-coach.png'), fullPage: true });

    await admin.reload();
    const users = admin.getByTestId('user-row');
    await expect.poll(() => users.count()).toBe(3);
    await expect
      .poll(() => admin.locator('table.users .name').allTextContents())
      .toContain(HOSTILE_NAME);
    expect(await admin.locator('main img').count()).toBe(0);
    const adminText = (await admin.locator('main').textContent()) ?? '';
    expect(adminText).not.toContain(CONTACT_NAME);
    await expect
      .poll(() => admin.locator('table.audit').textContent())
      .toContain('consent-granted');
    await admin.screenshot({ path: join(SHOTS, 'server-admin.png'), fullPage: true });

    // Signing out returns to the sign-in page; signing in again brings the member back.
    await member.getByRole('button', { name: 'Sign out' }).click();
    await member.getByRole('heading', { name: 'Sign in' }).waitFor();
    await member.getByLabel('Email').fill('member@northfield.example');
    await member.getByLabel('Password').fill(PASSWORD);
    await member.getByRole('button', { name: 'Sign in' }).click();
    await member.getByRole('heading', { name: 'Dashboard', level: 1 }).waitFor();
    expect(harness.problems).toEqual([]);
  });
});
