import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { recordMutualCount } from '../store/goals-store.js';
import { LOCAL_ACCOUNT_ID } from '../store/open-store.js';
import { buildEgoNetwork } from './build-ego-network.js';
import { listMutualConnections } from './person-mutuals.js';
import { contact, conversation, personIds, writeRecords } from './test-support/network-fixture.js';
import { openTempStore } from './test-support/temp-store.js';

type TempStore = Awaited<ReturnType<typeof openTempStore>>;
let store: TempStore;
beforeEach(async () => {
  store = await openTempStore();
});
afterEach(async () => {
  await store.cleanup();
});

describe('listMutualConnections', () => {
  it('names each mutual with the evidence, conversations before a shared employer', async () => {
    // Ana and Bo were on one email with the owner; Bo and Cy work at Globex; Dan knows nobody.
    await writeRecords(store, [
      contact('Ana Ruiz', 'Initech'),
      contact('Bo Chen', 'Globex'),
      contact('Cy Dahl', 'Globex'),
      contact('Dan Eng', 'Hooli'),
      ...conversation('offsite', ['Ana Ruiz', 'Bo Chen'], { channel: 'email', title: 'Offsite' }),
      ...conversation('chat', ['Bo Chen', 'Ana Ruiz'], { channel: 'whatsapp', title: 'Climbing' }),
    ]);
    const ids = await personIds(store);
    const network = await buildEgoNetwork(store, LOCAL_ACCOUNT_ID);

    const bo = listMutualConnections(network, ids.get('Bo Chen')!);
    // Ana seen with Bo (known), Cy at Globex p = logistic(-0.7759 - 0.4033 ln 4 + 3.7381 -
    // 0.4993 ln 2) = 0.8867, Dan at the base 0.2083: 2.09, about 2, of which 1 is known;
    // likely 1 + 1.09 x 0.14 = 1.15 to 1 + 1.09 x 2.34 = 3.56, shown as 1 to 4.
    expect(bo).toMatchObject({ count: 2, source: 'inferred', found: 2 });
    expect(bo.estimate).toMatchObject({ observed: 1, colleagues: 1, employer: 'Globex' });
    expect(bo.words).toBe(
      'about 2 mutual connections (estimated from at least 1 contact seen with them in your ' +
        'conversations and 1 other contact at Globex in your network; likely 1 to 4)',
    );
    expect(bo.mutuals).toEqual([
      {
        personId: ids.get('Ana Ruiz'),
        name: 'Ana Ruiz',
        company: 'Initech',
        evidence: [
          { kind: 'email', detail: 'Offsite' },
          { kind: 'group-chat', detail: 'Climbing' },
        ],
        evidenceCount: 2,
      },
      {
        personId: ids.get('Cy Dahl'),
        name: 'Cy Dahl',
        company: 'Globex',
        evidence: [{ kind: 'same-employer', detail: 'Globex' }],
        evidenceCount: 1,
      },
    ]);
    // Dan's company has nobody else here: the base only, 3 x 0.2083 = 0.62, about 1; no one
    // is named, since nothing ties him to anyone.
    expect(listMutualConnections(network, ids.get('Dan Eng')!)).toMatchObject({
      count: 1,
      source: 'inferred',
      found: 0,
      mutuals: [],
    });
    expect(listMutualConnections(network, ids.get('Bo Chen')!, 1).mutuals).toHaveLength(1);
  });

  it('shows the count the user recorded beside the mutuals weakties found', async () => {
    await writeRecords(store, [
      contact('Ana Ruiz', 'Globex'),
      contact('Bo Chen', 'Globex'),
      contact('Cy Dahl', 'Hooli'),
    ]);
    const ids = await personIds(store);
    await recordMutualCount(store.db, {
      accountId: LOCAL_ACCOUNT_ID,
      personId: ids.get('Cy Dahl')!,
      count: 9,
      recordedOn: '2026-11-02',
      source: 'recorded',
    });
    const network = await buildEgoNetwork(store, LOCAL_ACCOUNT_ID);
    expect(listMutualConnections(network, ids.get('Cy Dahl')!)).toEqual({
      count: 9,
      source: 'recorded',
      estimate: null,
      words: '9 mutual connections (the count you recorded from LinkedIn)',
      found: 0,
      mutuals: [],
    });
    expect(listMutualConnections(network, ids.get('Ana Ruiz')!)).toMatchObject({
      count: 1,
      source: 'inferred',
      mutuals: [{ name: 'Bo Chen', evidence: [{ kind: 'same-employer', detail: 'Globex' }] }],
    });
  });
});
