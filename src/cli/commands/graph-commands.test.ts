import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTempStore } from '../../services/test-support/temp-store.js';
import {
  contact,
  conversation,
  personIds,
  writeRecords,
} from '../../services/test-support/network-fixture.js';
import { runCli } from '../run-cli.js';

type TempStore = Awaited<ReturnType<typeof openTempStore>>;
let store: TempStore;
let ids: Map<string, number>;

beforeEach(async () => {
  store = await openTempStore();
  await writeRecords(store, [
    contact('Ana Ruiz', 'Globex'),
    contact('Tom Berg', 'Acme'),
    contact('Cy Dahl', 'Acme'),
    ...conversation('ana', ['Ana Ruiz'], { messages: 12 }),
    ...conversation('guild', ['Ana Ruiz', 'Tom Berg'], { title: 'Platform guild' }),
  ]);
  ids = await personIds(store);
});
afterEach(async () => {
  await store.cleanup();
});

function capture(): Writable & { text(): string } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer | string, _encoding, done) {
      chunks.push(chunk.toString());
      done();
    },
  });
  return Object.assign(stream, { text: () => chunks.join('') });
}

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const stdout = capture();
  const stderr = capture();
  // openSqliteStore puts the store file straight into WEAKTIES_HOME.
  const code = await runCli(argv, { stdout, stderr, env: { WEAKTIES_HOME: store.dir } });
  return { code, out: stdout.text(), err: stderr.text() };
}

describe('graph commands through runCli', () => {
  it('summarises the recovered network as text and as JSON', async () => {
    const text = await run('graph');
    expect(text.code).toBe(0);
    expect(text.out).toContain('Your network: you and 3 people, 2 known ties among them');
    const json = await run('graph', '--json');
    expect(JSON.parse(json.out)).toMatchObject({
      people: 3,
      tiesAmongContacts: 2,
      tiesByEvidence: { 'group-chat': 1, 'same-employer': 1 },
      mutuals: { inferred: 3, unknown: 0 },
    });
  });

  it('records mutual connections and shows them as recorded', async () => {
    const recorded = await run('mutuals', 'Tom', 'Berg', '14');
    expect(recorded.code).toBe(0);
    expect(recorded.out).toContain('Recorded 14 mutual connections with Tom Berg');
    const summary = JSON.parse((await run('graph', '--json')).out) as {
      mutuals: { recorded: number; inferred: number };
    };
    expect(summary.mutuals).toMatchObject({ recorded: 1, inferred: 2 });
    const bad = await run('mutuals', 'Tom Berg', 'many');
    expect(bad.code).toBe(64);
  });

  it('explains an introduction path to a company', async () => {
    const result = await run('paths', '--company', 'Acme');
    expect(result.code).toBe(0);
    // The tie class depends on today's date, so only its form is fixed here.
    expect(result.out).toMatch(
      /Ask Ana Ruiz \([a-z ]+ tie, 12 messages\) to introduce you to Tom Berg at Acme: they share a group chat "Platform guild"/,
    );
    const json = JSON.parse(
      (await run('paths', '--person', String(ids.get('Cy Dahl')), '--json')).out,
    ) as {
      paths: { explanation: string; introducers: { name: string }[] }[];
    };
    expect(json.paths[0]?.introducers.map((i) => i.name)).toEqual(['Ana Ruiz', 'Tom Berg']);
    expect((await run('paths')).code).toBe(64);
  });

  it('imports edges with issues by line and exits 1 when a line was lost', async () => {
    const file = join(store.dir, 'ties.txt');
    writeFileSync(file, `${ids.get('Ana Ruiz')} ${ids.get('Cy Dahl')}\nnot an edge line at all\n`);
    const result = await run('import-edges', file);
    expect(result.code).toBe(1);
    expect(result.out).toContain('1 new');
    expect(result.out).toContain('ties.txt:2');
    const clusters = JSON.parse((await run('clusters', '--json', '--seed', '3')).out) as {
      clusters: { label: string; size: number }[];
    };
    expect(clusters.clusters).toEqual([expect.objectContaining({ size: 3 })]);
    expect(clusters.clusters[0]?.label).not.toBe('');
  });
});
