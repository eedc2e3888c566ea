/**
 * Nobody can lock a member out (OWASP device cookies): a stranger's failed sign-ins, from the
 * member's own address or from anywhere, never stop the member's correct sign-in from the browser
 * they signed in with before; a shared campus address that sprayed 50 failures slows strangers,
 * not the members behind it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASSWORD, startServerMode, type ServerMode } from './test-support/server-mode.js';

let server: ServerMode;
const CAMPUS = '198.51.100.20';

beforeAll(async () => {
  server = await startServerMode(new Date('2026-11-30T10:00:00Z'));
  await server.join('member', 'mia@northfield.example', 'Mia Member');
}, 60_000);
afterAll(async () => {
  await server.cleanup();
});

/** The device cookie a sign-in set. */
function deviceOf(response: Response): string {
  const header = response.headers.get('set-cookie') ?? '';
  const match = /(?:^|[\s,])weakties-device=([^;]+)/.exec(header);
  if (!match?.[1]) throw new Error('no device cookie');
  return match[1];
}

const wrong = (email: string, ip: string) => server.signIn(email, 'wrong wrong wrong wrong', ip);

describe("a stranger's failed sign-ins", () => {
  it("do not stop the member's correct sign-in from a browser they used before", async () => {
    const email = 'mia@northfield.example';
    // Mia signs in from her laptop on the campus network: it becomes a known device.
    const first = await server.signIn(email, PASSWORD, CAMPUS);
    expect(first.status).toBe(200);
    const device = deviceOf(first);
    expect(first.headers.get('set-cookie')).toMatch(/weakties-device=[^;]+;.*HttpOnly/);
    // A stranger guesses her password 30 times from the same campus address, and 120 times
    // from elsewhere: past the per-account ceiling of 100 for unknown browsers.
    for (let i = 0; i < 30; i += 1) await wrong(email, CAMPUS);
    for (let i = 0; i < 120; i += 1) await wrong(email, `203.0.113.${i % 200}`);
    const stranger = await server.signIn(email, PASSWORD, CAMPUS);
    expect(stranger.status).toBe(429);
    // Mia, on her own browser, gets in at once with the right password.
    const mia = await server.ask(null, 'POST', '/api/auth/login', {
      body: { email, password: PASSWORD },
      ip: CAMPUS,
      cookie: null,
      headers: { cookie: `weakties-device=${device}` },
    });
    expect(mia.status).toBe(200);
    // The same browser keeps the same device cookie.
    expect(deviceOf(mia)).toBe(device);
  });

  it('a device cookie of another account does not count as known', async () => {
    await server.join('member', 'noor@northfield.example', 'Noor Member');
    const noor = await server.signIn('noor@northfield.example', PASSWORD, '192.0.2.77');
    const device = deviceOf(noor);
    // Mia's account is still held for unknown browsers; Noor's cookie does not open it.
    const borrowed = await server.ask(null, 'POST', '/api/auth/login', {
      body: { email: 'mia@northfield.example', password: PASSWORD },
      ip: '192.0.2.77',
      headers: { cookie: `weakties-device=${device}` },
    });
    expect(borrowed.status).toBe(429);
  });

  it('spraying from a shared address slows strangers there, not members on their devices', async () => {
    const shared = '198.51.100.99';
    await server.join('member', 'omar@northfield.example', 'Omar Member');
    const omar = await server.signIn('omar@northfield.example', PASSWORD, shared);
    const device = deviceOf(omar);
    for (let i = 0; i < 50; i += 1) {
      expect((await wrong(`guess-${i}@northfield.example`, shared)).status).toBe(401);
    }
    const next = await wrong('guess-51@northfield.example', shared);
    expect(next.status).toBe(429);
    expect(((await next.json()) as { error: { message: string } }).error.message).toMatch(
      /too many failed sign-ins; try again in 15 minutes \(or from a browser you signed in with before\)/,
    );
    const back = await server.ask(null, 'POST', '/api/auth/login', {
      body: { email: 'omar@northfield.example', password: PASSWORD },
      ip: shared,
      headers: { cookie: `weakties-device=${device}` },
    });
    expect(back.status).toBe(200);
  });
});
