import { createHash } from 'node:crypto';
import { AppError } from '../core/app-error.js';
import { normaliseEmail } from '../core/email-address.js';
import { normaliseNameText } from '../core/person-name.js';
import { normaliseProfileUrl } from '../core/profile-url.js';
import type { ImportBatch } from '../importers/import-batch.js';
import { createImportRun, finishImportRun } from '../store/import-runs-store.js';
import { LOCAL_ACCOUNT_ID, type Store } from '../store/open-store.js';
import { recordMutualCount } from '../store/goals-store.js';
import { findPeopleByIdentity } from '../store/people-store.js';
import { writeImportBatch } from './write-import-batch.js';

export interface ManualPerson {
  name: string;
  profileUrl?: string;
  email?: string;
  title?: string;
  company?: string;
  /** Mutual connections as LinkedIn shows them on the profile. */
  mutuals?: number;
}

const MAX_FIELD = 300;

/**
 * Adds a person the user found (a second- or third-degree prospect for the invite list; issue 4,
 * item 6) through the same resolution as every import, so a person already known by the same
 * profile URL or email is updated rather than duplicated. Recorded as a run of source `manual`.
 */
export async function addPersonByHand(
  store: Store,
  person: ManualPerson,
  options: { accountId?: number; now?: Date } = {},
): Promise<{ personId: number; isNew: boolean }> {
  const accountId = options.accountId ?? LOCAL_ACCOUNT_ID;
  const now = (options.now ?? new Date()).toISOString();
  const name = person.name.trim();
  if (name === '') throw new AppError('usage', 'give the person a name');
  for (const [field, value] of Object.entries(person)) {
    if (typeof value === 'string' && value.length > MAX_FIELD) {
      throw new AppError('too-large', `--${field} is limited to ${MAX_FIELD} characters`);
    }
  }
  if (person.profileUrl && !normaliseProfileUrl(person.profileUrl)?.includes('linkedin.com/')) {
    throw new AppError('invalid-input', `"${person.profileUrl}" is not a LinkedIn profile URL`);
  }
  const mutuals = person.mutuals;
  if (
    mutuals !== undefined &&
    (!Number.isSafeInteger(mutuals) || mutuals < 0 || mutuals > 30_000)
  ) {
    throw new AppError('usage', '--mutuals is a whole number from 0 to 30,000');
  }
  const batch: ImportBatch = {
    source: 'manual',
    records: [
      {
        kind: 'contact',
        book: 'added-by-hand',
        createdAt: now.slice(0, 10),
        source: { file: 'weakties add-person', line: 1 },
        person: {
          fullName: name,
          ...(person.profileUrl ? { profileUrl: person.profileUrl } : {}),
          ...(person.email ? { emails: [person.email] } : {}),
          ...(person.title ? { title: person.title } : {}),
          ...(person.company ? { company: person.company } : {}),
        },
      },
    ],
    issues: [],
    files: [],
  };
  const sha256 = createHash('sha256')
    .update(JSON.stringify([person, now]))
    .digest('hex');
  return store.db.transaction().execute(async (trx) => {
    const runId = await createImportRun(trx, {
      accountId,
      source: 'manual',
      inputName: `add-person ${name}`,
      sha256,
      startedAt: now,
    });
    const written = await writeImportBatch(trx, batch, {
      accountId,
      runId,
      keepBodies: false,
      now,
    });
    // The strongest key the person was given names them; a bare name names the newest match.
    const url = person.profileUrl ? normaliseProfileUrl(person.profileUrl) : undefined;
    const email = person.email ? normaliseEmail(person.email) : undefined;
    const ids = url
      ? await findPeopleByIdentity(trx, accountId, 'profile-url', url)
      : email
        ? await findPeopleByIdentity(trx, accountId, 'email', email)
        : await findPeopleByIdentity(trx, accountId, 'name', normaliseNameText(name));
    const personId = ids.length > 0 ? Math.max(...ids) : undefined;
    if (personId === undefined) throw new Error(`added person ${name} was not found after writing`);
    const row = { person_id: personId };
    if (mutuals !== undefined) {
      await recordMutualCount(trx, {
        accountId,
        personId: row.person_id,
        count: mutuals,
        recordedOn: now.slice(0, 10),
        source: 'recorded',
      });
    }
    await finishImportRun(trx, accountId, runId, now, { imported: written.inserted });
    return { personId: row.person_id, isNew: (written.inserted.people ?? 0) > 0 };
  });
}
