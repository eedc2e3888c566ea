import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCAL_ACCOUNT_ID } from '../store/open-store.js';
import { listIdentities, loadPeopleNames } from '../store/people-store.js';
import { recommend } from './recommend.js';
import { runDemo } from './run-demo.js';
import { openTempStore } from './test-support/temp-store.js';

type TempStore = Awaited<ReturnType<typeof openTempStore>>;
type DemoRun = Awaited<ReturnType<typeof runDemo>>;

const OPTIONS = { seed: 11, connections: 300 };

describe('runDemo with every source', () => {
  let store: TempStore;
  let run: DemoRun;
  /** Each person's identity sources, by the importer before the colon (`linkedin`, `vcard`…). */
  const sourcesOf = new Map<number, Set<string>>();

  beforeAll(async () => {
    store = await openTempStore();
    run = await runDemo(store, { dir: join(store.dir, 'demo'), ...OPTIONS });
    for (const person of await loadPeopleNames(store.db, LOCAL_ACCOUNT_ID)) {
      const identities = await listIdentities(store.db, LOCAL_ACCOUNT_ID, person.id);
      sourcesOf.set(person.id, new Set(identities.map((i) => i.source.split(':')[0] ?? '')));
    }
  }, 120_000);

  afterAll(async () => {
    await store.cleanup();
  });

  it('imports the LinkedIn export first, then each other source on its own', () => {
    expect(run.sources.map((s) => s.source)).toEqual([
      'linkedin',
      'vcard',
      'google-csv',
      'whatsapp',
      'mbox',
      'ics',
    ]);
    for (const source of run.sources) {
      expect(
        source.summary.issues.filter((i) => i.severity === 'error'),
        source.source,
      ).toEqual([]);
    }
  });

  it('knows the owner in chats, mail and meetings from the LinkedIn profile, without guessing', () => {
    for (const source of run.sources.slice(3)) {
      const guesses = source.summary.issues.filter(
        (i) => i.code === 'owner-inferred' || i.code === 'ambiguous-owner',
      );
      expect(guesses, source.source).toEqual([]);
      expect(source.messages, source.source).toBeGreaterThan(0);
    }
    expect(run.stats.messagesSent).toBeGreaterThan(0);
  });

  it('finds people of other sources among the connections, and some in no other source', () => {
    const byName = Object.fromEntries(run.sources.map((s) => [s.source, s]));
    expect(byName.linkedin?.peopleMerged).toBe(0);
    // Google rows carry profile URLs and emails the LinkedIn people already have.
    expect(byName['google-csv']?.peopleMerged).toBeGreaterThan(0);
    // Old friends and family are in the phone book only.
    expect(byName.vcard?.peopleNew).toBeGreaterThan(0);
    const several = [...sourcesOf.values()].filter((s) => s.has('linkedin') && s.size >= 2);
    expect(several.length).toBeGreaterThan(10);
    const onlyPhoneBook = [...sourcesOf.values()].filter((s) => s.size === 1 && s.has('vcard'));
    expect(onlyPhoneBook.length).toBeGreaterThan(5);
    const onlyLinkedIn = [...sourcesOf.values()].filter((s) => s.size === 1 && s.has('linkedin'));
    expect(onlyLinkedIn.length).toBeGreaterThan(100);
  });

  it('gives people to invite: known from elsewhere, not connected, with a title and company', async () => {
    const invite = await recommend(store, 'invite', { now: new Date(Date.UTC(2026, 10, 1)) });
    expect(invite.total).toBeGreaterThan(0);
    for (const entry of invite.entries) {
      expect(entry.profileLink).toBeNull();
      expect(entry.company).not.toBe('');
    }
  });

  it('changes nothing when it runs again', async () => {
    const again = await runDemo(store, { dir: join(store.dir, 'demo'), ...OPTIONS });
    expect(again.sources.every((s) => s.alreadyImported)).toBe(true);
    expect(again.stats.rows).toEqual(run.stats.rows);
  });
});
