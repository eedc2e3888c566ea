import type { Kysely, Selectable } from 'kysely';
import type { Database, JobPreferencesTable, OwnerProfileTable } from './schema.js';

export type OwnerProfileRow = Selectable<OwnerProfileTable>;
export type JobPreferencesRow = Selectable<JobPreferencesTable>;

export async function getOwnerProfile(
  db: Kysely<Database>,
  accountId: number,
): Promise<OwnerProfileRow | undefined> {
  return db
    .selectFrom('owner_profile')
    .selectAll()
    .where('account_id', '=', accountId)
    .executeTakeFirst();
}

/** Writes the owner's profile; returns false when nothing differed (a re-import). */
export async function saveOwnerProfile(
  db: Kysely<Database>,
  profile: OwnerProfileRow,
): Promise<boolean> {
  const current = await getOwnerProfile(db, profile.account_id);
  if (current && sameExcept(current, profile, ['run_id', 'updated_at'])) return false;
  await db
    .insertInto('owner_profile')
    .values(profile)
    .onConflict((oc) => oc.column('account_id').doUpdateSet(profile))
    .execute();
  return true;
}

export async function getJobPreferences(
  db: Kysely<Database>,
  accountId: number,
): Promise<JobPreferencesRow | undefined> {
  return db
    .selectFrom('job_preferences')
    .selectAll()
    .where('account_id', '=', accountId)
    .executeTakeFirst();
}

export async function saveJobPreferences(
  db: Kysely<Database>,
  prefs: JobPreferencesRow,
): Promise<boolean> {
  const current = await getJobPreferences(db, prefs.account_id);
  if (current && sameExcept(current, prefs, ['run_id', 'updated_at'])) return false;
  await db
    .insertInto('job_preferences')
    .values(prefs)
    .onConflict((oc) => oc.column('account_id').doUpdateSet(prefs))
    .execute();
  return true;
}

function sameExcept<T extends object>(a: T, b: T, ignored: (keyof T)[]): boolean {
  return (Object.keys(b) as (keyof T)[]).every((k) => ignored.includes(k) || a[k] === b[k]);
}

export interface OwnerHistory {
  positions: { company: string; title: string; startedOn: string; finishedOn: string }[];
  education: { school: string; degree: string; startedOn: string; finishedOn: string }[];
  companyFollows: string[];
  savedJobCompanies: string[];
  identities: { kind: string; value: string; isPrimary: boolean }[];
}

export async function loadOwnerHistory(
  db: Kysely<Database>,
  accountId: number,
): Promise<OwnerHistory> {
  const [positions, education, follows, saved, identities] = await Promise.all([
    db
      .selectFrom('positions')
      .select(['company', 'title', 'started_on', 'finished_on'])
      .where('account_id', '=', accountId)
      .orderBy('started_on', 'desc')
      .orderBy('id')
      .execute(),
    db
      .selectFrom('education')
      .select(['school', 'degree', 'started_on', 'finished_on'])
      .where('account_id', '=', accountId)
      .orderBy('started_on', 'desc')
      .orderBy('id')
      .execute(),
    db
      .selectFrom('company_follows')
      .select('organization')
      .where('account_id', '=', accountId)
      .orderBy('organization')
      .execute(),
    db
      .selectFrom('saved_jobs')
      .select('company')
      .distinct()
      .where('account_id', '=', accountId)
      .where('company', '!=', '')
      .orderBy('company')
      .execute(),
    db
      .selectFrom('owner_identities')
      .select(['kind', 'value', 'is_primary'])
      .where('account_id', '=', accountId)
      .orderBy('kind')
      .orderBy('value')
      .execute(),
  ]);
  return {
    positions: positions.map((p) => ({
      company: p.company,
      title: p.title,
      startedOn: p.started_on,
      finishedOn: p.finished_on,
    })),
    education: education.map((e) => ({
      school: e.school,
      degree: e.degree,
      startedOn: e.started_on,
      finishedOn: e.finished_on,
    })),
    companyFollows: follows.map((f) => f.organization),
    savedJobCompanies: saved.map((s) => s.company),
    identities: identities.map((i) => ({
      kind: i.kind,
      value: i.value,
      isPrimary: i.is_primary === 1,
    })),
  };
}
