import type { Kysely } from 'kysely';
import type { Database } from './schema.js';

export interface ConnectionState {
  id: number;
  personId: number;
  connectedOn: string;
  company: string;
  position: string;
  lastSeenExport: string;
}

export async function loadConnections(
  db: Kysely<Database>,
  accountId: number,
): Promise<ConnectionState[]> {
  const rows = await db
    .selectFrom('connections')
    .select(['id', 'person_id', 'connected_on', 'company', 'position', 'last_seen_export'])
    .where('account_id', '=', accountId)
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    personId: r.person_id,
    connectedOn: r.connected_on,
    company: r.company,
    position: r.position,
    lastSeenExport: r.last_seen_export,
  }));
}

export async function updateConnection(
  db: Kysely<Database>,
  accountId: number,
  connectionId: number,
  change: { company: string; position: string; lastSeenExport: string },
): Promise<void> {
  await db
    .updateTable('connections')
    .set({
      company: change.company,
      position: change.position,
      last_seen_export: change.lastSeenExport,
    })
    .where('account_id', '=', accountId)
    .where('id', '=', connectionId)
    .execute();
}

export interface ConnectionChangeRow {
  field: 'company' | 'position';
  oldValue: string;
  newValue: string;
  observedOn: string;
}

export async function listConnectionChanges(
  db: Kysely<Database>,
  accountId: number,
  personId: number,
): Promise<ConnectionChangeRow[]> {
  const rows = await db
    .selectFrom('connection_changes')
    .select(['field', 'old_value', 'new_value', 'observed_on'])
    .where('account_id', '=', accountId)
    .where('person_id', '=', personId)
    .orderBy('observed_on')
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    field: r.field,
    oldValue: r.old_value,
    newValue: r.new_value,
    observedOn: r.observed_on,
  }));
}

export async function getConnection(
  db: Kysely<Database>,
  accountId: number,
  personId: number,
): Promise<{ connectedOn: string; company: string; position: string; email: string } | undefined> {
  const r = await db
    .selectFrom('connections')
    .select(['connected_on', 'company', 'position', 'email'])
    .where('account_id', '=', accountId)
    .where('person_id', '=', personId)
    .executeTakeFirst();
  return r
    ? { connectedOn: r.connected_on, company: r.company, position: r.position, email: r.email }
    : undefined;
}
