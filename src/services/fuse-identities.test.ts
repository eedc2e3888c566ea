import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { normaliseEmail } from '../core/email-address.js';
import { DEFAULT_AUTO_MERGE_THRESHOLD, planAutoMerges } from '../core/identity/fusion-plan.js';
import { scorePeople } from '../core/identity/match-model.js';
import { normaliseProfileUrl } from '../core/profile-url.js';
import type { IdentityTruth } from '../demo/identity-truth.js';
import { TRUTH_FILE_NAME } from '../demo/sources/write-demo-sources.js';
import { PERSON_COLUMNS } from '../store/merges-store.js';
import { LOCAL_ACCOUNT_ID } from '../store/open-store.js';
import { dumpTables } from '../store/test-support/store-introspection.js';
import {
  autoMergeIdentities,
  identityReview,
  listIdentityMerges,
  loadFusionInput,
  setAutoMerge,
} from './fuse-identities.js';
import { undoAutoMerges, undoMerge } from './resolve-identities.js';
import { LIST_NAMES, recommend } from './recommend.js';
import { runDemo } from './run-demo.js';
import { openTempStore, type TempStore } from './test-support/temp-store.js';

// Enough people for the model to estimate itself (more than 200), small enough to be quick.
const DEMO = { seed: 5, connections: 400 };
const NOW = '2026-12-08T09:00:00.000Z';
const MERGE_TABLES = new Set([
  'merges',
  'merge_moves',
  'dismissed_candidates',
  'identity_settings',
]);

let store: TempStore;
let truth: IdentityTruth;
/** A plan item stored for the first person fusion will merge away, before it does. */
let planned: { keptId: number; mergedId: number };
let before: Record<string, string[]>;

beforeAll(async () => {
  store = await openTempStore();
  // Imported as exact keys alone; the tests then fuse, re-import and undo.
  await setAutoMerge(store, { autoMerge: false }, { now: NOW });
  await runDemo(store, { dir: store.dir, ...DEMO });
  truth = JSON.parse(readFileSync(join(store.dir, TRUTH_FILE_NAME), 'utf8')) as IdentityTruth;
  const input = await loadFusionInput(store, LOCAL_ACCOUNT_ID);
  const first = planAutoMerges(
    input.records,
    scorePeople(input.records).pairs,
    DEFAULT_AUTO_MERGE_THRESHOLD,
  )[0];
  if (!first) throw new Error('the small demo has nothing to merge');
  planned = { keptId: first.keptId, mergedId: first.mergedId };
  const item = { key: `ask:${first.mergedId}:new`, personId: String(first.mergedId) };
  await store.db
    .insertInto('outreach_plan_items')
    .values({
      account_id: LOCAL_ACCOUNT_ID,
      plan_day: '2026-12-08',
      item_key: item.key,
      position: 1,
      kind: 'ask',
      person_id: first.mergedId,
      status: 'shown',
      status_at: NOW,
      snooze_until: '',
      payload: JSON.stringify({ item }),
    })
    .execute();
  before = await dumpTables(store.db, MERGE_TABLES);
  await setAutoMerge(store, { autoMerge: true }, { now: NOW });
}, 120_000);
afterAll(async () => {
  await store.cleanup();
});

/** The truth's human of every key, normalised as the importers store keys. */
function humanOfKey(): Map<string, string> {
  const labels = new Map<string, string>();
  for (const h of truth.humans) {
    for (const u of h.profileUrls) labels.set(`profile-url:${normaliseProfileUrl(u)}`, h.id);
    for (const e of h.emails) labels.set(`email:${normaliseEmail(e)}`, h.id);
    for (const p of h.phones) labels.set(`phone:${p}`, h.id);
  }
  return labels;
}

describe('automatic identity fusion on the demo', () => {
  it('merges decisive pairs, each joining records of one human, and says why', async () => {
    const result = await autoMergeIdentities(store, { now: NOW });
    expect(result.merged).toBeGreaterThan(0);
    const merges = await listIdentityMerges(store, { auto: true });
    expect(merges).toHaveLength(result.merged);
    expect(merges.every((m) => m.source === 'auto' && m.reasons.length > 0)).toBe(true);
    expect(merges.every((m) => (m.posterior ?? 0) >= DEFAULT_AUTO_MERGE_THRESHOLD)).toBe(true);

    // Every person now holds the keys of one human only (the generator's truth).
    const labels = humanOfKey();
    const rows = await store.db
      .selectFrom('identities')
      .select(['person_id', 'kind', 'value'])
      .execute();
    const humans = new Map<number, Set<string>>();
    for (const r of rows) {
      const human = labels.get(`${r.kind}:${r.value}`);
      if (r.kind === 'name' || human === undefined) continue;
      humans.set(r.person_id, (humans.get(r.person_id) ?? new Set()).add(human));
    }
    const merged = new Set(merges.map((m) => m.keptPersonId));
    const mixed = [...merged].filter((id) => (humans.get(id)?.size ?? 0) > 1);
    expect(mixed).toEqual([]);
  });

  it('holds one human twice in a list only while the pair waits in review, and invites no one connected', async () => {
    const labels = humanOfKey();
    const kinds = new Map(truth.humans.map((h) => [h.id, h.kind]));
    const rows = await store.db
      .selectFrom('identities')
      .select(['person_id', 'kind', 'value'])
      .execute();
    const humanOf = new Map<string, string>();
    for (const r of rows) {
      const human = labels.get(`${r.kind}:${r.value}`);
      if (human !== undefined) humanOf.set(String(r.person_id), human);
    }
    // The pairs the user is asked about (the Lists page says so beside the list).
    const review = await identityReview(store);
    const asked = new Set(review.items.map((i) => `${i.a.id}:${i.b.id}`));
    const now = new Date(NOW);
    for (const list of LIST_NAMES) {
      const { entries } = await recommend(store, list, { now, limit: 500 });
      const firstOf = new Map<string, number>();
      const twice: string[] = [];
      for (const e of entries) {
        const id = Number(e.personId);
        const human = humanOf.get(String(id));
        if (human === undefined) continue;
        const other = firstOf.get(human);
        if (other === undefined) firstOf.set(human, id);
        else if (!asked.has(`${Math.min(id, other)}:${Math.max(id, other)}`)) twice.push(human);
      }
      expect(twice, list).toEqual([]);
      if (list === 'invite') {
        const invited = entries.flatMap((e) => humanOf.get(String(e.personId)) ?? []);
        expect(invited.filter((h) => kinds.get(h) === 'connection')).toEqual([]);
      }
    }
  });

  it('leaves nothing pointing at a merged-away person, stored plan items included', async () => {
    const merges = await listIdentityMerges(store, { auto: true });
    const gone = merges.map((m) => m.mergedPersonId);
    for (const { table, column } of PERSON_COLUMNS) {
      const rows = await store.db
        .selectFrom(table as 'identities')
        .select(column as 'person_id')
        .where(column as 'person_id', 'in', gone)
        .execute();
      expect(rows, `${table}.${column}`).toEqual([]);
    }
    const item = await store.db
      .selectFrom('outreach_plan_items')
      .selectAll()
      .where('plan_day', '=', '2026-12-08')
      .executeTakeFirstOrThrow();
    const kept = merges.find((m) => m.mergedPersonId === planned.mergedId)?.keptPersonId;
    expect(kept).toBeDefined();
    expect(item.person_id).toBe(kept);
    expect(item.item_key).toBe(`ask:${kept}:new`);
    expect(JSON.parse(item.payload)).toEqual({
      item: { key: `ask:${kept}:new`, personId: String(kept) },
    });
  });

  it('changes nothing when run again or when the exports are imported again', async () => {
    const after = await dumpTables(store.db, new Set());
    expect((await autoMergeIdentities(store, { now: NOW })).merged).toBe(0);
    await runDemo(store, { dir: store.dir, ...DEMO });
    expect(await dumpTables(store.db, new Set())).toEqual(after);
  });

  it('shows only the uncertain band for review, none of it already merged', async () => {
    const review = await identityReview(store);
    expect(review.items.every((i) => i.posterior >= 0.5)).toBe(true);
    expect(
      review.items.every(
        (i) => i.posterior < DEFAULT_AUTO_MERGE_THRESHOLD || i.guard !== undefined,
      ),
    ).toBe(true);
  });

  it('undoes one automatic merge and remembers the pair as two people', async () => {
    const [newest] = await listIdentityMerges(store, { auto: true });
    if (!newest) throw new Error('no automatic merge');
    await undoMerge(store, newest.id, { now: NOW });
    expect((await autoMergeIdentities(store, { now: NOW })).merged).toBe(0);
    const dismissed = await store.db.selectFrom('dismissed_candidates').selectAll().execute();
    expect(dismissed.map((d) => [d.a_person_id, d.b_person_id])).toEqual([
      [
        Math.min(newest.keptPersonId, newest.mergedPersonId),
        Math.max(newest.keptPersonId, newest.mergedPersonId),
      ],
    ]);
  });

  it('undoes every automatic merge at once, restoring the store exactly', async () => {
    const result = await undoAutoMerges(store, { now: NOW });
    expect(result.undone).toBeGreaterThan(0);
    expect(await listIdentityMerges(store, { auto: true })).toEqual([]);
    expect(await dumpTables(store.db, MERGE_TABLES)).toEqual(before);
  });
});
