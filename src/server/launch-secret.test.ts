/**
 * The local app answers only to the browser (or script) that holds this launch's key: another
 * user of the machine can reach 127.0.0.1 but not the key, which only the terminal of the person
 * who started `weakties serve` shows.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addPersonByHand } from '../services/add-person.js';
import { openTempStore, type TempStore } from '../services/test-support/temp-store.js';
import { createApp } from './create-app.js';
import { startServer, type RunningServer } from './start-server.js';

const KEY = 'k'.repeat(43);
let store: TempStore;
let app: ReturnType<typeof createApp>;

beforeAll(async () => {
  store = await openTempStore();
  await addPersonByHand(store, { name: 'Nula Berg', company: 'Globex' });
  app = createApp(store, { launchKey: KEY });
});
afterAll(async () => {
  await store.cleanup();
});

const HOST = { host: '127.0.0.1:4317' };

describe('the launch key', () => {
  it('refuses the API and the pages without it, with no data in the answer', async () => {
    const people = await app.request('/api/people', { headers: HOST });
    expect(people.status).toBe(401);
    const body = await people.text();
    expect(body).not.toContain('Nula');
    expect(body).toMatch(/open the address weakties serve printed/);
    const page = await app.request('/', { headers: HOST });
    expect(page.status).toBe(401);
    expect(await page.text()).toMatch(
      /needs the address that <code>weakties serve<\/code> printed/,
    );
    const wrong = await app.request(`/api/people?key=${'x'.repeat(43)}`, { headers: HOST });
    expect(wrong.status).toBe(401);
    const wrongCookie = await app.request('/api/people', {
      headers: { ...HOST, cookie: `weakties-key-4317=${'x'.repeat(43)}` },
    });
    expect(wrongCookie.status).toBe(401);
  });

  it('trades the key in the address for an HttpOnly cookie and drops it from the address', async () => {
    const opened = await app.request(`/people?sort=name&key=${KEY}`, { headers: HOST });
    expect(opened.status).toBe(302);
    expect(opened.headers.get('location')).toBe('/people?sort=name');
    const cookie = opened.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(new RegExp(`^weakties-key-4317=${KEY};`));
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    const people = await app.request('/api/people', {
      headers: { ...HOST, cookie: `weakties-key-4317=${KEY}` },
    });
    expect(people.status).toBe(200);
    expect(await people.text()).toContain('Nula Berg');
  });

  it('takes the key as a Bearer token from a script', async () => {
    const people = await app.request('/api/people', {
      headers: { ...HOST, authorization: `Bearer ${KEY}` },
    });
    expect(people.status).toBe(200);
  });
});

describe('weakties serve', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer(store, { port: 0 });
  });
  afterAll(async () => {
    await server.close();
  });

  it('draws a new key at every launch and prints it in the address to open', async () => {
    const again = await startServer(store, { port: 0 });
    await again.close();
    expect(server.launchKey).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(again.launchKey).not.toBe(server.launchKey);
    expect(server.openUrl).toBe(`${server.url}?key=${server.launchKey}`);
    expect((await fetch(`${server.url}api/stats`)).status).toBe(401);
    const stats = await fetch(`${server.url}api/stats`, {
      headers: { authorization: `Bearer ${server.launchKey}` },
    });
    expect(stats.status).toBe(200);
  });
});
