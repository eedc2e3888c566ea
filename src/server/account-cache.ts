/**
 * What the member API computes from a whole network, kept per account and day until something
 * changes (a logged event, a move, an import, new goals): the scored network, the people table
 * built from it, the ego network the person page reads mutual connections from, and the day's
 * outreach state. Each is computed on first use, and every request after that reads it from
 * memory, which is what keeps the people list and the person page fast at 30,000 connections.
 * A change made outside this process (the command line importing while the app runs) is
 * noticed by the account's data versions, checked at most every RECHECK_MS.
 */
import { buildEgoNetwork, type EgoNetwork } from '../services/build-ego-network.js';
import { loadOutreachState, type OutreachState } from '../services/outreach-state.js';
import { buildPeopleTable, type PeopleTable } from '../services/people-table.js';
import { scoreNetwork, type ScoredNetwork } from '../services/recommend.js';
import { readAccountDataVersions, type DataVersions } from '../services/data-version.js';
import type { Store } from '../services/store-access.js';

// What is kept at once, most recently used first, is bounded by ties, not accounts: a career
// centre's 200 members with a few hundred connections each fit, and so do a few networks at
// LinkedIn's 30,000 cap. 200,000 scored ties (with their people table and ego network) is
// about 250-300 MB of heap (design choice, measured with bench:server); the account bound
// keeps the entries themselves few.
export const MAX_CACHED_ACCOUNTS = 1_000;
export const MAX_CACHED_TIES = 200_000;
// How often a busy account's data is checked for changes made outside this process; a person
// clicking through pages always sees them (design choice: 250 ms bounds the checks under load).
const RECHECK_MS = 250;

interface Entry {
  day: string;
  /** The account's data as it was when this entry was made (services/data-version.ts). */
  versions: DataVersions;
  /** performance.now() of the last check of those versions against the store. */
  checkedAt: number;
  /** How many ties the scored network holds, once it is scored. */
  ties?: number;
  scoring: Promise<ScoredNetwork>;
  table?: Promise<PeopleTable>;
  egoNetwork?: Promise<EgoNetwork>;
  outreach?: Promise<OutreachState>;
}

export interface AccountCache {
  /**
   * The same scored network for every call of a day until the account's data changes, so
   * callers may key on it.
   */
  scored(accountId: number): Promise<ScoredNetwork>;
  table(accountId: number): Promise<PeopleTable>;
  egoNetwork(accountId: number): Promise<EgoNetwork>;
  /** The outreach state of today (UTC), as `weakties plan` and the pipeline read it. */
  outreach(accountId: number): Promise<OutreachState>;
  /** Today, `YYYY-MM-DD` (UTC): the day the cached outreach state is for. */
  today(): string;
  /** Forgets everything of the account: its data changed (an import, new goals). */
  forget(accountId: number): void;
  /**
   * Forgets the outreach state only: a logged event, a pipeline move or a plan action changes
   * the pipeline, and no score (tie features read no outreach table: compute-tie-features.ts).
   */
  forgetOutreach(accountId: number): void;
}

export function createAccountCache(
  store: Store,
  now: () => Date,
  maxAccounts = MAX_CACHED_ACCOUNTS,
  maxTies = MAX_CACHED_TIES,
  /** Told of every network scored, e.g. to record the week's progress snapshot (server mode). */
  onScored?: (accountId: number, network: ScoredNetwork) => void,
): AccountCache {
  const entries = new Map<number, Entry>();
  const today = () => now().toISOString().slice(0, 10);

  // A failed computation is not kept: the account's next request tries again.
  const keep = <T>(accountId: number, entry: Entry, work: Promise<T>): Promise<T> => {
    work.catch(() => {
      if (entries.get(accountId) === entry) entries.delete(accountId);
    });
    return work;
  };

  const touch = (accountId: number, entry: Entry): Entry => {
    entries.delete(accountId);
    entries.set(accountId, entry);
    return entry;
  };

  const entryOf = async (accountId: number): Promise<Entry> => {
    const at = now();
    const day = at.toISOString().slice(0, 10);
    const current = entries.get(accountId);
    if (current?.day === day) {
      if (performance.now() - current.checkedAt < RECHECK_MS) return touch(accountId, current);
      current.checkedAt = performance.now();
      const versions = await readAccountDataVersions(store, accountId);
      if (versions.network === current.versions.network) {
        if (versions.outreach !== current.versions.outreach) {
          delete current.outreach;
          current.versions = versions;
        }
        return touch(accountId, current);
      }
      // Changed elsewhere (the command line, another process): score again.
    }
    // Read before scoring: a change in between leaves an older version on the entry, so the
    // next check scores again rather than keeping a stale network.
    const versions = await readAccountDataVersions(store, accountId);
    const latest = entries.get(accountId);
    if (latest && latest !== current && latest.day === day) return touch(accountId, latest);
    const entry: Entry = {
      day,
      versions,
      checkedAt: performance.now(),
      scoring: scoreNetwork(store, { accountId, now: at }),
    };
    touch(accountId, entry);
    keep(accountId, entry, entry.scoring).then(
      (network) => {
        entry.ties = network.scored.length;
        evictBeyondBounds(accountId);
        onScored?.(accountId, network);
      },
      () => undefined,
    );
    evictBeyondBounds(accountId);
    return entry;
  };

  // Drops the least recently used accounts until both bounds hold; never the one just used.
  const evictBeyondBounds = (keepId: number): void => {
    let ties = 0;
    for (const entry of entries.values()) ties += entry.ties ?? 0;
    for (const [id, entry] of entries) {
      if (entries.size <= maxAccounts && ties <= maxTies) break;
      if (id === keepId) continue;
      entries.delete(id);
      ties -= entry.ties ?? 0;
    }
  };

  return {
    scored: async (accountId) => (await entryOf(accountId)).scoring,
    async table(accountId) {
      const entry = await entryOf(accountId);
      entry.table ??= keep(
        accountId,
        entry,
        entry.scoring.then((network) => buildPeopleTable(store, network, accountId)),
      );
      return entry.table;
    },
    async egoNetwork(accountId) {
      const entry = await entryOf(accountId);
      entry.egoNetwork ??= keep(accountId, entry, buildEgoNetwork(store, accountId));
      return entry.egoNetwork;
    },
    async outreach(accountId) {
      const entry = await entryOf(accountId);
      // The day's state as plan-outreach.ts and outreach-log.ts read it: at noon of the day.
      entry.outreach ??= keep(
        accountId,
        entry,
        entry.scoring.then((network) =>
          loadOutreachState(store, {
            accountId,
            day: entry.day,
            now: new Date(`${entry.day}T12:00:00Z`),
            network,
          }),
        ),
      );
      return entry.outreach;
    },
    today,
    forget(accountId) {
      entries.delete(accountId);
    },
    forgetOutreach(accountId) {
      const entry = entries.get(accountId);
      if (entry) {
        delete entry.outreach;
        // Read the versions again first, so the state rebuilt next is kept under the new ones.
        entry.checkedAt = Number.NEGATIVE_INFINITY;
      }
    },
  };
}
