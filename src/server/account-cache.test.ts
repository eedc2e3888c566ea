import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addPersonByHand } from '../services/add-person.js';
import { openTempStore } from '../services/test-support/temp-store.js';
import { insertDataAccount } from '../store/accounts-store.js';
import { createAccountCache } from './account-cache.js';

const NOW = new Date('2026-11-23T12:00:00Z');
let store: Awaited<ReturnType<typeof openTempStore>>;

/** An account with `people` people added by hand: each is one tie of its network. */
async function accountWith(people: number): Promise<number> {
  const accountId = await insertDataAccount(store.db, `member ${people}`, NOW.toISOString());
  for (let i = 0; i < people; i += 1) {
    await addPersonByHand(store, { name: `Person ${accountId}-${i}` }, { accountId, now: NOW });
  }
  return accountId;
}

beforeEach(async () => {
  store = await openTempStore();
});
afterEach(async () => {
  await store.cleanup();
});

describe('createAccountCache', () => {
  it('scores an account once a day and answers again from memory', async () => {
    const a = await accountWith(2);
    const cache = createAccountCache(store, () => NOW);
    const first = await cache.scored(a);
    expect(first.scored).toHaveLength(2);
    expect(await cache.scored(a)).toBe(first);
    cache.forget(a);
    expect(await cache.scored(a)).not.toBe(first);
  });

  it('notices a person added outside the app (the command line) once it checks again', async () => {
    const a = await accountWith(2);
    const cache = createAccountCache(store, () => NOW);
    const first = await cache.scored(a);
    await addPersonByHand(store, { name: 'Added Elsewhere' }, { accountId: a, now: NOW });
    // The data versions are checked at most every 250 ms (account-cache.ts).
    await new Promise((done) => setTimeout(done, 300));
    const again = await cache.scored(a);
    expect(again).not.toBe(first);
    expect(again.scored).toHaveLength(3);
    // Unchanged data is not scored again.
    await new Promise((done) => setTimeout(done, 300));
    expect(await cache.scored(a)).toBe(again);
  });

  it('keeps members apart: each account sees its own ties only', async () => {
    const a = await accountWith(2);
    const b = await accountWith(3);
    const cache = createAccountCache(store, () => NOW);
    expect((await cache.scored(a)).scored).toHaveLength(2);
    expect((await cache.scored(b)).scored).toHaveLength(3);
  });

  it('drops the least recently used account once the cached ties pass the bound', async () => {
    const a = await accountWith(2);
    const b = await accountWith(2);
    // Room for 3 ties: scoring b (2) beside a (2) is one too many, so a goes.
    const cache = createAccountCache(store, () => NOW, 10, 3);
    const aFirst = await cache.scored(a);
    const bFirst = await cache.scored(b);
    expect(await cache.scored(b)).toBe(bFirst);
    expect(await cache.scored(a)).not.toBe(aFirst);
  });

  it('also bounds the number of accounts', async () => {
    const a = await accountWith(1);
    const b = await accountWith(1);
    const cache = createAccountCache(store, () => NOW, 1);
    const aFirst = await cache.scored(a);
    await cache.scored(b);
    expect(await cache.scored(a)).not.toBe(aFirst);
  });
});
