/**
 * The first schema (frozen: never edit a migration that has shipped; add a new one).
 * Migrations import nothing of the app, so they keep meaning the same thing forever.
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
import { PostgresAdapter, type CreateTableBuilder, type Kysely } from 'kysely';

// The one dialect difference in this file: an auto-numbered primary key is `integer ...
// autoincrement` on SQLite and `serial` on PostgreSQL.
function withId(
  db: Kysely<any>,
  table: CreateTableBuilder<any, any>,
): CreateTableBuilder<any, any> {
  return db.getExecutor().adapter instanceof PostgresAdapter
    ? table.addColumn('id', 'serial', (c) => c.primaryKey())
    : table.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement());
}

function withProvenance(table: CreateTableBuilder<any, any>): CreateTableBuilder<any, any> {
  return table
    .addColumn('run_id', 'integer', (c) => c.notNull())
    .addColumn('source_file', 'text', (c) => c.notNull())
    .addColumn('source_line', 'integer', (c) => c.notNull());
}

function text(
  table: CreateTableBuilder<any, any>,
  ...names: string[]
): CreateTableBuilder<any, any> {
  let t = table;
  for (const name of names) t = t.addColumn(name, 'text', (c) => c.notNull().defaultTo(''));
  return t;
}

function accountColumn(table: CreateTableBuilder<any, any>): CreateTableBuilder<any, any> {
  return table.addColumn('account_id', 'integer', (c) =>
    c.notNull().references('accounts.id').onDelete('cascade'),
  );
}

export async function up(db: Kysely<any>): Promise<void> {
  await withId(db, db.schema.createTable('accounts'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await text(
    accountColumn(withId(db, db.schema.createTable('import_runs'))),
    'source',
    'input_name',
    'sha256',
    'started_at',
    'summary',
  )
    .addColumn('export_date', 'text')
    .addColumn('finished_at', 'text')
    .execute();
  await db.schema
    .createIndex('import_runs_sha')
    .on('import_runs')
    .columns(['account_id', 'sha256'])
    .execute();

  await text(
    accountColumn(withId(db, db.schema.createTable('people'))),
    'display_name',
    'first_name',
    'last_name',
    'match_name',
    'credentials',
    'company',
    'title',
    'created_at',
    'updated_at',
  )
    .addColumn('created_run_id', 'integer', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('people_match_name')
    .on('people')
    .columns(['account_id', 'match_name'])
    .execute();

  await withProvenance(
    text(
      accountColumn(withId(db, db.schema.createTable('identities'))),
      'kind',
      'value',
      'raw',
      'source',
    )
      .addColumn('person_id', 'integer', (c) =>
        c.notNull().references('people.id').onDelete('cascade'),
      )
      .addUniqueConstraint('identities_key', ['account_id', 'kind', 'value', 'person_id']),
  ).execute();
  await db.schema.createIndex('identities_person').on('identities').column('person_id').execute();

  await withProvenance(
    text(
      accountColumn(withId(db, db.schema.createTable('connections'))),
      'connected_on',
      'company',
      'position',
      'email',
      'last_seen_export',
    )
      .addColumn('person_id', 'integer', (c) =>
        c.notNull().references('people.id').onDelete('cascade'),
      )
      .addUniqueConstraint('connections_person', ['account_id', 'person_id']),
  ).execute();

  await text(
    accountColumn(withId(db, db.schema.createTable('connection_changes'))),
    'field',
    'old_value',
    'new_value',
    'observed_on',
  )
    .addColumn('person_id', 'integer', (c) =>
      c.notNull().references('people.id').onDelete('cascade'),
    )
    .addColumn('run_id', 'integer', (c) => c.notNull())
    .execute();

  await withProvenance(
    text(accountColumn(withId(db, db.schema.createTable('contacts'))), 'book', 'created_at')
      .addColumn('person_id', 'integer', (c) =>
        c.notNull().references('people.id').onDelete('cascade'),
      )
      .addUniqueConstraint('contacts_key', ['account_id', 'person_id', 'book']),
  ).execute();

  await withProvenance(
    text(
      accountColumn(withId(db, db.schema.createTable('conversations'))),
      'channel',
      'external_key',
      'title',
    ).addUniqueConstraint('conversations_key', ['account_id', 'channel', 'external_key']),
  ).execute();

  await accountColumn(db.schema.createTable('conversation_participants'))
    .addColumn('conversation_id', 'integer', (c) =>
      c.notNull().references('conversations.id').onDelete('cascade'),
    )
    .addColumn('person_id', 'integer', (c) =>
      c.notNull().references('people.id').onDelete('cascade'),
    )
    .addPrimaryKeyConstraint('conversation_participants_pk', ['conversation_id', 'person_id'])
    .execute();
  await db.schema
    .createIndex('conversation_participants_person')
    .on('conversation_participants')
    .column('person_id')
    .execute();

  await withProvenance(
    text(
      accountColumn(withId(db, db.schema.createTable('messages'))),
      'channel',
      'external_key',
      'sent_at',
      'direction',
      'subject',
      'folder',
    )
      .addColumn('conversation_id', 'integer', (c) =>
        c.notNull().references('conversations.id').onDelete('cascade'),
      )
      .addColumn('sender_person_id', 'integer', (c) =>
        c.references('people.id').onDelete('cascade'),
      )
      .addColumn('body', 'text')
      .addColumn('word_count', 'integer', (c) => c.notNull().defaultTo(0))
      .addUniqueConstraint('messages_key', ['account_id', 'channel', 'external_key']),
  ).execute();
  await db.schema
    .createIndex('messages_conversation')
    .on('messages')
    .columns(['conversation_id', 'sent_at'])
    .execute();

  await withProvenance(
    text(
      accountColumn(withId(db, db.schema.createTable('invitations'))),
      'direction',
      'sent_at',
      'note',
    )
      .addColumn('person_id', 'integer', (c) =>
        c.notNull().references('people.id').onDelete('cascade'),
      )
      .addUniqueConstraint('invitations_key', ['account_id', 'person_id', 'direction', 'sent_at']),
  ).execute();

  await withProvenance(
    text(
      accountColumn(withId(db, db.schema.createTable('endorsements'))),
      'skill',
      'endorsed_at',
      'status',
    )
      .addColumn('person_id', 'integer', (c) =>
        c.notNull().references('people.id').onDelete('cascade'),
      )
      .addUniqueConstraint('endorsements_key', ['account_id', 'person_id', 'skill', 'endorsed_at']),
  ).execute();

  await withProvenance(
    text(
      accountColumn(withId(db, db.schema.createTable('recommendations'))),
      'direction',
      'body',
      'created_at',
      'status',
    )
      .addColumn('person_id', 'integer', (c) =>
        c.notNull().references('people.id').onDelete('cascade'),
      )
      .addUniqueConstraint('recommendations_key', [
        'account_id',
        'person_id',
        'direction',
        'created_at',
      ]),
  ).execute();

  await withProvenance(
    text(
      accountColumn(withId(db, db.schema.createTable('company_follows'))),
      'organization',
      'followed_on',
    ).addUniqueConstraint('company_follows_key', ['account_id', 'organization']),
  ).execute();

  await text(
    db.schema
      .createTable('owner_profile')
      .addColumn('account_id', 'integer', (c) =>
        c.primaryKey().references('accounts.id').onDelete('cascade'),
      ),
    'first_name',
    'last_name',
    'headline',
    'summary',
    'industry',
    'location',
    'birth_date',
    'websites',
    'updated_at',
  )
    .addColumn('run_id', 'integer', (c) => c.notNull())
    .execute();

  await withProvenance(
    text(accountColumn(withId(db, db.schema.createTable('owner_identities'))), 'kind', 'value')
      .addColumn('is_primary', 'integer', (c) => c.notNull().defaultTo(0))
      .addUniqueConstraint('owner_identities_key', ['account_id', 'kind', 'value']),
  ).execute();

  await withProvenance(
    text(
      accountColumn(withId(db, db.schema.createTable('positions'))),
      'company',
      'title',
      'description',
      'location',
      'started_on',
      'finished_on',
    ).addUniqueConstraint('positions_key', ['account_id', 'company', 'title', 'started_on']),
  ).execute();

  await withProvenance(
    text(
      accountColumn(withId(db, db.schema.createTable('education'))),
      'school',
      'degree',
      'started_on',
      'finished_on',
      'notes',
      'activities',
    ).addUniqueConstraint('education_key', ['account_id', 'school', 'degree', 'started_on']),
  ).execute();

  await withProvenance(
    text(
      accountColumn(withId(db, db.schema.createTable('events'))),
      'name',
      'starts_at',
      'ends_at',
      'status',
      'url',
    ).addUniqueConstraint('events_key', ['account_id', 'name', 'starts_at']),
  ).execute();

  await text(
    db.schema
      .createTable('job_preferences')
      .addColumn('account_id', 'integer', (c) =>
        c.primaryKey().references('accounts.id').onDelete('cascade'),
      ),
    'locations',
    'industries',
    'job_titles',
    'job_types',
    'dream_companies',
    'urgency',
    'introduction_statement',
    'updated_at',
  )
    .addColumn('open_to_recruiters', 'integer')
    .addColumn('run_id', 'integer', (c) => c.notNull())
    .execute();

  await withProvenance(
    text(
      accountColumn(withId(db, db.schema.createTable('saved_jobs'))),
      'url',
      'title',
      'company',
      'saved_at',
    ).addUniqueConstraint('saved_jobs_key', ['account_id', 'url', 'title', 'company']),
  ).execute();

  await withProvenance(
    text(
      accountColumn(withId(db, db.schema.createTable('shares'))),
      'shared_at',
      'url',
      'commentary',
      'visibility',
    ).addUniqueConstraint('shares_key', ['account_id', 'shared_at', 'url', 'commentary']),
  ).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'shares',
    'saved_jobs',
    'job_preferences',
    'events',
    'education',
    'positions',
    'owner_identities',
    'owner_profile',
    'company_follows',
    'recommendations',
    'endorsements',
    'invitations',
    'messages',
    'conversation_participants',
    'conversations',
    'contacts',
    'connection_changes',
    'connections',
    'identities',
    'people',
    'import_runs',
    'accounts',
  ]) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
