import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ImportBatch, ImportRecord } from '../importers/import-batch.js';
import { createImportRun } from '../store/import-runs-store.js';
import { insertEvents } from '../store/outreach-store.js';
import { summariseCohort, summariseMemberProgress } from './member-progress.js';
import { logOutreachEvent, movePipeline } from './outreach-log.js';
import { openTempStore, type TempStore } from './test-support/temp-store.js';
import { writeImportBatch } from './write-import-batch.js';

let store: TempStore;
beforeEach(async () => {
  store = await openTempStore();
});
afterEach(async () => {
  await store.cleanup();
});

let line = 0;
const src = (file: string) => ({ file, line: (line += 1) });
const url = (name: string) =>
  `https://www.linkedin.com/in/${name.toLowerCase().replace(/ /g, '-')}`;
const personRef = (name: string) => {
  const [firstName = '', lastName = ''] = name.split(' ');
  return { firstName, lastName, profileUrl: url(name) };
};

function connection(name: string, connectedOn: string): ImportRecord {
  return {
    kind: 'connection',
    source: src('Connections.csv'),
    person: personRef(name),
    connectedOn,
  };
}

function invitationTo(name: string, sentAt: string): ImportRecord {
  return {
    kind: 'invitation',
    source: src('Invitations.csv'),
    direction: 'out',
    person: personRef(name),
    sentAt,
  };
}

function messageTo(name: string, sentAt: string): ImportRecord {
  return {
    kind: 'message',
    source: src('messages.csv'),
    channel: 'linkedin',
    conversationKey: `conversation-${name}`,
    sentAt,
    to: [{ fullName: name, profileUrl: url(name) }],
    direction: 'out',
    content: 'hello',
  };
}

async function createAccount(name: string): Promise<number> {
  const row = await store.db
    .insertInto('accounts')
    .values({ name, created_at: '2026-11-01T00:00:00.000Z' })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Writes records into an account as one import run, through the real import path. */
async function importInto(accountId: number, records: ImportRecord[]): Promise<void> {
  const batch: ImportBatch = { source: 'linkedin', records, issues: [], files: [] };
  line += 1;
  await store.db.transaction().execute(async (trx) => {
    const runId = await createImportRun(trx, {
      accountId,
      source: 'linkedin',
      inputName: 'fixture',
      sha256: `fixture-${accountId}-${line}`,
      startedAt: '2026-11-20T00:00:00.000Z',
    });
    await writeImportBatch(trx, batch, {
      accountId,
      runId,
      keepBodies: false,
      now: '2026-11-20T00:00:00.000Z',
    });
  });
}

async function personId(accountId: number, name: string): Promise<number> {
  const row = await store.db
    .selectFrom('people')
    .select('id')
    .where('account_id', '=', accountId)
    .where('display_name', '=', name)
    .executeTakeFirstOrThrow();
  return row.id;
}

// Wednesday of ISO week 2026-W48 (Monday 23 to Sunday 29 November).
const NOW = new Date('2026-11-25T12:00:00Z');

/**
 * A member with four connections: Cy Lark and Dee Vane from long ago (Dee messaged twice in
 * 2020, a relationship quiet for over 3 years by now: dormant, docs/science.md section 5), Ben Orrin connected in W47 and Ada
 * Quill in W48; invitations sent to Ada in W47 and to Eve Sorrel in W48.
 */
async function seedMember(accountId: number): Promise<void> {
  await importInto(accountId, [
    connection('Cy Lark', '2020-01-10'),
    connection('Dee Vane', '2019-05-01'),
    connection('Ben Orrin', '2026-11-17'),
    connection('Ada Quill', '2026-11-24'),
    messageTo('Dee Vane', '2020-02-01T10:00:00Z'),
    messageTo('Dee Vane', '2020-02-03T10:00:00Z'),
    invitationTo('Ada Quill', '2026-11-18T09:00:00'),
    invitationTo('Eve Sorrel', '2026-11-24T10:00:00'),
  ]);
  const at = { accountId, now: NOW };
  await logOutreachEvent(store, 'Ben Orrin', 'answer', { ...at, day: '2026-11-18' });
  await logOutreachEvent(store, 'Dee Vane', 'call', { ...at, day: '2026-11-24' });
  await logOutreachEvent(store, 'Ben Orrin', 'help-received', {
    ...at,
    day: '2026-11-24',
    help: 'referral',
  });
  await logOutreachEvent(store, 'Dee Vane', 'help-received', {
    ...at,
    day: '2026-11-25',
    help: 'interview',
  });
  await logOutreachEvent(store, 'Cy Lark', 'offer', { ...at, day: '2026-11-25' });
  await movePipeline(store, 'Ada Quill', 'asked', { ...at, day: '2026-11-25' });
}

const NAMES = [
  'Ada Quill',
  'Ben Orrin',
  'Cy Lark',
  'Dee Vane',
  'Eve Sorrel',
  'Quill',
  'Orrin',
  'Sorrel',
];

/** Every key and every text value of a result, wherever it sits. */
function leavesOf(value: unknown, keys: Set<string>, texts: Set<string>): void {
  if (typeof value === 'string') texts.add(value);
  else if (Array.isArray(value)) for (const v of value) leavesOf(v, keys, texts);
  else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      keys.add(k);
      leavesOf(v, keys, texts);
    }
  }
}

describe('summariseMemberProgress', () => {
  it("counts a member's weeks: invitations against the pace, conversations and asks by tie class, outcomes", async () => {
    const account = await createAccount('member');
    await seedMember(account);
    const progress = await summariseMemberProgress(store, account, { now: NOW });

    expect(progress.weeks).toHaveLength(12);
    expect(progress.weeks[0]?.week).toBe('2026-W37');
    const w47 = progress.weeks[10];
    const w48 = progress.weeks[11];
    expect(w47?.week).toBe('2026-W47');
    expect(w48?.week).toBe('2026-W48');

    // One invitation each week; the ramp never started, so the pace is 5 a day: 35.
    expect([w47?.invitations, w47?.invitationPace]).toEqual([1, 35]);
    expect([w48?.invitations, w48?.invitationPace]).toEqual([1, 35]);
    expect(progress.weeklyInvitationCap).toBe(100);

    // Ben answered in W47: never messaged, so never interacted (Gilbert and Karahalios 2009).
    expect(w47?.conversations.total).toBe(1);
    expect(w47?.conversations.byTieClass['never-interacted']).toBe(1);
    // A call with Dee in W48: last message in 2020, a dormant tie.
    expect(w48?.conversations.total).toBe(1);
    expect(w48?.conversations.byTieClass.dormant).toBe(1);
    // The ask to Ada (never messaged).
    expect(w48?.asks.total).toBe(1);
    expect(w48?.asks.byTieClass['never-interacted']).toBe(1);
    // A referral (the event and the "helped" move it implied count once), an interview, an offer.
    expect([w48?.referrals, w48?.interviews, w48?.offers]).toEqual([1, 1, 1]);
    expect([w47?.referrals, w47?.interviews, w47?.offers]).toEqual([0, 0, 0]);

    // Connections held at each week's end: Cy and Dee, then Ben, then Ada.
    expect(progress.weeks[9]?.connections).toBe(2);
    expect(w47?.connections).toBe(3);
    expect(w48?.connections).toBe(4);

    // The network as recorded this week; no earlier snapshot exists.
    expect(w47?.network).toBeNull();
    expect(w48?.network?.connections).toBe(4);
    expect(w48?.network?.tieMix).toEqual({
      strong: 0,
      'moderately-weak': 0,
      weak: 0,
      dormant: 1,
      'never-interacted': 3,
    });
    expect(w48?.network?.dormantShare).toBe(0.25);
    expect(w48?.network?.tieMixShare['never-interacted']).toBe(0.75);
    expect(progress.networkChange).toBeNull();
  });

  it('returns numbers, week labels and tie classes only: no name, message or person id', async () => {
    const account = await createAccount('member');
    await seedMember(account);
    const progress = await summariseMemberProgress(store, account, { now: NOW });
    const keys = new Set<string>();
    const texts = new Set<string>();
    leavesOf(progress, keys, texts);
    for (const text of texts) expect(text).toMatch(/^\d{4}-W\d{2}$/);
    const allowed = new Set([
      ...['weeklyInvitationCap', 'weeks', 'networkChange', 'week', 'invitations'],
      ...['invitationPace', 'conversations', 'asks', 'referrals', 'interviews', 'offers'],
      ...['connections', 'network', 'total', 'byTieClass', 'tieMix', 'tieMixShare'],
      ...['dormantShare', 'neverInteractedShare', 'companyEvenness', 'functionEvenness'],
      ...['relevantShare', 'aboveTenMutualsShare', 'fromWeek', 'toWeek'],
      ...['strong', 'moderately-weak', 'weak', 'dormant', 'never-interacted'],
    ]);
    for (const key of keys) expect(allowed).toContain(key);
    const json = JSON.stringify(progress);
    for (const name of NAMES) expect(json).not.toContain(name);
    expect(json).not.toContain('linkedin');
  });

  it('reuses the week snapshot until the data changes, and records the change over weeks', async () => {
    const account = await createAccount('member');
    await seedMember(account);
    const takenAt = async () =>
      (
        await store.db
          .selectFrom('progress_snapshots')
          .select(['week', 'taken_at'])
          .where('account_id', '=', account)
          .orderBy('week')
          .execute()
      ).map((r) => `${r.week} ${r.taken_at}`);

    const first = await summariseMemberProgress(store, account, { now: NOW });
    expect(await takenAt()).toEqual(['2026-W48 2026-11-25T12:00:00.000Z']);

    // The next day, nothing new: the snapshot is reused, the figures are the same.
    const nextDay = new Date('2026-11-26T09:00:00Z');
    expect(await summariseMemberProgress(store, account, { now: nextDay })).toEqual(first);
    expect(await takenAt()).toEqual(['2026-W48 2026-11-25T12:00:00.000Z']);

    // A new conversation: recomputed, and counted.
    await logOutreachEvent(store, 'Cy Lark', 'coffee', {
      accountId: account,
      now: nextDay,
      day: '2026-11-26',
    });
    const after = await summariseMemberProgress(store, account, { now: nextDay });
    expect(await takenAt()).toEqual(['2026-W48 2026-11-26T09:00:00.000Z']);
    expect(after.weeks[11]?.conversations.total).toBe(2);
    expect(after.weeks[11]?.conversations.byTieClass['never-interacted']).toBe(1);

    // A week later with a new connection: a second snapshot, and the change between them.
    await importInto(account, [connection('Fay Tamsin', '2026-12-01')]);
    const later = await summariseMemberProgress(store, account, {
      now: new Date('2026-12-02T09:00:00Z'),
    });
    expect(await takenAt()).toEqual([
      '2026-W48 2026-11-26T09:00:00.000Z',
      '2026-W49 2026-12-02T09:00:00.000Z',
    ]);
    expect(later.weeks[10]?.network?.connections).toBe(4);
    expect(later.weeks[11]?.network?.connections).toBe(5);
    expect(later.networkChange?.fromWeek).toBe('2026-W48');
    expect(later.networkChange?.toWeek).toBe('2026-W49');
    expect(later.networkChange?.connections).toBe(1);
    // 3 of 4 never interacted, then 4 of 5.
    expect(later.networkChange?.tieMixShare['never-interacted']).toBeCloseTo(0.8 - 0.75, 12);
  });

  it('keeps each account to its own data', async () => {
    const busy = await createAccount('busy');
    const quiet = await createAccount('quiet');
    await seedMember(busy);
    await importInto(quiet, [connection('Gil Ashby', '2026-11-24')]);
    const progress = await summariseMemberProgress(store, quiet, { now: NOW });
    const w48 = progress.weeks[11];
    expect([w48?.invitations, w48?.conversations.total, w48?.referrals]).toEqual([0, 0, 0]);
    expect(w48?.connections).toBe(1);
    expect(w48?.network?.connections).toBe(1);
  });
});

describe('summariseCohort', () => {
  /** n members, each with one connection who answered in W48; `interviews` of them logged one. */
  async function cohortOf(n: number, interviews: number): Promise<number[]> {
    const ids: number[] = [];
    for (let i = 0; i < n; i += 1) {
      const account = await createAccount(`member ${i}`);
      await importInto(account, [connection('Hal Ide', '2026-01-05')]);
      const person = String(await personId(account, 'Hal Ide'));
      await insertEvents(store.db, account, [
        { personId: person, kind: 'answer', at: '2026-11-24T10:00:00.000Z', source: 'log' },
        ...(i < interviews
          ? [
              {
                personId: person,
                kind: 'help-received' as const,
                help: 'interview' as const,
                at: '2026-11-25T10:00:00.000Z',
                source: 'log' as const,
              },
            ]
          : []),
      ]);
      ids.push(account);
    }
    return ids;
  }

  it('suppresses a cohort of 4 whole, without reading its members', async () => {
    const ids = await cohortOf(4, 4);
    const cohort = await summariseCohort(store, ids, { now: NOW });
    expect(cohort.members).toBe(4);
    expect(cohort.suppressed).toBe(true);
    expect(cohort.weeks).toHaveLength(12);
    expect(cohort.weeks[11]?.conversations.total).toEqual({ value: null, suppressed: true });
    expect(JSON.stringify(cohort)).not.toMatch(/"value":\d/);
    const snapshots = await store.db.selectFrom('progress_snapshots').select('id').execute();
    expect(snapshots).toHaveLength(0);
  });

  it('with 6 members, hides the week a cell has only 3 of them and shows the rest', async () => {
    const ids = await cohortOf(6, 3);
    const cohort = await summariseCohort(store, ids, { now: NOW });
    expect(cohort.members).toBe(6);
    expect(cohort.suppressed).toBe(false);
    const w48 = cohort.weeks[11];
    expect(w48?.week).toBe('2026-W48');
    expect(w48?.interviews).toEqual({ value: null, suppressed: true });
    expect(w48?.conversations.total).toEqual({ value: 6, suppressed: false });
    expect(w48?.conversations.byTieClass['never-interacted']).toEqual({
      value: 6,
      suppressed: false,
    });
    expect(w48?.connections.medianPerMember).toEqual({ value: 1, suppressed: false });
    expect(w48?.network.membersRecorded).toEqual({ value: 6, suppressed: false });
  });

  it('counts each account once and only accounts that exist', async () => {
    const [one] = await cohortOf(1, 0);
    if (one === undefined) throw new Error('no account');
    const cohort = await summariseCohort(store, [one, one, one, one, one, 999_999], { now: NOW });
    expect(cohort.members).toBe(1);
    expect(cohort.suppressed).toBe(true);
  });
});
