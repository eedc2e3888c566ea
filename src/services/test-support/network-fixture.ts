/**
 * Small synthetic networks written through the real import path (writeImportBatch), for the
 * ego-network, analysis and CLI tests of issue 5. Every name is invented.
 */
import type { ImportBatch, ImportRecord, MessageRecord } from '../../importers/import-batch.js';
import { createImportRun } from '../../store/import-runs-store.js';
import { LOCAL_ACCOUNT_ID, type Store } from '../../store/open-store.js';
import { writeImportBatch } from '../write-import-batch.js';

let line = 0;
const at = (file: string) => ({ file, line: (line += 1) });

export function slugOf(name: string): string {
  return name.toLowerCase().replace(/[^a-z]+/g, '');
}

export function profileUrlOf(name: string): string {
  return `https://www.linkedin.com/in/${slugOf(name)}`;
}

/** A LinkedIn connection named "First Last" at a company. */
export function contact(name: string, company: string, title = 'Engineer'): ImportRecord {
  const [first = '', ...rest] = name.split(' ');
  return {
    kind: 'connection',
    source: at('Connections.csv'),
    person: {
      firstName: first,
      lastName: rest.join(' '),
      profileUrl: profileUrlOf(name),
      company,
      title,
    },
    connectedOn: '2023-03-01',
  };
}

/** A conversation of the owner with the named contacts; the owner writes every message. */
export function conversation(
  key: string,
  names: readonly string[],
  options: {
    channel?: MessageRecord['channel'];
    title?: string;
    messages?: number;
    sentAt?: string;
  } = {},
): ImportRecord[] {
  const records: ImportRecord[] = [];
  const count = options.messages ?? 1;
  const start = Date.parse(options.sentAt ?? '2026-09-01T10:00:00Z');
  for (let i = 0; i < count; i += 1) {
    records.push({
      kind: 'message',
      source: at('messages.csv'),
      channel: options.channel ?? 'linkedin',
      conversationKey: key,
      ...(options.title === undefined ? {} : { conversationTitle: options.title }),
      sentAt: new Date(start + i * 3_600_000).toISOString(),
      to: names.map((n) => ({ fullName: n, profileUrl: profileUrlOf(n) })),
      direction: 'out',
      content: `message ${i + 1}`,
    });
  }
  return records;
}

/** Writes the records into the store as one import run. */
export async function writeRecords(store: Store, records: ImportRecord[]): Promise<void> {
  const batch: ImportBatch = {
    source: 'linkedin',
    records,
    issues: [],
    files: [],
    exportDate: '2026-11-01',
  };
  await store.db.transaction().execute(async (trx) => {
    const runId = await createImportRun(trx, {
      accountId: LOCAL_ACCOUNT_ID,
      source: 'linkedin',
      inputName: 'fixture',
      sha256: `fixture-${line}`,
      startedAt: '2026-11-01T00:00:00.000Z',
    });
    await writeImportBatch(trx, batch, {
      accountId: LOCAL_ACCOUNT_ID,
      runId,
      keepBodies: false,
      now: '2026-11-01T00:00:00.000Z',
    });
  });
}

/** Person ids by display name. */
export async function personIds(store: Store): Promise<Map<string, number>> {
  const rows = await store.db.selectFrom('people').select(['id', 'display_name']).execute();
  return new Map(rows.map((r) => [r.display_name, r.id]));
}
