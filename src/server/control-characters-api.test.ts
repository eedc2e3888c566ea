/**
 * A NUL byte (or another control character) in any text of the API: the same answer on SQLite
 * and PostgreSQL, the text stored without it, never a 500. PostgreSQL refuses U+0000 in a text
 * value, so before the fix these requests failed there with "invalid byte sequence".
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addPersonByHand } from '../services/add-person.js';
import { openTempStore, type TempStore } from '../services/test-support/temp-store.js';
import { createApp } from './create-app.js';
import { startServerMode, type ServerMode } from './test-support/server-mode.js';

const NOW = new Date('2026-11-02T12:00:00Z');
const NUL = '\u0000';

const json = (body: unknown) => ({
  body: JSON.stringify(body),
  headers: { 'content-type': 'application/json' },
});

describe('the local API', () => {
  let store: TempStore;
  let app: ReturnType<typeof createApp>;
  let personId = 0;
  beforeAll(async () => {
    store = await openTempStore();
    personId = (
      await addPersonByHand(store, { name: 'Nula Berg', company: 'Globex' }, { now: NOW })
    ).personId;
    app = createApp(store, { now: () => NOW });
  });
  afterAll(async () => {
    await store.cleanup();
  });

  it('saves goals whose texts hold a NUL byte, without it', async () => {
    const saved = await app.request('/api/goals', {
      method: 'PUT',
      ...json({
        targetCompanies: [`North${NUL}wind`],
        targetRoles: [`Data${NUL} Engineer`],
        location: `Ber${NUL}lin`,
        solution: `I build${NUL} pipelines\u0007`,
      }),
    });
    expect(saved.status).toBe(200);
    const view = (await saved.json()) as {
      goals: { targetCompanies: string[]; targetRoles: string[]; location: string };
    };
    expect(view.goals.targetCompanies).toEqual(['Northwind']);
    expect(view.goals.targetRoles).toEqual(['Data Engineer']);
    expect(view.goals.location).toBe('Berlin');
  });

  it('logs an event and moves the pipeline with a NUL in the note and the person', async () => {
    const logged = await app.request('/api/events', {
      method: 'POST',
      ...json({ person: `Nula${NUL} Berg`, kind: 'coffee', note: `said${NUL} hello` }),
    });
    expect(logged.status).toBe(201);
    expect(((await logged.json()) as { personId: string }).personId).toBe(String(personId));
    const notes = await store.db.selectFrom('outreach_events').select('note').execute();
    expect(notes.map((n) => n.note)).toContain('said hello');
  });

  it('answers 400 to a control character in the address, not 500', async () => {
    const response = await app.request(`/api/plan?date=2026-11-02%00`);
    expect(response.status).toBe(400);
    const search = await app.request('/api/people?search=Nu%00la');
    expect(search.status).toBe(400);
  });

  it('refuses a state change whose Origin is not a URL with 403, not 500', async () => {
    const response = await app.request('/api/goals', {
      method: 'PUT',
      body: JSON.stringify({ location: 'Berlin' }),
      headers: { 'content-type': 'application/json', origin: 'http://[bad' },
    });
    expect(response.status).toBe(403);
  });
});

describe('server mode', () => {
  let server: ServerMode;
  beforeAll(async () => {
    server = await startServerMode(new Date('2026-11-30T10:00:00Z'));
  });
  afterAll(async () => {
    await server.cleanup();
  });

  it('answers a sign-in whose email holds a NUL byte as a wrong password, not 500', async () => {
    const response = await server.signIn(`admin${NUL}@northfield.example`, 'not the password');
    expect(response.status).toBe(401);
    // Stripped, it is the administrator's email: the right password signs in.
    const right = await server.signIn(`admin${NUL}@northfield.example`);
    expect(right.status).toBe(200);
  });

  it('accepts an invitation whose name holds a NUL byte, without it', async () => {
    const token = await server.invite('member', 'nula@northfield.example');
    const response = await server.ask(null, 'POST', `/api/auth/invitations/${token}`, {
      body: { name: `Nu${NUL}la Berg`, password: 'correct horse battery staple' },
    });
    expect(response.status).toBe(201);
    const view = (await response.json()) as { user: { name: string } };
    expect(view.user.name).toBe('Nula Berg');
  });
});
