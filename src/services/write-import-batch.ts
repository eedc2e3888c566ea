import { createHash } from 'node:crypto';
import type { Insertable, Kysely } from 'kysely';
import { normaliseEmail } from '../core/email-address.js';
import { normaliseProfileUrl } from '../core/profile-url.js';
import type {
  ImportBatch,
  ImportRecord,
  MessageRecord,
  PersonRef,
} from '../importers/import-batch.js';
import { insertIgnoringDuplicates } from '../store/bulk-insert.js';
import { loadConnections, updateConnection } from '../store/connections-store.js';
import { conversationMapKey, loadConversationIds } from '../store/conversations-store.js';
import { lockIdAllocations, reserveIdsFrom, syncIdSequence } from '../store/ids.js';
import { saveJobPreferences, saveOwnerProfile } from '../store/owner-store.js';
import { loadIdentityKeys, loadPeopleNames, updatePersonJob } from '../store/people-store.js';
import type { Store } from '../store/open-store.js';
import type { Database, UserDataTable } from '../store/schema.js';
import { PeopleResolver } from './people-resolver.js';

export interface WriteOptions {
  accountId: number;
  runId: number;
  /** Keep message bodies (off by default: tie strength needs only counts; docs/product.md). */
  keepBodies: boolean;
  now: string;
  /** The raw SQLite connection for fast bulk writes (Store.sqlite), when there is one. */
  sqlite?: Store['sqlite'];
  onProgress?: (progress: { phase: string; done: number; total: number }) => void;
}

export interface WriteResult {
  inserted: Partial<Record<UserDataTable, number>>;
  updated: { connections: number; ownerProfile: number; jobPreferences: number };
  /** Records left out at write time, by reason. */
  skipped: Record<string, number>;
}

/**
 * Writes one parsed export inside the caller's transaction. Every table is written with
 * insert-or-ignore on its natural key, so writing the same batch twice adds nothing; a newer
 * export's changed company or title updates the connection and is recorded as a change.
 */
export async function writeImportBatch(
  db: Kysely<Database>,
  batch: ImportBatch,
  options: WriteOptions,
): Promise<WriteResult> {
  const { accountId, runId, now } = options;
  const exportDate = batch.exportDate ?? now.slice(0, 10);
  const skipped: Record<string, number> = {};
  const skip = (reason: string): void => {
    skipped[reason] = (skipped[reason] ?? 0) + 1;
  };
  const inserted: WriteResult['inserted'] = {};
  const updated = { connections: 0, ownerProfile: 0, jobPreferences: 0 };

  // Before reading the store: a concurrent import of the same people waits (dialect.ts, 3).
  await lockIdAllocations(db, ['people', 'conversations']);
  const [identities, people, connections, conversationIds, firstPersonId, firstConversationId] =
    await Promise.all([
      loadIdentityKeys(db, accountId),
      loadPeopleNames(db, accountId),
      loadConnections(db, accountId),
      loadConversationIds(db, accountId),
      reserveIdsFrom(db, 'people'),
      reserveIdsFrom(db, 'conversations'),
    ]);
  const connectionByPerson = new Map(connections.map((c) => [c.personId, c]));
  const resolver = new PeopleResolver({
    accountId,
    runId,
    firstNewId: firstPersonId,
    now,
    identities,
    people,
    connectionPersonIds: new Set(connectionByPerson.keys()),
  });

  const rows = newRowBuckets();
  const jobUpdates = new Map<number, { company: string; title: string }>();
  const connectionChanges: Insertable<Database['connection_changes']>[] = [];
  let nextConversationId = firstConversationId;
  const messageKeyCount = new Map<string, number>();
  const prov = (r: ImportRecord) => ({
    run_id: runId,
    source_file: r.source.file,
    source_line: r.source.line,
  });
  const resolve = (ref: PersonRef, tag: string, r: ImportRecord): number | undefined =>
    resolver.resolve(ref, `${batch.source}:${tag}`, r.source);

  for (const record of batch.records) {
    switch (record.kind) {
      case 'owner-profile':
        updated.ownerProfile += (await saveOwnerProfile(db, {
          account_id: accountId,
          first_name: record.firstName,
          last_name: record.lastName,
          headline: record.headline ?? '',
          summary: record.summary ?? '',
          industry: record.industry ?? '',
          location: record.location ?? '',
          birth_date: record.birthDate ?? '',
          websites: record.websites ?? '',
          run_id: runId,
          updated_at: now,
        }))
          ? 1
          : 0;
        break;
      case 'owner-contact': {
        const value =
          record.channel === 'email'
            ? normaliseEmail(record.value)
            : record.channel === 'profile-url'
              ? normaliseProfileUrl(record.value)
              : record.value.trim();
        if (!value) {
          skip('owner contact without a usable value');
          break;
        }
        rows.owner_identities.push({
          account_id: accountId,
          kind: record.channel,
          value,
          is_primary: record.isPrimary ? 1 : 0,
          ...prov(record),
        });
        break;
      }
      case 'position':
        rows.positions.push({
          account_id: accountId,
          company: record.company,
          title: record.title,
          description: record.description ?? '',
          location: record.location ?? '',
          started_on: record.startedOn ?? '',
          finished_on: record.finishedOn ?? '',
          ...prov(record),
        });
        break;
      case 'education':
        rows.education.push({
          account_id: accountId,
          school: record.school,
          degree: record.degree ?? '',
          started_on: record.startedOn ?? '',
          finished_on: record.finishedOn ?? '',
          notes: record.notes ?? '',
          activities: record.activities ?? '',
          ...prov(record),
        });
        break;
      case 'connection': {
        const personId = resolve(record.person, 'connections', record);
        if (personId === undefined) {
          skip('connection with no name or key');
          break;
        }
        resolver.markConnection(personId);
        const company = record.person.company?.trim() ?? '';
        const position = record.person.title?.trim() ?? '';
        const existing = connectionByPerson.get(personId);
        if (!existing) {
          rows.connections.push({
            account_id: accountId,
            person_id: personId,
            connected_on: record.connectedOn ?? '',
            company,
            position,
            email: record.person.emails?.[0] ?? '',
            last_seen_export: exportDate,
            ...prov(record),
          });
          connectionByPerson.set(personId, {
            id: -1,
            personId,
            connectedOn: record.connectedOn ?? '',
            company,
            position,
            lastSeenExport: exportDate,
          });
          jobUpdates.set(personId, { company, title: position });
        } else if (existing.id > 0 && exportDate > existing.lastSeenExport) {
          for (const [field, before, after] of [
            ['company', existing.company, company],
            ['position', existing.position, position],
          ] as const) {
            if (before !== after) {
              connectionChanges.push({
                account_id: accountId,
                person_id: personId,
                field,
                old_value: before,
                new_value: after,
                observed_on: exportDate,
                run_id: runId,
              });
            }
          }
          if (existing.company !== company || existing.position !== position) {
            updated.connections += 1;
            jobUpdates.set(personId, { company, title: position });
          }
          await updateConnection(db, accountId, existing.id, {
            company,
            position,
            lastSeenExport: exportDate,
          });
          existing.company = company;
          existing.position = position;
          existing.lastSeenExport = exportDate;
        }
        break;
      }
      case 'contact': {
        const personId = resolve(record.person, record.book, record);
        if (personId === undefined) {
          skip('contact with no name or key');
          break;
        }
        rows.contacts.push({
          account_id: accountId,
          person_id: personId,
          book: record.book,
          created_at: record.createdAt ?? '',
          ...prov(record),
        });
        break;
      }
      case 'message': {
        const conversationKey = conversationMapKey(record.channel, record.conversationKey);
        let conversationId = conversationIds.get(conversationKey);
        if (conversationId === undefined) {
          conversationId = nextConversationId++;
          conversationIds.set(conversationKey, conversationId);
          rows.conversations.push({
            id: conversationId,
            account_id: accountId,
            channel: record.channel,
            external_key: record.conversationKey,
            title: record.conversationTitle ?? '',
            ...prov(record),
          });
        }
        const senderId = record.from ? resolve(record.from, 'messages', record) : undefined;
        if (record.from && senderId === undefined) {
          skip('message from nobody identifiable');
          break;
        }
        const participantIds = new Set<number>();
        if (senderId !== undefined) participantIds.add(senderId);
        for (const ref of record.to) {
          const id = resolve(ref, 'messages', record);
          if (id !== undefined) participantIds.add(id);
        }
        for (const personId of participantIds) {
          rows.conversation_participants.push({
            account_id: accountId,
            conversation_id: conversationId,
            person_id: personId,
          });
        }
        const key = messageKey(record);
        const seen = messageKeyCount.get(key) ?? 0;
        messageKeyCount.set(key, seen + 1);
        rows.messages.push({
          account_id: accountId,
          conversation_id: conversationId,
          channel: record.channel,
          external_key: seen === 0 ? key : `${key}#${seen}`,
          sent_at: record.sentAt,
          direction: record.direction,
          sender_person_id: senderId ?? null,
          subject: record.subject ?? '',
          body: options.keepBodies ? (record.content ?? '') : null,
          word_count: countWords(record.content),
          folder: record.folder ?? '',
          ...prov(record),
        });
        break;
      }
      case 'invitation': {
        const personId = resolve(record.person, 'invitations', record);
        if (personId === undefined) {
          skip('invitation with no name or key');
          break;
        }
        rows.invitations.push({
          account_id: accountId,
          person_id: personId,
          direction: record.direction,
          sent_at: record.sentAt ?? '',
          note: record.note ?? '',
          ...prov(record),
        });
        break;
      }
      case 'endorsement': {
        const personId = resolve(record.person, 'endorsements', record);
        if (personId === undefined) {
          skip('endorsement with no name or key');
          break;
        }
        rows.endorsements.push({
          account_id: accountId,
          person_id: personId,
          skill: record.skill,
          endorsed_at: record.endorsedAt ?? '',
          status: record.status ?? '',
          ...prov(record),
        });
        break;
      }
      case 'recommendation': {
        const personId = resolve(record.person, `recommendations-${record.direction}`, record);
        if (personId === undefined) {
          skip('recommendation with no name or key');
          break;
        }
        rows.recommendations.push({
          account_id: accountId,
          person_id: personId,
          direction: record.direction,
          body: record.text ?? '',
          created_at: record.createdAt ?? '',
          status: record.status ?? '',
          ...prov(record),
        });
        break;
      }
      case 'company-follow':
        rows.company_follows.push({
          account_id: accountId,
          organization: record.organization,
          followed_on: record.followedOn ?? '',
          ...prov(record),
        });
        break;
      case 'event':
        rows.events.push({
          account_id: accountId,
          name: record.name,
          starts_at: record.startsAt ?? '',
          ends_at: record.endsAt ?? '',
          status: record.status ?? '',
          url: record.url ?? '',
          ...prov(record),
        });
        break;
      case 'job-preferences':
        updated.jobPreferences += (await saveJobPreferences(db, {
          account_id: accountId,
          locations: JSON.stringify(record.locations),
          industries: JSON.stringify(record.industries),
          job_titles: JSON.stringify(record.jobTitles),
          job_types: JSON.stringify(record.jobTypes),
          dream_companies: JSON.stringify(record.dreamCompanies),
          open_to_recruiters:
            record.openToRecruiters === undefined ? null : record.openToRecruiters ? 1 : 0,
          urgency: record.urgency ?? '',
          introduction_statement: record.introductionStatement ?? '',
          run_id: runId,
          updated_at: now,
        }))
          ? 1
          : 0;
        break;
      case 'saved-job':
        rows.saved_jobs.push({
          account_id: accountId,
          url: record.url ?? '',
          title: record.title ?? '',
          company: record.company ?? '',
          saved_at: record.savedAt ?? '',
          ...prov(record),
        });
        break;
      case 'share':
        rows.shares.push({
          account_id: accountId,
          shared_at: record.sharedAt ?? '',
          url: record.url ?? '',
          commentary: record.commentary ?? '',
          visibility: record.visibility ?? '',
          ...prov(record),
        });
        break;
    }
  }
  if (resolver.ambiguousNames > 0) {
    skipped['name matched more than one person (joined the connection or oldest)'] =
      resolver.ambiguousNames;
  }

  // Parents before children: people and conversations before everything that refers to them.
  const order: [UserDataTable, readonly object[]][] = [
    ['people', resolver.newPeople],
    ['identities', resolver.newIdentities],
    ['connection_changes', connectionChanges],
    ...(Object.entries(rows) as [UserDataTable, object[]][]),
  ];
  const total = order.reduce((n, [, list]) => n + list.length, 0);
  let done = 0;
  for (const [table, list] of order) {
    const before = done;
    const count = await insertIgnoringDuplicates(
      db,
      table,
      list as never[],
      (n) => options.onProgress?.({ phase: `writing ${table}`, done: before + n, total }),
      options.sqlite,
    );
    done += list.length;
    if (count > 0) inserted[table] = count;
  }
  // People created by this import already carry their job; older ones take the export's.
  for (const [personId, job] of jobUpdates) {
    if (personId < firstPersonId) await updatePersonJob(db, accountId, personId, job, now);
  }
  await syncIdSequence(db, 'people');
  await syncIdSequence(db, 'conversations');
  return { inserted, updated, skipped };
}

function newRowBuckets() {
  return {
    owner_identities: [] as Insertable<Database['owner_identities']>[],
    positions: [] as Insertable<Database['positions']>[],
    education: [] as Insertable<Database['education']>[],
    connections: [] as Insertable<Database['connections']>[],
    contacts: [] as Insertable<Database['contacts']>[],
    conversations: [] as Insertable<Database['conversations']>[],
    conversation_participants: [] as Insertable<Database['conversation_participants']>[],
    messages: [] as Insertable<Database['messages']>[],
    invitations: [] as Insertable<Database['invitations']>[],
    endorsements: [] as Insertable<Database['endorsements']>[],
    recommendations: [] as Insertable<Database['recommendations']>[],
    company_follows: [] as Insertable<Database['company_follows']>[],
    events: [] as Insertable<Database['events']>[],
    saved_jobs: [] as Insertable<Database['saved_jobs']>[],
    shares: [] as Insertable<Database['shares']>[],
  };
}

/** What identifies a message in an export that gives messages no id of their own. */
function messageKey(m: MessageRecord): string {
  if (m.externalId) return createHash('sha1').update(`id\u0000${m.externalId}`).digest('base64url');
  const from =
    m.from?.profileUrl ??
    m.from?.emails?.[0] ??
    m.from?.phones?.[0] ??
    m.from?.fullName ??
    m.from?.lastName ??
    'owner';
  return createHash('sha1')
    .update(
      [m.conversationKey, m.sentAt, m.direction, from, m.subject ?? '', m.content ?? ''].join(
        '\u0000',
      ),
    )
    .digest('base64url');
}

function countWords(text: string | undefined): number {
  if (!text) return 0;
  const words = text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu);
  return words ? words.length : 0;
}
