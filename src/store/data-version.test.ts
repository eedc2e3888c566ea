import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addPersonByHand } from '../services/add-person.js';
import { openTempStore } from '../services/test-support/temp-store.js';
import { readDataVersions } from './data-version.js';
import { LOCAL_ACCOUNT_ID } from './open-store.js';
import { insertPlanItems, setPlanItemStatus } from './outreach-store.js';

const NOW = new Date('2026-11-23T12:00:00Z');
let store: Awaited<ReturnType<typeof openTempStore>>;

beforeEach(async () => {
  store = await openTempStore();
});
afterEach(async () => {
  await store.cleanup();
});

describe('readDataVersions', () => {
  it('stays the same while nothing changes', async () => {
    const first = await readDataVersions(store.db, LOCAL_ACCOUNT_ID);
    expect(await readDataVersions(store.db, LOCAL_ACCOUNT_ID)).toEqual(first);
  });

  it('moves the network version when a person is added, and only for that account', async () => {
    const before = await readDataVersions(store.db, LOCAL_ACCOUNT_ID);
    const other = await store.db
      .insertInto('accounts')
      .values({ name: 'other', created_at: NOW.toISOString() })
      .returning('id')
      .executeTakeFirstOrThrow();
    const otherBefore = await readDataVersions(store.db, Number(other.id));
    await addPersonByHand(store, { name: 'Ada Added' }, { now: NOW });
    const after = await readDataVersions(store.db, LOCAL_ACCOUNT_ID);
    expect(after.network).not.toBe(before.network);
    expect(after.outreach).toBe(before.outreach);
    expect(await readDataVersions(store.db, Number(other.id))).toEqual(otherBefore);
  });

  it('moves the outreach version when a plan item is marked, which edits it in place', async () => {
    const { personId } = await addPersonByHand(store, { name: 'Pat Planned' }, { now: NOW });
    await insertPlanItems(store.db, LOCAL_ACCOUNT_ID, [
      {
        day: '2026-11-23',
        key: 'invite:1',
        position: 0,
        kind: 'invite',
        personId: String(personId),
        statusAt: '2026-11-23T08:00:00.000Z',
        payload: '{}',
      },
    ]);
    const shown = await readDataVersions(store.db, LOCAL_ACCOUNT_ID);
    await setPlanItemStatus(
      store.db,
      LOCAL_ACCOUNT_ID,
      '2026-11-23',
      'invite:1',
      'skipped',
      '2026-11-23T09:00:00.000Z',
    );
    const skipped = await readDataVersions(store.db, LOCAL_ACCOUNT_ID);
    expect(skipped.outreach).not.toBe(shown.outreach);
    expect(skipped.network).toBe(shown.network);
  });
});
