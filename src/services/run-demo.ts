import { mkdir } from 'node:fs/promises';
import { writeDemoExport } from '../demo/generate-demo-export.js';
import { writeDemoSources } from '../demo/sources/write-demo-sources.js';
import type { ImportSource } from '../importers/import-batch.js';
import { loadParticipantRows } from '../store/interactions-store.js';
import type { Store } from '../store/open-store.js';
import { LOCAL_ACCOUNT_ID } from '../store/open-store.js';
import { loadIdentityKeys, loadPeopleNames } from '../store/people-store.js';
import { importFiles, type ImportFilesOptions, type ImportSummary } from './import-files.js';
import { computeStats, type NetworkStats } from './network-stats.js';

export interface DemoOptions {
  /** Where the generated export is written. */
  dir: string;
  seed?: number;
  connections?: number;
  messages?: number;
  onProgress?: ImportFilesOptions['onProgress'];
}

/** What one source of the demo added: the user's "who did this file bring in". */
export interface DemoSourceSummary {
  source: ImportSource | 'unknown';
  path: string;
  /** People no earlier import knew. */
  peopleNew: number;
  /**
   * People an earlier import already knew that this source named: they gained a key or a name
   * from it, or are in one of its new conversations (chats, mail threads, meetings).
   */
  peopleMerged: number;
  messages: number;
  alreadyImported: boolean;
  summary: ImportSummary;
}

interface StoreSnapshot {
  people: Set<number>;
  keys: Set<string>;
  conversations: Set<number>;
}

async function takeSnapshot(store: Store): Promise<StoreSnapshot> {
  const [people, keys, participants] = await Promise.all([
    loadPeopleNames(store.db, LOCAL_ACCOUNT_ID),
    loadIdentityKeys(store.db, LOCAL_ACCOUNT_ID),
    loadParticipantRows(store.db, LOCAL_ACCOUNT_ID),
  ]);
  return {
    people: new Set(people.map((p) => p.id)),
    keys: new Set(keys.map((k) => `${k.personId}\u0000${k.kind}\u0000${k.value}`)),
    conversations: new Set(participants.map((p) => p.conversationId)),
  };
}

/** Imports one source and says how many of its people were new and how many merged. */
async function importSource(
  store: Store,
  path: string,
  onProgress: DemoOptions['onProgress'],
): Promise<DemoSourceSummary> {
  const before = await takeSnapshot(store);
  const summary = await importFiles(store, [path], { onProgress });
  const [keys, participants, people] = await Promise.all([
    loadIdentityKeys(store.db, LOCAL_ACCOUNT_ID),
    loadParticipantRows(store.db, LOCAL_ACCOUNT_ID),
    loadPeopleNames(store.db, LOCAL_ACCOUNT_ID),
  ]);
  const named = new Set<number>();
  for (const k of keys) {
    if (!before.keys.has(`${k.personId}\u0000${k.kind}\u0000${k.value}`)) named.add(k.personId);
  }
  for (const p of participants) {
    if (!before.conversations.has(p.conversationId)) named.add(p.personId);
  }
  return {
    source: summary.source ?? 'unknown',
    path,
    peopleNew: people.filter((p) => !before.people.has(p.id)).length,
    peopleMerged: [...named].filter((id) => before.people.has(id)).length,
    messages: summary.imported.messages ?? 0,
    alreadyImported: summary.alreadyImported !== undefined,
    summary,
  };
}

/**
 * The README's main job: generate the seeded synthetic LinkedIn export and the same owner's
 * other sources (phone book, Google Contacts, WhatsApp, mail, calendar; the same seed gives the
 * same bytes), import the LinkedIn export first and then each other source on its own, and
 * return what each brought and the network's figures. Running it again finds every file
 * already imported and changes nothing.
 */
export async function runDemo(
  store: Store,
  options: DemoOptions,
): Promise<{
  exportPath: string;
  summary: ImportSummary;
  sources: DemoSourceSummary[];
  stats: NetworkStats;
}> {
  await mkdir(options.dir, { recursive: true });
  const demoOptions = {
    ...(options.seed !== undefined ? { seed: options.seed } : {}),
    ...(options.connections !== undefined ? { connections: options.connections } : {}),
    ...(options.messages !== undefined ? { messages: options.messages } : {}),
  };
  const written = await writeDemoExport(options.dir, demoOptions);
  const others = await writeDemoSources(options.dir, demoOptions);
  const sources: DemoSourceSummary[] = [];
  // LinkedIn first: its profile and addresses tell the later imports which messages are the owner's.
  for (const path of [written, ...others]) {
    sources.push(await importSource(store, path, options.onProgress));
  }
  const stats = await computeStats(store);
  const linkedIn = sources[0];
  if (!linkedIn) throw new Error('runDemo: the LinkedIn export was not imported');
  return { exportPath: written, summary: linkedIn.summary, sources, stats };
}
