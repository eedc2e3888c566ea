/**
 * `weakties mutuals <person> <count>` (issue 5, item 2): the user records the number of mutual
 * connections LinkedIn shows on a profile, since the export has none (docs/science.md section 6). A
 * recorded count wins over one inferred from the recovered network (build-ego-network.ts).
 */
import { AppError } from '../core/app-error.js';
import { recordMutualCount } from '../store/goals-store.js';
import type { Store } from '../store/open-store.js';
import { LOCAL_ACCOUNT_ID } from '../store/open-store.js';
import { getPerson } from '../store/people-store.js';
import { resolvePersonId } from './people-queries.js';

/** LinkedIn's first-degree cap (docs/science.md section 6): nobody has more mutual connections. */
export const MAX_MUTUAL_CONNECTIONS = 30_000;

export interface RecordedMutualsView {
  personId: number;
  name: string;
  count: number;
  recordedOn: string;
}

export async function recordMutuals(
  store: Store,
  personQuery: string,
  count: number,
  options: { accountId?: number; now?: Date } = {},
): Promise<RecordedMutualsView> {
  if (!Number.isSafeInteger(count) || count < 0 || count > MAX_MUTUAL_CONNECTIONS) {
    throw new AppError(
      'usage',
      `the count must be a whole number from 0 to ${MAX_MUTUAL_CONNECTIONS}, as LinkedIn shows it`,
    );
  }
  const accountId = options.accountId ?? LOCAL_ACCOUNT_ID;
  const personId = await resolvePersonId(store, personQuery, accountId);
  const person = await getPerson(store.db, accountId, personId);
  if (!person) throw new AppError('not-found', `no person with id ${personId}`);
  const recordedOn = (options.now ?? new Date()).toISOString().slice(0, 10);
  await recordMutualCount(store.db, { accountId, personId, count, recordedOn, source: 'recorded' });
  return { personId, name: person.displayName, count, recordedOn };
}
