import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LOCAL_ACCOUNT_ID } from '../store/open-store.js';
import { recordMutualCount } from '../store/goals-store.js';
import { buildEgoNetwork, describeTieEvidence, inferMutuals } from './build-ego-network.js';
import { computeTieFeatures } from './compute-tie-features.js';
import { openTempStore } from './test-support/temp-store.js';
import { contact, conversation, personIds, writeRecords } from './test-support/network-fixture.js';

type TempStore = Awaited<ReturnType<typeof openTempStore>>;
let store: TempStore;
beforeEach(async () => {
  store = await openTempStore();
});
afterEach(async () => {
  await store.cleanup();
});

const eleven = [
  'Ines Alba',
  'Jon Beck',
  'Kai Cole',
  'Lea Dorn',
  'Max Eber',
  'Nia Falk',
  'Oli Gray',
  'Pia Holt',
  'Rui Ito',
  'Sol Jung',
  'Tia Kerr',
];

describe('buildEgoNetwork and inferMutuals', () => {
  it('ties the 3 contacts of a 4-person group email into a triangle', async () => {
    await writeRecords(store, [
      contact('Ana Ruiz', 'Globex'),
      contact('Bo Chen', 'Initech'),
      contact('Cy Dahl', 'Umbrella'),
      contact('Dan Eng', 'Hooli'),
      ...conversation('offsite', ['Ana Ruiz', 'Bo Chen', 'Cy Dahl'], {
        channel: 'email',
        title: 'Offsite',
      }),
    ]);
    const ids = await personIds(store);
    const mutuals = await inferMutuals(store, LOCAL_ACCOUNT_ID);
    // Each was seen with the other two: 2 known, plus what Dan (nothing shared) adds at the
    // calibrated base for 4 contacts, logistic(-0.7759 - 0.4033 ln 4) = 0.2083, under the cap.
    for (const name of ['Ana Ruiz', 'Bo Chen', 'Cy Dahl']) {
      const m = mutuals.get(ids.get(name)!)!;
      expect(m).toMatchObject({ count: 2, source: 'inferred', degree: 3 });
      expect(m.estimate).toMatchObject({ observed: 2, colleagues: 0 });
    }
    // Dan has a company nobody else shares: the base only, 3 x 0.2083 = 0.62 -> about 1.
    expect(mutuals.get(ids.get('Dan Eng')!)).toMatchObject({ count: 1, source: 'inferred' });

    const network = await buildEgoNetwork(store, LOCAL_ACCOUNT_ID);
    expect(network.graph.edgeCount).toBe(4 + 3);
    const ana = network.nodeOfPerson.get(ids.get('Ana Ruiz')!)!;
    const bo = network.nodeOfPerson.get(ids.get('Bo Chen')!)!;
    expect(describeTieEvidence(network, ana, bo)).toEqual([{ kind: 'email', detail: 'Offsite' }]);
  });

  it('ignores a 12-person email at the default bound of 10 and counts it when allowed', async () => {
    await writeRecords(store, [
      ...eleven.map((n, i) => contact(n, `Company ${i}`)),
      ...conversation('all-hands', eleven, { channel: 'email' }),
    ]);
    const ids = await personIds(store);
    const capped = await buildEgoNetwork(store, LOCAL_ACCOUNT_ID);
    expect(capped.graph.edgeCount).toBe(11);
    expect(capped.stats).toMatchObject({ groupsUsed: 0, groupsIgnored: 1 });
    expect(
      (await inferMutuals(store, LOCAL_ACCOUNT_ID)).get(ids.get('Ines Alba')!)?.estimate,
    ).toMatchObject({ observed: 0 });

    const allowed = await inferMutuals(store, LOCAL_ACCOUNT_ID, { maxGroupSize: 12 });
    expect(allowed.get(ids.get('Ines Alba')!)).toMatchObject({
      count: 10,
      source: 'inferred',
      degree: 11,
      estimate: { observed: 10, low: 10 },
    });
  });

  it('ties colleagues at one employer however they spell it, within the size bound', async () => {
    await writeRecords(store, [
      contact('Ana Ruiz', 'Acme Inc.'),
      contact('Bo Chen', 'ACME'),
      contact('Cy Dahl', 'The Acme Company'),
      contact('Dan Eng', 'Hooli'),
    ]);
    const ids = await personIds(store);
    const network = await buildEgoNetwork(store, LOCAL_ACCOUNT_ID);
    expect(network.graph.edgeCount).toBe(4 + 3);
    const ana = network.nodeOfPerson.get(ids.get('Ana Ruiz')!)!;
    const cy = network.nodeOfPerson.get(ids.get('Cy Dahl')!)!;
    expect(describeTieEvidence(network, ana, cy)).toEqual([
      { kind: 'same-employer', detail: 'ACME' },
    ]);
    const bounded = await buildEgoNetwork(store, LOCAL_ACCOUNT_ID, { maxEmployerContacts: 2 });
    expect(bounded.graph.edgeCount).toBe(4);
    expect(bounded.stats.employersTooLarge).toEqual([{ company: 'ACME', contacts: 3 }]);
  });

  it('prefers a recorded count to an inferred one', async () => {
    await writeRecords(store, [
      contact('Ana Ruiz', 'Acme'),
      contact('Bo Chen', 'Acme'),
      contact('Dan Eng', 'Hooli'),
    ]);
    const ids = await personIds(store);
    await recordMutualCount(store.db, {
      accountId: LOCAL_ACCOUNT_ID,
      personId: ids.get('Ana Ruiz')!,
      count: 40,
      recordedOn: '2026-11-02',
      source: 'recorded',
    });
    const mutuals = await inferMutuals(store, LOCAL_ACCOUNT_ID);
    expect(mutuals.get(ids.get('Ana Ruiz')!)).toEqual({ count: 40, source: 'recorded', degree: 2 });
    // Bo: Ana at Acme, p = logistic(-0.7759 - 0.4033 ln 3 + 3.7381 - 0.4993 ln 2) = 0.8978, and
    // Dan at the base logistic(-0.7759 - 0.4033 ln 3) = 0.2281: 1.13 -> about 1.
    expect(mutuals.get(ids.get('Bo Chen')!)).toMatchObject({
      count: 1,
      source: 'inferred',
      estimate: { colleagues: 1, employer: 'Acme' },
    });
  });
});

describe('computeTieFeatures with the recovered network', () => {
  it('fills estimated mutuals, not the employer clique, and leaves a person with no evidence unknown', async () => {
    await writeRecords(store, [
      contact('Ana Ruiz', 'Acme'),
      contact('Bo Chen', 'Acme'),
      contact('Cy Dahl', 'Acme'),
      contact('Dan Eng', 'Hooli'),
      contact('Eve Fox', ''),
    ]);
    const ids = await personIds(store);
    const { features } = await computeTieFeatures(store, LOCAL_ACCOUNT_ID);
    const of = (name: string) => features.find((f) => f.personId === String(ids.get(name)))!;
    // Ana: two colleagues at p = logistic(-0.7759 - 0.4033 ln 5 + 3.7381 - 0.4993 ln 3) = 0.8538
    // and two at the base logistic(-0.7759 - 0.4033 ln 5) = 0.1939: 2.10 -> about 2, with the
    // range 2.10 x 0.14 to 2.10 x 2.34 = 0.29 to 4.90 -> 0 to 5.
    expect(of('Ana Ruiz').mutualConnections).toEqual({
      count: 2,
      source: 'inferred',
      estimate: { low: 0, high: 5, observed: 0, colleagues: 2, employer: 'Acme' },
    });
    expect(of('Ana Ruiz').ownerDegree).toBe(5);
    // The graph's degree counts the whole employer: no overlap figure from an estimate.
    expect(of('Ana Ruiz').contactDegree).toBeUndefined();
    expect(of('Eve Fox').mutualConnections).toBeUndefined();
  });
});
