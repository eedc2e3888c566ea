/**
 * Server mode's people and permissions (issue 9, "Accounts and sessions"; docs/product.md C10): the
 * organisation, its users (administrator, members, coaches), invitation links, sessions,
 * members' consents to coaches, the audit log and failed sign-ins for rate limiting. Secrets
 * are stored only as hashes (tokens) or scrypt digests (passwords). Frozen once shipped.
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
import { PostgresAdapter, sql, type CreateTableBuilder, type Kysely } from 'kysely';

// The one dialect difference in this file: an auto-numbered key is `serial` on PostgreSQL.
function withId(db: Kysely<any>, name: string): CreateTableBuilder<any, any> {
  const isPostgres = db.getExecutor().adapter instanceof PostgresAdapter;
  return db.schema
    .createTable(name)
    .addColumn('id', isPostgres ? 'serial' : 'integer', (c) =>
      isPostgres ? c.primaryKey() : c.primaryKey().autoIncrement(),
    );
}

export async function up(db: Kysely<any>): Promise<void> {
  // One organisation per server; the row is written by the first-run setup.
  await withId(db, 'organisation')
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await withId(db, 'users')
    // Lower-cased; the sign-in name.
    .addColumn('email', 'text', (c) => c.notNull().unique())
    .addColumn('display_name', 'text', (c) => c.notNull())
    // administrator | member | coach
    .addColumn('role', 'text', (c) => c.notNull())
    // A member's own data account; none for coaches and the administrator. Erasing the account
    // erases the user with it (issue 9, "Data ownership").
    .addColumn('account_id', 'integer', (c) => c.references('accounts.id').onDelete('cascade'))
    // scrypt$<log2 N>$<r>$<p>$<salt>$<digest>
    .addColumn('password_hash', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('last_sign_in_at', 'text')
    .execute();
  await db.schema.createIndex('users_account').on('users').column('account_id').execute();

  // Invitation links, and the first-run setup link (role administrator, no inviter).
  await withId(db, 'user_invitations')
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('email', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_by', 'integer')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('accepted_at', 'text')
    .addColumn('accepted_user_id', 'integer')
    .execute();

  await db.schema
    .createTable('sessions')
    // SHA-256 of the cookie's random id: a stolen copy of the table signs nobody in.
    .addColumn('id_hash', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('last_seen_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('ip', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  await db.schema.createIndex('sessions_user').on('sessions').column('user_id').execute();
  await db.schema.createIndex('sessions_expiry').on('sessions').column('expires_at').execute();

  // A member's consent to one coach; revoking keeps the row (history) and sets revoked_at.
  await withId(db, 'consents')
    .addColumn('account_id', 'integer', (c) =>
      c.notNull().references('accounts.id').onDelete('cascade'),
    )
    .addColumn('coach_user_id', 'integer', (c) =>
      c.notNull().references('users.id').onDelete('cascade'),
    )
    .addColumn('granted_at', 'text', (c) => c.notNull())
    .addColumn('revoked_at', 'text')
    .execute();
  // At most one current consent per member and coach (a partial index on both dialects).
  await db.schema
    .createIndex('consents_current')
    .on('consents')
    .columns(['account_id', 'coach_user_id'])
    .unique()
    .where(sql.ref('revoked_at'), 'is', null)
    .execute();
  await db.schema
    .createIndex('consents_coach')
    .on('consents')
    .columns(['coach_user_id', 'revoked_at'])
    .execute();

  // Users are referred to by id, not foreign key: the log outlives an erased account.
  await withId(db, 'audit_log')
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('event', 'text', (c) => c.notNull())
    .addColumn('actor_user_id', 'integer')
    .addColumn('subject_user_id', 'integer')
    .addColumn('ip', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('detail', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  await db.schema.createIndex('audit_log_at').on('audit_log').column('at').execute();

  // Failed sign-ins, by key (`email:...` or `ip:...`), kept in the store so a restart does not
  // reset the count.
  await withId(db, 'login_failures')
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('login_failures_key')
    .on('login_failures')
    .columns(['key', 'at'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'login_failures',
    'audit_log',
    'consents',
    'sessions',
    'user_invitations',
    'users',
    'organisation',
  ]) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
