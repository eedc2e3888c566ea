import type { Kysely } from 'kysely';
import type { Database } from './schema.js';

export interface ImportRunRow {
  id: number;
  source: string;
  inputName: string;
  sha256: string;
  exportDate: string | null;
  startedAt: string;
  finishedAt: string | null;
  summary: string;
}

export async function findFinishedRunBySha(
  db: Kysely<Database>,
  accountId: number,
  sha256: string,
): Promise<ImportRunRow | undefined> {
  const r = await db
    .selectFrom('import_runs')
    .selectAll()
    .where('account_id', '=', accountId)
    .where('sha256', '=', sha256)
    .where('finished_at', 'is not', null)
    .orderBy('id')
    .executeTakeFirst();
  return r ? toRow(r) : undefined;
}

export async function createImportRun(
  db: Kysely<Database>,
  run: {
    accountId: number;
    source: string;
    inputName: string;
    sha256: string;
    exportDate?: string;
    startedAt: string;
  },
): Promise<number> {
  const r = await db
    .insertInto('import_runs')
    .values({
      account_id: run.accountId,
      source: run.source,
      input_name: run.inputName,
      sha256: run.sha256,
      export_date: run.exportDate ?? null,
      started_at: run.startedAt,
      finished_at: null,
      summary: '{}',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return r.id;
}

export async function finishImportRun(
  db: Kysely<Database>,
  accountId: number,
  runId: number,
  finishedAt: string,
  summary: unknown,
): Promise<void> {
  await db
    .updateTable('import_runs')
    .set({ finished_at: finishedAt, summary: JSON.stringify(summary) })
    .where('account_id', '=', accountId)
    .where('id', '=', runId)
    .execute();
}

export async function listImportRuns(
  db: Kysely<Database>,
  accountId: number,
): Promise<ImportRunRow[]> {
  const rows = await db
    .selectFrom('import_runs')
    .selectAll()
    .where('account_id', '=', accountId)
    .orderBy('id', 'desc')
    .execute();
  return rows.map(toRow);
}

function toRow(r: {
  id: number;
  source: string;
  input_name: string;
  sha256: string;
  export_date: string | null;
  started_at: string;
  finished_at: string | null;
  summary: string;
}): ImportRunRow {
  return {
    id: r.id,
    source: r.source,
    inputName: r.input_name,
    sha256: r.sha256,
    exportDate: r.export_date,
    startedAt: r.started_at,
    finishedAt: r.finished_at,
    summary: r.summary,
  };
}
