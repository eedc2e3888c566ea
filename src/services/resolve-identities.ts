/**
 * Identity review (issue 6, "One person across sources"): the queue of people who may be one
 * person, and merges the user asks for, each reversible (docs/architecture.md, "Storage": provenance
 * is kept so a merge can be undone).
 */
import { AppError } from '../core/app-error.js';
import { normaliseEmail } from '../core/email-address.js';
import { normaliseNameText } from '../core/person-name.js';
import { normaliseProfileUrl } from '../core/profile-url.js';
import {
  countIdentities,
  dismissPair,
  findLatestMergeInto,
  getMerge,
  isPersonIdTaken,
  listLaterMerges,
  mergePersonRows,
  splitIdentityOut,
  listMerges,
  undoMergeRows,
} from '../store/merges-store.js';
import { identityReview } from './fuse-identities.js';
import { LOCAL_ACCOUNT_ID, type Store } from '../store/open-store.js';
import { findPeopleByIdentity, getPerson } from '../store/people-store.js';
import type { IdentityKind } from '../store/schema.js';

export type { ReviewEntry as ReviewItem } from './fuse-identities.js';

export const MAX_REVIEW_LIMIT = 1000;

interface Options {
  accountId?: number;
  now?: string;
}

/**
 * The pairs identity fusion is unsure of, not yet dismissed, most consequential first
 * (services/fuse-identities.ts); decisive pairs were merged automatically.
 */
export async function reviewQueue(store: Store, options: Options & { limit?: number } = {}) {
  const limit = options.limit ?? 20;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_REVIEW_LIMIT) {
    throw new AppError('usage', `--limit must be a whole number from 1 to ${MAX_REVIEW_LIMIT}`);
  }
  return identityReview(store, { ...options, limit });
}

async function requirePerson(store: Store, accountId: number, id: number): Promise<void> {
  if (!(await getPerson(store.db, accountId, id))) {
    throw new AppError('not-found', `no person with id ${id}`);
  }
}

/** Merges person `mergedId` into `keptId` in one transaction; the merge can be undone. */
export async function mergePeople(
  store: Store,
  keptId: number,
  mergedId: number,
  reason = 'merged by the user',
  options: Options = {},
) {
  const accountId = options.accountId ?? LOCAL_ACCOUNT_ID;
  if (keptId === mergedId) throw new AppError('usage', 'a person cannot be merged into themselves');
  await requirePerson(store, accountId, keptId);
  await requirePerson(store, accountId, mergedId);
  const now = options.now ?? new Date().toISOString();
  const result = await store.db
    .transaction()
    .execute((trx) => mergePersonRows(trx, accountId, keptId, mergedId, reason, now));
  return { ...result, keptPersonId: keptId, mergedPersonId: mergedId };
}

/**
 * Undoes a standing merge exactly. Merges made later that involve either person must be undone
 * first, and the merged person's id must still be free (a later import can reuse the largest id).
 */
export async function undoMerge(store: Store, mergeId: number, options: Options = {}) {
  const accountId = options.accountId ?? LOCAL_ACCOUNT_ID;
  const merge = await getMerge(store.db, accountId, mergeId);
  if (!merge) throw new AppError('not-found', `no merge with id ${mergeId}`);
  if (merge.undoneAt !== null) {
    throw new AppError('conflict', `merge ${mergeId} was already undone on ${merge.undoneAt}`);
  }
  const later = await listLaterMerges(store.db, accountId, merge);
  if (later.length > 0) {
    throw new AppError(
      'conflict',
      `undo merge ${later.map((m) => m.id).join(', ')} first: later merges involve these people`,
    );
  }
  if (await isPersonIdTaken(store.db, merge.mergedPersonId)) {
    throw new AppError(
      'conflict',
      `person id ${merge.mergedPersonId} was given to someone imported after the merge; undo cannot restore it`,
    );
  }
  const now = options.now ?? new Date().toISOString();
  const result = await store.db.transaction().execute(async (trx) => {
    const restored = await undoMergeRows(trx, accountId, mergeId, now);
    // Undoing an automatic merge says "not the same": the next import must not redo it.
    if (merge.source === 'auto') {
      await dismissPair(trx, accountId, merge.keptPersonId, merge.mergedPersonId, now);
    }
    return restored;
  });
  return {
    source: merge.source,
    mergeId,
    keptPersonId: merge.keptPersonId,
    restoredPersonId: merge.mergedPersonId,
    ...result,
  };
}

/** Undoes every standing automatic merge, newest first; each pair is remembered as two people. */
export async function undoAutoMerges(store: Store, options: Options = {}) {
  const accountId = options.accountId ?? LOCAL_ACCOUNT_ID;
  const merges = await listMerges(store.db, accountId, { source: 'auto' });
  let undone = 0;
  for (const merge of merges) {
    await undoMerge(store, merge.id, options);
    undone += 1;
  }
  return { undone };
}

/** A `KIND:VALUE` identity as the user types it, normalised as imports store it. */
export function parseIdentityArgument(text: string): { kind: IdentityKind; value: string } {
  const colon = text.indexOf(':');
  const kind = text.slice(0, colon).trim().toLowerCase();
  const raw = text.slice(colon + 1).trim();
  if (colon < 1 || raw === '') {
    throw new AppError('usage', 'name the identity as KIND:VALUE, e.g. email:ana@acme.com');
  }
  let value: string | undefined;
  if (kind === 'email') value = normaliseEmail(raw);
  else if (kind === 'profile-url') value = normaliseProfileUrl(raw);
  else if (kind === 'name') value = normaliseNameText(raw);
  // As people-resolver.ts keys phones: digits with a leading + kept.
  else if (kind === 'phone') value = raw.replace(/[^\d+]/g, '').replace(/(?!^)\+/g, '');
  else
    throw new AppError(
      'usage',
      `unknown identity kind "${kind}": email, phone, profile-url or name`,
    );
  if (!value) throw new AppError('invalid-input', `"${raw}" is not a valid ${kind}`);
  return { kind, value };
}

/**
 * Splits a person: without an identity, undoes the newest merge that kept them; with one, moves
 * that identity key out into a new person (merge them back to reverse it).
 */
export async function splitPerson(
  store: Store,
  personId: number,
  identity?: { kind: IdentityKind; value: string },
  options: Options = {},
) {
  const accountId = options.accountId ?? LOCAL_ACCOUNT_ID;
  await requirePerson(store, accountId, personId);
  if (!identity) {
    const merge = await findLatestMergeInto(store.db, accountId, personId);
    if (!merge) {
      throw new AppError(
        'not-found',
        `person ${personId} was not made by a merge; move one identity out with --identity KIND:VALUE`,
      );
    }
    const undone = await undoMerge(store, merge.id, options);
    return {
      kind: 'undo-merge' as const,
      personId,
      newPersonId: undone.restoredPersonId,
      mergeId: merge.id,
    };
  }
  const now = options.now ?? new Date().toISOString();
  const newPersonId = await store.db.transaction().execute(async (trx) => {
    const holders = await findPeopleByIdentity(trx, accountId, identity.kind, identity.value);
    if (!holders.includes(personId)) {
      throw new AppError(
        'not-found',
        `person ${personId} has no identity ${identity.kind}:${identity.value}`,
      );
    }
    if ((await countIdentities(trx, accountId, personId)) < 2) {
      throw new AppError('conflict', `person ${personId} has only one identity: nothing to split`);
    }
    const created = await splitIdentityOut(
      trx,
      accountId,
      personId,
      identity.kind,
      identity.value,
      now,
    );
    if (created === undefined) {
      throw new AppError(
        'not-found',
        `person ${personId} has no identity ${identity.kind}:${identity.value}`,
      );
    }
    return created;
  });
  return { kind: 'identity' as const, personId, newPersonId, mergeId: null };
}

/** Records that two people are not one: the review queue stops proposing the pair. */
export async function dismissCandidate(store: Store, a: number, b: number, options: Options = {}) {
  const accountId = options.accountId ?? LOCAL_ACCOUNT_ID;
  if (a === b) throw new AppError('usage', 'name two different people');
  await requirePerson(store, accountId, a);
  await requirePerson(store, accountId, b);
  await dismissPair(store.db, accountId, a, b, options.now ?? new Date().toISOString());
  return { a: Math.min(a, b), b: Math.max(a, b) };
}
