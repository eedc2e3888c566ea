import type { Kysely, Selectable } from 'kysely';
import type { Database, GoalsTable } from './schema.js';

export type GoalsRow = Selectable<GoalsTable>;

export async function getGoals(
  db: Kysely<Database>,
  accountId: number,
): Promise<GoalsRow | undefined> {
  return db.selectFrom('goals').selectAll().where('account_id', '=', accountId).executeTakeFirst();
}

export async function saveGoals(db: Kysely<Database>, goals: GoalsRow): Promise<void> {
  await db
    .insertInto('goals')
    .values(goals)
    .onConflict((oc) => oc.column('account_id').doUpdateSet(goals))
    .execute();
}

export async function recordMutualCount(
  db: Kysely<Database>,
  row: { accountId: number; personId: number; count: number; recordedOn: string; source: string },
): Promise<void> {
  const values = {
    account_id: row.accountId,
    person_id: row.personId,
    mutual_count: row.count,
    recorded_on: row.recordedOn,
    source: row.source,
  };
  await db
    .insertInto('recorded_mutuals')
    .values(values)
    .onConflict((oc) =>
      oc.columns(['account_id', 'person_id']).doUpdateSet({
        mutual_count: row.count,
        recorded_on: row.recordedOn,
        source: row.source,
      }),
    )
    .execute();
}
