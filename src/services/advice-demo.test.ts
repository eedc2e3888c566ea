/**
 * The lists and the plan as a career coach would read them, on the generated demo at three
 * seeds (the default and `weakties demo --seed 2` and `--seed 3`). Expected facts come from the
 * generated exports themselves (the owner's positions, the people's sources and titles), read
 * independently of the list logic.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseTitle } from '../core/titles/parse-title.js';
import { classifyTitle } from '../demo/test-support/title-class.js';
import { LOCAL_ACCOUNT_ID } from '../store/open-store.js';
import { loadGoals, updateGoals } from './goals-service.js';
import { planWeekAhead } from './plan-outreach.js';
import { recommend, scoreNetwork, type ScoredNetwork } from './recommend.js';
import { runDemo } from './run-demo.js';
import { openTempStore, type TempStore } from './test-support/temp-store.js';

const SEEDS = [undefined, 2, 3] as const;
const ALL = 100_000;

const lower = (text: string) => text.trim().toLowerCase();

/** The distinct words of a draft beyond its greeting (up to the first comma or full stop). */
export function wordsBeyondGreeting(text: string): Set<string> {
  const body = text.replace(/^[^,.!?:]*[,.!?:]/, '');
  return new Set(body.toLowerCase().match(/[\p{L}\p{N}'’-]+/gu) ?? []);
}

/** Share of the shorter draft's words the other also has. */
export function sharedWordShare(a: string, b: string): number {
  const x = wordsBeyondGreeting(a);
  const y = wordsBeyondGreeting(b);
  let shared = 0;
  for (const w of x) if (y.has(w)) shared += 1;
  return shared / Math.max(1, Math.min(x.size, y.size));
}

describe.each(SEEDS)('the demo at seed %s', (seed) => {
  let store: TempStore;
  let network: ScoredNetwork;
  let currentEmployers: string[];
  let firstDay: string;
  /** People with an identity from a source other than LinkedIn (phone book, chats, mail...). */
  const outside = new Set<string>();
  const messages = new Map<string, number>();

  const list = async (name: string) =>
    (await recommend(store, name, { limit: ALL, network })).entries;
  const atCurrentEmployer = (company: string) =>
    currentEmployers.some((c) => lower(company).startsWith(lower(c)));

  beforeAll(async () => {
    store = await openTempStore();
    await runDemo(store, {
      dir: join(store.dir, 'demo'),
      ...(seed === undefined ? {} : { seed }),
    });
    const positions = await store.db
      .selectFrom('positions')
      .select(['company', 'finished_on'])
      .where('account_id', '=', LOCAL_ACCOUNT_ID)
      .execute();
    currentEmployers = positions.filter((p) => p.finished_on === '').map((p) => p.company);
    const identities = await store.db
      .selectFrom('identities')
      .select(['person_id', 'source'])
      .where('account_id', '=', LOCAL_ACCOUNT_ID)
      .execute();
    for (const i of identities)
      if (!i.source.startsWith('linkedin')) outside.add(String(i.person_id));
    const senders = await store.db
      .selectFrom('messages')
      .select(['sender_person_id'])
      .where('account_id', '=', LOCAL_ACCOUNT_ID)
      .where('sender_person_id', 'is not', null)
      .execute();
    for (const m of senders) {
      const id = String(m.sender_person_id);
      messages.set(id, (messages.get(id) ?? 0) + 1);
    }
    const last = await store.db
      .selectFrom('connections')
      .select((eb) => eb.fn.max('connected_on').as('day'))
      .where('account_id', '=', LOCAL_ACCOUNT_ID)
      .executeTakeFirst();
    const exportDay = String(last?.day ?? '2026-11-01').slice(0, 10);
    firstDay = new Date(Date.parse(`${exportDay}T00:00:00Z`) + 2 * 86_400_000)
      .toISOString()
      .slice(0, 10);
    network = await scoreNetwork(store, { now: new Date(`${firstDay}T12:00:00Z`) });
  }, 240_000);

  afterAll(async () => {
    await store.cleanup();
  });

  it('knows the current employer and never makes it a default target', async () => {
    expect(currentEmployers.length).toBeGreaterThan(0);
    const goals = await loadGoals(store, LOCAL_ACCOUNT_ID);
    expect(goals.goals.currentEmployers).toEqual(currentEmployers);
    for (const target of goals.goals.targetCompanies)
      expect(atCurrentEmployer(target), target).toBe(false);
  });

  it('keeps current colleagues out of ask, wave and reconnect, and says so', async () => {
    for (const name of ['ask', 'wave', 'reconnect']) {
      const entries = await list(name);
      expect(entries.length, name).toBeGreaterThan(0);
      const colleagues = entries.filter((e) => atCurrentEmployer(e.company));
      expect(
        colleagues.map((e) => `${e.name} (${e.company})`),
        name,
      ).toEqual([]);
    }
    const ask = await recommend(store, 'ask', { limit: 1, network });
    expect(ask.notes.join(' ')).toContain('weakties goals set --discretion open');
  });

  it('makes ask a shortlist of people matching a goal, who can hire or refer first', async () => {
    const matching = network.scored.filter(
      (s) =>
        s.goalMatch.company !== undefined ||
        s.goalMatch.isTargetIndustry ||
        s.goalMatch.isTargetRole ||
        s.title.isRecruiter,
    );
    const ids = new Set(matching.map((s) => s.personId));
    const ask = await list('ask');
    expect(ask.length).toBeLessThanOrEqual(matching.length);
    for (const e of ask) expect(ids.has(e.personId), e.name).toBe(true);
    // The target function, read from the goals' roles; recruiters read independently.
    const functions = new Set(network.goals.goals.targetRoles.map((r) => parseTitle(r).function));
    const fits = (title: string) =>
      functions.has(parseTitle(title).function) || classifyTitle(title) === 'recruiting';
    const available = ask.filter((e) => fits(e.title)).length;
    const top = ask.slice(0, 10).filter((e) => fits(e.title)).length;
    expect(top).toBeGreaterThanOrEqual(Math.min(7, available));
    const more = await list('more');
    for (const e of more) expect(ids.has(e.personId), e.name).toBe(true);
  });

  it('places address-book and mail contacts by their email domain', async () => {
    const rows = await store.db
      .selectFrom('people as p')
      .innerJoin('identities as i', 'i.person_id', 'p.id')
      .select(['p.id', 'i.value'])
      .where('p.account_id', '=', LOCAL_ACCOUNT_ID)
      .where('p.company', '=', '')
      .where('i.kind', '=', 'email')
      .execute();
    // Addresses at a hyphenated, company-like domain (the demo's webmail has none).
    const placeable = rows.filter((r) => /@[a-z0-9]+-[a-z0-9-]+\./.test(r.value));
    expect(placeable.length).toBeGreaterThan(0);
    const byId = new Map(network.scored.map((s) => [s.personId, s]));
    for (const r of placeable)
      expect(byId.get(String(r.id))?.features.company, r.value).toBeTruthy();
  });

  it('draws reconnect and the wave from every source', async () => {
    const candidates = network.scored.filter(
      (s) =>
        outside.has(s.personId) &&
        !atCurrentEmployer(s.features.company ?? '') &&
        (Boolean(s.features.company) || (messages.get(s.personId) ?? 0) >= 5),
    );
    expect(candidates.length).toBeGreaterThan(0);
    for (const name of ['reconnect', 'wave']) {
      const entries = await list(name);
      const fromOutside = entries.filter((e) => outside.has(e.personId)).length;
      expect(fromOutside / entries.length, name).toBeGreaterThanOrEqual(0.1);
      const shown = entries.slice(0, 25);
      expect(
        shown.filter((e) => outside.has(e.personId)).length / shown.length,
        name,
      ).toBeGreaterThanOrEqual(0.1);
    }
  });

  it('writes drafts a person would send: each on its own fact, no two alike', async () => {
    const plans = await planWeekAhead(store, { day: firstDay });
    let drafts = 0;
    for (const plan of plans) {
      const today = plan.items.filter((i) => i.draft).map((i) => ({ item: i, draft: i.draft! }));
      drafts += today.length;
      for (const { item, draft } of today) {
        // One fact specific to the person, named in the text.
        expect(draft.fact, `${plan.day} ${item.name}: ${draft.text}`).toBeDefined();
        expect(draft.text).toContain(draft.fact?.detail ?? '');
        const person = network.people.get(Number(item.personId));
        if (draft.fact?.kind === 'role')
          expect([person?.company, person?.title]).toContain(draft.fact.detail);
      }
      for (let i = 0; i < today.length; i += 1) {
        for (let j = i + 1; j < today.length; j += 1) {
          const a = today[i]!.draft.text;
          const b = today[j]!.draft.text;
          expect(sharedWordShare(a, b), `${plan.day}:\n${a}\n${b}`).toBeLessThanOrEqual(0.5);
        }
      }
    }
    expect(drafts).toBeGreaterThan(0);
  });

  it('answers "are you hiring?" in the method\'s words', async () => {
    const plans = await planWeekAhead(store, { day: firstDay });
    const replies = plans.flatMap((p) => p.items.flatMap((i) => i.replies ?? []));
    for (const r of replies) {
      expect(r.text).toMatch(
        /^Not right now, I'm not\. However, I am actively looking for my next opportunity/,
      );
      expect(r.problems).toEqual([]);
    }
  });

  it('never starts two different threads with one person in a week', async () => {
    const plans = await planWeekAhead(store, { day: firstDay });
    const first = new Map<string, string>();
    const names = new Map<string, string>();
    const FIRST = new Set(['invite', 'reconnect', 'homework', 'ask', 'recruiter-note']);
    for (const plan of plans) {
      for (const item of plan.items) {
        if (!FIRST.has(item.kind) || item.stage !== 'new') continue;
        const kind = first.get(item.personId);
        expect(kind, `${item.name} on ${plan.day}`).toBeUndefined();
        first.set(item.personId, item.kind);
        // The same human may still be two records before identities are fused.
        const name = lower(item.name);
        expect(names.get(name), `${item.name} on ${plan.day}`).toBeUndefined();
        names.set(name, item.kind);
      }
    }
  });

  // Last: it changes the goals.
  it('calls current colleagues colleagues, never former ones, once the user is open', async () => {
    await updateGoals(store, LOCAL_ACCOUNT_ID, { discretion: 'open' });
    const open = await scoreNetwork(store, { now: network.now });
    const reconnect = (await recommend(store, 'reconnect', { limit: ALL, network: open })).entries;
    const colleagues = reconnect.filter((e) => atCurrentEmployer(e.company));
    expect(colleagues.length).toBeGreaterThan(0);
    for (const e of colleagues) expect(e.reason, e.name).toMatch(/^Colleague, /);
    expect((await recommend(store, 'reconnect', { limit: 1, network: open })).notes).toEqual([]);
    const goals = await loadGoals(store, LOCAL_ACCOUNT_ID);
    for (const target of goals.goals.targetCompanies)
      expect(atCurrentEmployer(target), target).toBe(false);
  });
});
