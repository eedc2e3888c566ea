import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LOCAL_ACCOUNT_ID } from '../store/open-store.js';
import { buildEgoNetwork, describeTieEvidence } from './build-ego-network.js';
import { importEdges, parseEdgeFile } from './import-edges.js';
import { recordMutuals } from './record-mutuals.js';
import { openTempStore } from './test-support/temp-store.js';
import { contact, personIds, profileUrlOf, writeRecords } from './test-support/network-fixture.js';

type TempStore = Awaited<ReturnType<typeof openTempStore>>;
let store: TempStore;
beforeEach(async () => {
  store = await openTempStore();
});
afterEach(async () => {
  await store.cleanup();
});

describe('parseEdgeFile', () => {
  it('reads a SNAP-style list with comments, tabs and CRLF, keeping line numbers', () => {
    const text =
      '# ties I know of\r\n12 57\r\n\r\n57\thttps://www.linkedin.com/in/ana/\r\nlonely\r\n';
    const parsed = parseEdgeFile(text, 'ties.txt');
    expect(parsed.format).toBe('edge-list');
    expect(parsed.edges).toEqual([
      { a: { kind: 'person-id', value: 12 }, b: { kind: 'person-id', value: 57 }, line: 2 },
      {
        a: { kind: 'person-id', value: 57 },
        b: { kind: 'profile-url', value: 'linkedin.com/in/ana' },
        line: 4,
      },
    ]);
    expect(parsed.issues.map((i) => [i.code, i.line])).toEqual([['bad-line', 5]]);
  });

  it('reads a CSV of profile-URL pairs, skipping its header and reporting a bad cell', () => {
    const text = [
      'source,target',
      '"https://www.linkedin.com/in/ana","https://linkedin.com/in/tom/"',
      'https://www.linkedin.com/in/ana,Tom Berg',
    ].join('\n');
    const parsed = parseEdgeFile(text, 'pairs.csv');
    expect(parsed.format).toBe('profile-url-csv');
    expect(parsed.edges).toHaveLength(1);
    expect(parsed.edges[0]?.line).toBe(2);
    expect(parsed.issues.map((i) => [i.code, i.line])).toEqual([['not-a-person', 3]]);
  });
});

describe('importEdges', () => {
  it('stores ties among known people once, with issues for unknown people', async () => {
    await writeRecords(store, [
      contact('Ana Ruiz', 'Globex'),
      contact('Tom Berg', 'Acme'),
      contact('Bo Chen', 'Initech'),
    ]);
    const ids = await personIds(store);
    const file = join(store.dir, 'ties.txt');
    writeFileSync(
      file,
      [
        `${ids.get('Ana Ruiz')} ${profileUrlOf('Tom Berg')}`,
        `${profileUrlOf('Tom Berg')} ${ids.get('Ana Ruiz')}`,
        `${ids.get('Bo Chen')} https://www.linkedin.com/in/nobody-here`,
        `${ids.get('Bo Chen')} 999999`,
      ].join('\n'),
    );
    const first = await importEdges(store, file);
    expect(first).toMatchObject({
      format: 'edge-list',
      edgesRead: 4,
      imported: 1,
      alreadyStored: 0,
    });
    expect(first.issues.map((i) => [i.code, i.line])).toEqual([
      ['unknown-person', 3],
      ['unknown-person', 4],
    ]);
    const again = await importEdges(store, file);
    expect(again).toMatchObject({ imported: 0, alreadyStored: 1 });

    const network = await buildEgoNetwork(store, LOCAL_ACCOUNT_ID);
    const ana = network.nodeOfPerson.get(ids.get('Ana Ruiz')!)!;
    const tom = network.nodeOfPerson.get(ids.get('Tom Berg')!)!;
    expect(describeTieEvidence(network, ana, tom)).toEqual([
      { kind: 'imported', detail: 'ties.txt:1' },
    ]);
  });

  it('lands nothing when the file has no usable line', async () => {
    const file = join(store.dir, 'empty.txt');
    writeFileSync(file, '# nothing yet\n');
    const result = await importEdges(store, file);
    expect(result).toMatchObject({ runId: null, edgesRead: 0, imported: 0 });
    const runs = await store.db.selectFrom('import_runs').selectAll().execute();
    expect(runs).toEqual([]);
  });
});

describe('recordMutuals', () => {
  it('records the count for a person found by name and rejects impossible counts', async () => {
    await writeRecords(store, [contact('Ana Ruiz', 'Globex')]);
    const ids = await personIds(store);
    const view = await recordMutuals(store, 'Ana Ruiz', 9, {
      now: new Date('2026-11-03T12:00:00Z'),
    });
    expect(view).toEqual({
      personId: ids.get('Ana Ruiz'),
      name: 'Ana Ruiz',
      count: 9,
      recordedOn: '2026-11-03',
    });
    const network = await buildEgoNetwork(store, LOCAL_ACCOUNT_ID);
    expect(network.recorded.get(ids.get('Ana Ruiz')!)).toEqual({ count: 9, source: 'recorded' });
    await expect(recordMutuals(store, 'Ana Ruiz', 30_001)).rejects.toMatchObject({ code: 'usage' });
    await expect(recordMutuals(store, 'Nobody Known', 3)).rejects.toMatchObject({
      code: 'not-found',
    });
  });
});
