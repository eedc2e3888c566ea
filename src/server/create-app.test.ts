import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addPersonByHand } from '../services/add-person.js';
import { runDemo } from '../services/run-demo.js';
import { openTempStore } from '../services/test-support/temp-store.js';
import { createApp } from './create-app.js';

const NOW = new Date('2026-11-02T12:00:00Z');
const HOSTILE_NAME = '<img src=x onerror=alert(1)>';

let store: Awaited<ReturnType<typeof openTempStore>>;
let app: ReturnType<typeof createApp>;
let webDir: string;

const json = (body: unknown, headers: Record<string, string> = {}) => ({
  body: JSON.stringify(body),
  headers: { 'content-type': 'application/json', ...headers },
});

async function read<T>(response: Response): Promise<T> {
  return (await response.json()) as T;
}

beforeAll(async () => {
  store = await openTempStore();
  await runDemo(store, { dir: join(store.dir, 'demo') });
  await addPersonByHand(store, { name: HOSTILE_NAME, company: 'Quirk Labs' }, { now: NOW });
  webDir = mkdtempSync(join(tmpdir(), 'weakties-web-'));
  mkdirSync(join(webDir, 'assets'));
  writeFileSync(join(webDir, 'index.html'), '<!doctype html><div id="root"></div>');
  writeFileSync(join(webDir, 'assets', 'app-1234.js'), 'console.log(1)');
  app = createApp(store, { now: () => NOW, webDir });
}, 120_000);

afterAll(async () => {
  await store.cleanup();
});

describe('the JSON API on the demo store', () => {
  it('reports the network figures the demo was generated with', async () => {
    const response = await app.request('/api/stats');
    expect(response.status).toBe(200);
    const stats = await read<{ connections: number; messagedShare: number }>(response);
    // docs/demo-data.md: about 1,500 connections less 1.2 % blank rows; about 10 % ever messaged.
    expect(stats.connections).toBeGreaterThan(1400);
    expect(stats.connections).toBeLessThan(1500);
    expect(stats.messagedShare).toBeGreaterThan(0.05);
    expect(stats.messagedShare).toBeLessThan(0.2);
  });

  it('searches, filters and pages people', async () => {
    const all = await read<{ total: number }>(await app.request('/api/people?limit=1'));
    const found = await read<{
      total: number;
      people: { displayName: string; company: string; title: string }[];
    }>(await app.request('/api/people?search=recruit&limit=1000'));
    expect(found.total).toBeGreaterThan(0);
    expect(found.total).toBeLessThan(all.total);
    for (const p of found.people) {
      expect(`${p.displayName} ${p.company} ${p.title}`.toLowerCase()).toContain('recruit');
    }
    const first = await read<{ people: { id: number }[] }>(
      await app.request('/api/people?limit=2&offset=0'),
    );
    const second = await read<{ people: { id: number }[] }>(
      await app.request('/api/people?limit=2&offset=1'),
    );
    expect(first.people).toHaveLength(2);
    expect(second.people[0]?.id).toBe(first.people[1]?.id);
    const quirk = await read<{ people: { company: string }[] }>(
      await app.request('/api/people?company=quirk%20labs'),
    );
    expect(quirk.people.map((p) => p.company)).toEqual(['Quirk Labs']);
  });

  it.each([
    ['/api/people?limit=0', 400],
    ['/api/people?limit=5000', 400],
    ['/api/people?limit=ten', 400],
    ['/api/people?offset=-1', 400],
    ['/api/people?connection=maybe', 400],
    ['/api/people/abc', 400],
    ['/api/people/99999999', 404],
    ['/api/lists/gossip', 400],
    ['/api/lists/ask?limit=0', 400],
    ['/api/plan?date=yesterday', 400],
    ['/api/no-such-route', 404],
  ])('answers %s with %i and a JSON error', async (path, status) => {
    const response = await app.request(path);
    expect(response.status).toBe(status);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    const body = await read<{ error: { message: string } }>(response);
    expect(body.error.message.length).toBeGreaterThan(3);
  });

  it('shows a person with identities, score and explanation', async () => {
    const page = await read<{ people: { id: number; messages: number }[] }>(
      await app.request('/api/people?connection=yes&limit=200'),
    );
    const messaged = page.people.find((p) => p.messages > 0);
    expect(messaged).toBeDefined();
    const response = await app.request(`/api/people/${messaged?.id}`);
    expect(response.status).toBe(200);
    const person = await read<{
      identities: { kind: string }[];
      messages: { sent: number; received: number };
      score: { explanation: string; tieClass: string; factors: unknown[] } | null;
    }>(response);
    expect(person.identities.map((i) => i.kind)).toContain('profile-url');
    expect(person.messages.sent + person.messages.received).toBe(messaged?.messages);
    expect(person.score?.explanation.length).toBeGreaterThan(20);
    expect(person.score?.factors.length).toBeGreaterThan(0);
  });

  it('ranks a list, best first', async () => {
    const list = await read<{ entries: { score: number; name: string }[] }>(
      await app.request('/api/lists/reconnect?limit=5'),
    );
    expect(list.entries).toHaveLength(5);
    const scores = list.entries.map((e) => e.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('saves goals sent as JSON and refuses bad values with 422', async () => {
    const saved = await app.request('/api/goals', {
      method: 'PUT',
      ...json({ targetCompanies: ['Northwind'], stance: 'active' }),
    });
    expect(saved.status).toBe(200);
    const view = await read<{ confirmed: boolean; goals: { targetCompanies: string[] } }>(saved);
    expect(view.confirmed).toBe(true);
    expect(view.goals.targetCompanies).toEqual(['Northwind']);
    const bad = await app.request('/api/goals', { method: 'PUT', ...json({ stance: 'lazy' }) });
    expect(bad.status).toBe(422);
    const wrongType = await app.request('/api/goals', {
      method: 'PUT',
      ...json({ targetCompanies: 'Northwind' }),
    });
    expect(wrongType.status).toBe(400);
    const notJson = await app.request('/api/goals', {
      method: 'PUT',
      body: '{not json',
      headers: { 'content-type': 'application/json' },
    });
    expect(notJson.status).toBe(400);
    const huge = await app.request('/api/goals', {
      method: 'PUT',
      ...json({ solution: 'x'.repeat(1024 ** 2 + 10) }),
    });
    expect(huge.status).toBe(413);
  });

  it('marks plan items done once, and knows no item that is not in the plan', async () => {
    const plan = await read<{ items: { position: number; status: string }[] }>(
      await app.request('/api/plan'),
    );
    expect(plan.items.length).toBeGreaterThan(1);
    const done = await app.request('/api/plan/items/1/done', { method: 'POST', ...json({}) });
    expect(done.status).toBe(200);
    expect((await read<{ status: string }>(done)).status).toBe('done');
    const again = await app.request('/api/plan/items/1/done', { method: 'POST', ...json({}) });
    expect(again.status).toBe(409);
    const skipped = await app.request('/api/plan/items/2/skip', { method: 'POST', ...json({}) });
    expect(skipped.status).toBe(200);
    const after = await read<{ items: { position: number; status: string }[] }>(
      await app.request('/api/plan'),
    );
    expect(after.items.find((i) => i.position === 1)?.status).toBe('done');
    expect(after.items.find((i) => i.position === 2)?.status).toBe('skipped');
    const missing = await app.request('/api/plan/items/999/done', { method: 'POST', ...json({}) });
    expect(missing.status).toBe(404);
    const verb = await app.request('/api/plan/items/3/forget', { method: 'POST', ...json({}) });
    expect(verb.status).toBe(400);
  });

  it('logs an event for a person and refuses unknown kinds and people', async () => {
    const page = await read<{ people: { id: number }[] }>(
      await app.request('/api/people?connection=yes&limit=1'),
    );
    const id = page.people[0]?.id;
    const logged = await app.request('/api/events', {
      method: 'POST',
      ...json({ person: id, kind: 'coffee', note: 'said hello' }),
    });
    expect(logged.status).toBe(201);
    expect((await read<{ personId: string }>(logged)).personId).toBe(String(id));
    const kind = await app.request('/api/events', {
      method: 'POST',
      ...json({ person: id, kind: 'gossiped' }),
    });
    expect(kind.status).toBe(400);
    const nobody = await app.request('/api/events', {
      method: 'POST',
      ...json({ person: 99999999, kind: 'coffee' }),
    });
    expect(nobody.status).toBe(404);
  });
});

describe('the pipeline board', () => {
  type Board = { counts: Record<string, number>; rows: { personId: string; stage: string }[] };
  const board = async () => read<Board>(await app.request('/api/pipeline'));
  const move = (body: unknown) =>
    app.request('/api/pipeline/move', { method: 'POST', ...json(body) });

  it('lists everyone in the pipeline once, counted by stage', async () => {
    const response = await app.request('/api/pipeline');
    expect(response.status).toBe(200);
    const view = await read<Board>(response);
    const total = Object.values(view.counts).reduce((sum, n) => sum + n, 0);
    expect(total).toBe(view.rows.length);
    expect(new Set(view.rows.map((r) => r.personId)).size).toBe(view.rows.length);
  });

  it('moves a person along the reconnect path and refuses a jump to the invite path', async () => {
    const inPipeline = new Set((await board()).rows.map((r) => r.personId));
    const people = await read<{ people: { id: number }[] }>(
      await app.request('/api/people?limit=200&connection=yes'),
    );
    const person = people.people.find((p) => !inPipeline.has(String(p.id)));
    if (!person) throw new Error('the demo has connections outside the pipeline');
    const stageOf = async () =>
      (await board()).rows.find((r) => r.personId === String(person.id))?.stage;

    expect((await move({ person: person.id, stage: 'to-reconnect' })).status).toBe(200);
    expect(await stageOf()).toBe('to-reconnect');
    expect((await move({ person: person.id, stage: 'messaged' })).status).toBe(200);
    expect(await stageOf()).toBe('messaged');
    // pipeline.ts: a person on the reconnect path must be closed before the invite path.
    expect((await move({ person: person.id, stage: 'invited' })).status).toBe(422);
    expect((await move({ person: person.id, stage: 'helped' })).status).toBe(422);
    expect(await stageOf()).toBe('messaged');
  });

  it.each([
    [{ person: 1, stage: 'gossip' }, 400],
    [{ person: 1 }, 400],
    [{ stage: 'messaged' }, 400],
    [{ person: 99999999, stage: 'messaged' }, 404],
  ])('answers the move %j with %i', async (body, status) => {
    expect((await move(body)).status).toBe(status);
  });

  it('refuses a move posted as a form from another page', async () => {
    const response = await app.request('/api/pipeline/move', {
      method: 'POST',
      body: 'person=1&stage=messaged',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(response.status).toBe(403);
  });
});

describe('requests from other sites', () => {
  it('refuses a form post without a JSON body or the custom header', async () => {
    const response = await app.request('/api/goals', {
      method: 'PUT',
      body: 'stance=contemplating',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(response.status).toBe(403);
    const goals = await read<{ goals: { stance: string } }>(await app.request('/api/goals'));
    expect(goals.goals.stance).toBe('active');
  });

  it('refuses a state change whose Origin is another site, even as JSON', async () => {
    const response = await app.request('/api/events', {
      method: 'POST',
      ...json({ person: 1, kind: 'replied' }, { origin: 'https://evil.example' }),
    });
    expect(response.status).toBe(403);
  });

  it('refuses any request addressed to a host name that is not local (DNS rebinding)', async () => {
    const response = await app.request('http://evil.example/api/stats');
    expect(response.status).toBe(403);
  });

  it('refuses an upload without the custom header', async () => {
    const form = new FormData();
    form.set('file', new Blob(['BEGIN:VCARD\r\nEND:VCARD\r\n']), 'a.vcf');
    const response = await app.request('/api/imports', { method: 'POST', body: form });
    expect(response.status).toBe(403);
  });
});

describe('uploading an export', () => {
  const card = [
    'BEGIN:VCARD',
    'VERSION:3.0',
    'FN:Wren Uploadfield',
    'N:Uploadfield;Wren;;;',
    'EMAIL:wren@uploadfield.example',
    'ORG:Upload Co',
    'END:VCARD',
    '',
  ].join('\r\n');

  it('imports the file through the import service, once', async () => {
    const upload = () => {
      const form = new FormData();
      form.set('file', new Blob([card], { type: 'text/vcard' }), '../../contacts.vcf');
      return app.request('/api/imports', {
        method: 'POST',
        body: form,
        headers: { 'x-weakties-request': '1' },
      });
    };
    const first = await upload();
    expect(first.status).toBe(201);
    const summary = await read<{ source: string; input: string }>(first);
    expect(summary.source).toBe('vcard');
    expect(summary.input).toBe('contacts.vcf');
    const found = await read<{ people: { displayName: string }[] }>(
      await app.request('/api/people?search=uploadfield'),
    );
    expect(found.people.map((p) => p.displayName)).toEqual(['Wren Uploadfield']);
    const second = await upload();
    expect(second.status).toBe(200);
    expect(await read<{ alreadyImported?: unknown }>(second)).toHaveProperty('alreadyImported');
    const history = await read<{ input: string }[]>(await app.request('/api/imports'));
    expect(history.map((r) => r.input)).toContain('contacts.vcf');
  });

  it('asks for multipart with a file field', async () => {
    const response = await app.request('/api/imports', { method: 'POST', ...json({}) });
    expect(response.status).toBe(400);
  });
});

describe('untrusted text and the pages', () => {
  it('returns a hostile name as JSON data, never as HTML, with a strict CSP', async () => {
    const response = await app.request('/api/people?search=onerror');
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    const body = await read<{ people: { displayName: string }[] }>(response);
    expect(body.people.map((p) => p.displayName)).toEqual([HOSTILE_NAME]);
  });

  it('answers an error that repeats user input as JSON', async () => {
    const response = await app.request('/api/lists/%3Cscript%3Ealert(1)%3C%2Fscript%3E');
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
  });

  it("serves the app's page for its own routes and files from the build folder", async () => {
    const page = await app.request('/people/12');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await page.text()).toContain('id="root"');
    expect(page.headers.get('x-frame-options')).toBe('DENY');
    const script = await app.request('/assets/app-1234.js');
    expect(script.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(await script.text()).toBe('console.log(1)');
    expect((await app.request('/assets/missing.js')).status).toBe(404);
  });

  it('never serves a file outside the build folder', async () => {
    writeFileSync(join(webDir, '..', 'weakties-secret.txt'), 'secret');
    const response = await app.request('/%2e%2e/weakties-secret.txt');
    expect(await response.text()).not.toContain('secret');
  });
});

describe('the people table, the person page and the plan of the web app', () => {
  type Row = {
    id: number;
    displayName: string;
    tieClass: string;
    novelty: number;
    opportunity: number;
    connectedOn: string | null;
    isConnection: boolean;
    sources: string[];
    lists: string[];
    messages: number;
  };
  type Page = { total: number; sort: string; order: string; people: Row[] };
  const people = async (query: string) => read<Page>(await app.request(`/api/people?${query}`));

  it('sorts every person by a score, best first, and reverses on request', async () => {
    const all = await people('limit=1000&sort=novelty');
    const everyone = [...all.people];
    for (let offset = 1000; offset < all.total; offset += 1000) {
      everyone.push(...(await people(`limit=1000&offset=${offset}&sort=novelty`)).people);
    }
    expect(everyone).toHaveLength(all.total);
    const novelty = everyone.map((p) => p.novelty);
    expect(novelty).toEqual([...novelty].sort((a, b) => b - a));
    const reversed = await people('limit=5&sort=novelty&order=asc');
    expect(reversed.people[0]?.novelty).toBe(Math.min(...novelty));
    // Novelty and opportunity rank people differently (opportunity weighs relevance too).
    const byOpportunity = await people('limit=20');
    expect(byOpportunity.sort).toBe('opportunity');
    expect(byOpportunity.people.map((p) => p.id)).not.toEqual(
      everyone.slice(0, 20).map((p) => p.id),
    );
  });

  it('filters by tie class as the health figures count the classes', async () => {
    const health = await read<{ tieClassMix: Record<string, number> }>(
      await app.request('/api/health'),
    );
    for (const [tieClass, count] of Object.entries(health.tieClassMix)) {
      const page = await people(`tieClass=${tieClass}&connection=yes&limit=1000`);
      expect(page.total, tieClass).toBe(count);
      for (const p of page.people) expect(p.tieClass).toBe(tieClass);
    }
  });

  it('filters by list membership as the ranked lists hold them', async () => {
    const list = await read<{ total: number; entries: { personId: string }[] }>(
      await app.request('/api/lists/reconnect?limit=1000'),
    );
    const page = await people('list=reconnect&limit=1000');
    expect(page.total).toBe(list.total);
    expect(new Set(page.people.map((p) => String(p.id)))).toEqual(
      new Set(list.entries.map((e) => e.personId)),
    );
  });

  it('counts the choices of each filter, and refuses unknown ones', async () => {
    const facets = await read<{
      people: number;
      tieClasses: { count: number }[];
      sources: { value: string; count: number }[];
    }>(await app.request('/api/people/facets'));
    expect(facets.tieClasses.reduce((n, c) => n + c.count, 0)).toBe(facets.people);
    const linkedin = facets.sources.find((s) => s.value === 'linkedin');
    expect(linkedin?.count).toBe((await people('source=linkedin&limit=1')).total);
    for (const bad of ['sort=age', 'order=up', 'tieClass=close', 'list=friends', 'industry=99']) {
      expect((await app.request(`/api/people?${bad}`)).status, bad).toBe(400);
    }
  });

  it('finds a person by the source that named them', async () => {
    const card =
      'BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Sola Sourcewell\r\nORG:Vcard Co\r\nEND:VCARD\r\n';
    const form = new FormData();
    form.set('file', new Blob([card], { type: 'text/vcard' }), 'source.vcf');
    const upload = await app.request('/api/imports', {
      method: 'POST',
      body: form,
      headers: { 'x-weakties-request': '1' },
    });
    expect(upload.status).toBe(201);
    const found = await people('source=vcard&search=sourcewell');
    expect(found.people.map((p) => [p.displayName, p.sources, p.isConnection])).toEqual([
      ['Sola Sourcewell', ['vcard'], false],
    ]);
    expect((await people('source=linkedin&search=sourcewell')).total).toBe(0);
  });

  it('records the count LinkedIn shows, which replaces the estimate at once', async () => {
    const page = await people('connection=yes&limit=50');
    type Person = {
      mutuals: { count: number | null; source: string | null; words: string | null };
    };
    const target = page.people.find((p) => p.id > 0)!;
    const before = await read<Person>(await app.request(`/api/people/${target.id}`));
    expect(before.mutuals.source).not.toBe('recorded');
    const bad = await app.request(`/api/people/${target.id}/mutuals`, {
      method: 'POST',
      ...json({ count: 'twelve' }),
    });
    expect(bad.status).toBe(400);
    const done = await app.request(`/api/people/${target.id}/mutuals`, {
      method: 'POST',
      ...json({ count: 12 }),
    });
    expect(done.status).toBe(200);
    const after = await read<Person>(await app.request(`/api/people/${target.id}`));
    expect(after.mutuals).toMatchObject({
      count: 12,
      source: 'recorded',
      words: '12 mutual connections (the count you recorded from LinkedIn)',
    });
  });

  it('shows mutual connections with evidence, the same from both ends', async () => {
    const page = await people('connection=yes&sort=mutuals&limit=200');
    type Person = {
      id: number;
      mutuals: {
        count: number | null;
        found: number;
        mutuals: { personId: number; evidence: { kind: string; detail: string }[] }[];
      };
      timeline: { at: string }[];
    };
    let checked = 0;
    for (const row of page.people) {
      const person = await read<Person>(await app.request(`/api/people/${row.id}`));
      const first = person.mutuals.mutuals[0];
      if (!first) continue;
      expect(person.mutuals.count).not.toBeNull();
      for (const m of person.mutuals.mutuals) expect(m.evidence.length).toBeGreaterThan(0);
      // A tie has two ends: the mutual lists this person among theirs, for the same reasons.
      const other = await read<Person>(await app.request(`/api/people/${first.personId}`));
      const back = other.mutuals.mutuals.find((m) => m.personId === row.id);
      if (other.mutuals.found <= other.mutuals.mutuals.length) {
        expect(back?.evidence).toEqual(first.evidence);
      }
      const times = person.timeline.map((t) => t.at);
      expect(times).toEqual([...times].sort().reverse());
      checked += 1;
      if (checked === 5) break;
    }
    expect(checked).toBe(5);
  });

  it('shows the pipeline stage and the next draft, and moves the stage when an event is logged', async () => {
    type Outreach = {
      stage: string | null;
      nextStep: { kind: string; draft?: { text: string; situation: string } } | null;
      history: { what: string }[];
    };
    const board = await read<{ rows: { personId: string }[] }>(await app.request('/api/pipeline'));
    const inPipeline = new Set(board.rows.map((r) => r.personId));
    const page = await people('connection=yes&tieClass=dormant&limit=200');
    const person = page.people.find((p) => !inPipeline.has(String(p.id)));
    if (!person) throw new Error('the demo has dormant connections outside the pipeline');
    const outreach = async () =>
      read<Outreach>(await app.request(`/api/people/${person.id}/outreach`));
    expect((await outreach()).stage).toBeNull();

    const moved = await app.request('/api/pipeline/move', {
      method: 'POST',
      ...json({ person: person.id, stage: 'to-reconnect' }),
    });
    expect(moved.status).toBe(200);
    const toReconnect = await outreach();
    expect(toReconnect.stage).toBe('to-reconnect');
    // planner.ts: a person chosen for reconnection gets the reconnect note.
    expect(toReconnect.nextStep?.kind).toBe('reconnect');
    expect(toReconnect.nextStep?.draft?.situation).toBe('reconnect');
    expect(toReconnect.nextStep?.draft?.text.length).toBeGreaterThan(40);

    const logged = await app.request('/api/events', {
      method: 'POST',
      ...json({ person: person.id, kind: 'answer' }),
    });
    expect(logged.status).toBe(201);
    // outreach-events.ts: an answer on the reconnect path moves "to-reconnect" to "replied".
    const replied = await outreach();
    expect(replied.stage).toBe('replied');
    expect(replied.history.map((h) => h.what)).toEqual(['answer', 'replied', 'to-reconnect']);
    expect(replied.nextStep?.kind).toBe('ask');
    expect((await app.request('/api/people/99999999/outreach')).status).toBe(404);
  });

  it('shows a day plan without storing it, and stores it when asked', async () => {
    type Plan = { isSaved: boolean; items: { key: string; status: string }[] };
    const day = '2026-11-05';
    const first = await read<Plan>(await app.request(`/api/plan?date=${day}`));
    expect(first.isSaved).toBe(false);
    expect(first.items.length).toBeGreaterThan(0);
    const again = await read<Plan>(await app.request(`/api/plan?date=${day}`));
    expect(again.isSaved).toBe(false);
    const saved = await app.request('/api/plan', { method: 'POST', ...json({ date: day }) });
    expect(saved.status).toBe(200);
    const stored = await read<Plan>(saved);
    expect(stored.isSaved).toBe(true);
    expect(stored.items.map((i) => i.key)).toEqual(first.items.map((i) => i.key));
    expect((await read<Plan>(await app.request(`/api/plan?date=${day}`))).isSaved).toBe(true);
  });

  it("counts this week's invitations against the pace", async () => {
    type Pace = { week: string; daysElapsed: number; invitations: number; pace: number };
    const before = await read<Pace & { paceByToday: number }>(await app.request('/api/pace'));
    // NOW is Monday 2 November 2026, ISO week 45; the ramp starts at 5 a day (pacing.ts), so
    // the week may carry 7 x 5 = 35, and Monday alone 5.
    expect(before).toMatchObject({ week: '2026-W45', daysElapsed: 1, pace: 35, paceByToday: 5 });
    const board = await read<{ rows: { personId: string }[] }>(await app.request('/api/pipeline'));
    const inPipeline = new Set(board.rows.map((r) => r.personId));
    const outsider = (await people('connection=no&limit=200')).people.find(
      (p) => !inPipeline.has(String(p.id)),
    );
    if (!outsider) throw new Error('the demo knows people who are not connections');
    const invited = await app.request('/api/pipeline/move', {
      method: 'POST',
      ...json({ person: outsider.id, stage: 'invited' }),
    });
    expect(invited.status).toBe(200);
    const after = await read<Pace>(await app.request('/api/pace'));
    expect(after.invitations).toBe(before.invitations + 1);
  });
});
