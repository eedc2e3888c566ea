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
import { recommend, scoreNetwork, type ScoredNetwork } from './recommend.js';
import { runDemo } from './run-demo.js';
import { openTempStore, type TempStore } from './test-support/temp-store.js';

const SEEDS = [undefined, 2, 3] as const;
const ALL = 100_000;

const lower = (text: string) => text.trim().toLowerCase();

describe.each(SEEDS)('the demo at seed %s', (seed) => {
  let store: TempStore;
  let network: ScoredNetwork;
  let currentEmployers: string[];
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
    network = await scoreNetwork(store, { now: new Date('2026-11-02T12:00:00Z') });
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
