/**
 * Identity fusion (docs/science.md section 8): score every candidate pair of the store with the
 * match model (core/identity/match-model.ts), merge the decisive ones automatically, recorded
 * like manual merges (source `auto`, the posterior and reasons kept) and reversible one by one or
 * all at once. Runs after every import; on an unchanged store it changes nothing, because it
 * repeats until no decisive pair is left and the model is deterministic.
 */
import { AppError } from '../core/app-error.js';
import {
  DEFAULT_AUTO_MERGE_THRESHOLD,
  planAutoMerges,
  reviewBand,
  type ReviewPair,
} from '../core/identity/fusion-plan.js';
import {
  levelsFromReasons,
  scorePeople,
  type Comparison,
  type IdentityRecord,
  type ModelParameters,
  type PairReason,
  type ScoredPair,
} from '../core/identity/match-model.js';
import {
  dismissPair,
  getMerge,
  listMerges,
  loadConnectionAndMessagedIds,
  loadDismissedPairs,
  loadPersonEvidence,
  mergePersonRows,
  readIdentitySettings,
  writeIdentitySettings,
  type MergeRow,
  type PersonEvidence,
} from '../store/merges-store.js';
import { LOCAL_ACCOUNT_ID, type Store } from '../store/open-store.js';

/** Rounds of merging until nothing decisive is left (design choice: chains are short). */
const MAX_ROUNDS = 5;

interface Options {
  accountId?: number;
  now?: string;
}

export interface FusionInput {
  records: IdentityRecord[];
  evidence: Map<number, PersonEvidence>;
  messaged: Set<number>;
  dismissed: Set<string>;
  /** Levels of the standing automatic merges: matches EM counts as known. */
  knownMatches: Comparison[][];
}

function toRecord(p: PersonEvidence, connections: Map<number, string>): IdentityRecord {
  const values = (kind: string) => p.identities.filter((i) => i.kind === kind).map((i) => i.value);
  return {
    id: p.id,
    names: [
      { first: p.firstName, last: p.lastName },
      ...values('name').map((name) => ({ first: name, last: '' })),
    ],
    company: p.company,
    emails: [...new Set(values('email'))],
    phones: [...new Set(values('phone'))],
    profileUrls: [...new Set(values('profile-url'))],
    conversationIds: p.conversationIds,
    sources: [...new Set(p.identities.map((i) => i.source))],
    isConnection: connections.has(p.id),
    ...(connections.has(p.id) ? { connectedOn: connections.get(p.id) ?? '' } : {}),
  };
}

export async function loadFusionInput(store: Store, accountId: number): Promise<FusionInput> {
  const [evidence, ids, dismissed, merges] = await Promise.all([
    loadPersonEvidence(store.db, accountId),
    loadConnectionAndMessagedIds(store.db, accountId),
    loadDismissedPairs(store.db, accountId),
    listMerges(store.db, accountId, { source: 'auto' }),
  ]);
  return {
    records: evidence.map((p) => toRecord(p, ids.connections)),
    evidence: new Map(evidence.map((p) => [p.id, p])),
    messaged: ids.messaged,
    dismissed,
    knownMatches: merges.map((m) => levelsFromReasons(parseEvidence(m.evidence).reasons ?? [])),
  };
}

export async function autoMergeThreshold(store: Store, accountId: number): Promise<number> {
  const settings = await readIdentitySettings(store.db, accountId);
  return settings.threshold ?? DEFAULT_AUTO_MERGE_THRESHOLD;
}

/**
 * On the fallback priors nothing is decisive: the store has too few people to estimate the model
 * on, so every likely pair is asked about instead (docs/science.md section 8).
 */
export function canDecide(parameters: ModelParameters): boolean {
  return parameters.mFrom === 'em' && parameters.uFrom === 'random-pairs';
}

export interface AutoMergeSummary {
  merged: number;
  rounds: number;
  threshold: number;
  parameters: ModelParameters | undefined;
}

/** The evidence stored with an automatic merge. */
export interface MergeEvidence {
  posterior: number;
  bits: number;
  reasons: PairReason[];
}

/**
 * Merges every decisive pair. With `force`, runs even when the account turned automatic merging
 * off (the bench and the command `weakties merges --run`).
 */
export async function autoMergeIdentities(
  store: Store,
  options: Options & { threshold?: number; force?: boolean } = {},
): Promise<AutoMergeSummary> {
  const accountId = options.accountId ?? LOCAL_ACCOUNT_ID;
  const settings = await readIdentitySettings(store.db, accountId);
  const threshold = options.threshold ?? settings.threshold ?? DEFAULT_AUTO_MERGE_THRESHOLD;
  const summary: AutoMergeSummary = { merged: 0, rounds: 0, threshold, parameters: undefined };
  if (!settings.autoMerge && !options.force) return summary;
  const now = options.now ?? new Date().toISOString();
  for (let round = 1; round <= MAX_ROUNDS; round += 1) {
    const input = await loadFusionInput(store, accountId);
    const { parameters, pairs } = scorePeople(input.records, {
      dismissed: input.dismissed,
      knownMatches: input.knownMatches,
    });
    summary.parameters = parameters;
    if (!canDecide(parameters)) break;
    const plan = planAutoMerges(input.records, pairs, threshold);
    if (plan.length === 0) break;
    summary.rounds = round;
    await store.db.transaction().execute(async (trx) => {
      for (const merge of plan) {
        const evidence: MergeEvidence = {
          posterior: merge.pair.posterior,
          bits: merge.pair.bits,
          reasons: merge.pair.reasons,
        };
        await mergePersonRows(
          trx,
          accountId,
          merge.keptId,
          merge.mergedId,
          `merged automatically: ${(merge.pair.posterior * 100).toFixed(1)} % the same person`,
          now,
          { source: 'auto', evidence: JSON.stringify(evidence) },
        );
      }
    });
    summary.merged += plan.length;
  }
  return summary;
}

export interface ReviewPerson {
  id: number;
  displayName: string;
  company: string;
  isConnection: boolean;
  sources: string[];
}

export interface ReviewEntry {
  a: ReviewPerson;
  b: ReviewPerson;
  posterior: number;
  bits: number;
  reasons: PairReason[];
  /** Why it was not merged automatically although likely: the names differ, name only, employers differ. */
  guard: ReviewPair['guard'];
  impact: number;
}

function reviewPerson(input: FusionInput, id: number): ReviewPerson {
  const p = input.evidence.get(id);
  const record = input.records.find((r) => r.id === id);
  return {
    id,
    displayName: p?.displayName ?? '',
    company: p?.company ?? '',
    isConnection: record?.isConnection ?? false,
    sources: [...(record?.sources ?? [])],
  };
}

/** The uncertain band, most consequential first (core/identity/fusion-plan.ts). */
export async function identityReview(
  store: Store,
  options: Options & { limit?: number } = {},
): Promise<{ total: number; items: ReviewEntry[]; threshold: number }> {
  const accountId = options.accountId ?? LOCAL_ACCOUNT_ID;
  const input = await loadFusionInput(store, accountId);
  const threshold = await autoMergeThreshold(store, accountId);
  const { parameters, pairs } = scorePeople(input.records, {
    dismissed: input.dismissed,
    knownMatches: input.knownMatches,
  });
  const band = reviewBand(
    input.records,
    pairs,
    input.messaged,
    canDecide(parameters) ? threshold : Infinity,
  );
  const limit = options.limit ?? band.length;
  return {
    total: band.length,
    threshold,
    items: band.slice(0, limit).map((r) => toEntry(input, r.pair, r.guard, r.impact)),
  };
}

function toEntry(
  input: FusionInput,
  pair: ScoredPair,
  guard: ReviewPair['guard'],
  impact: number,
): ReviewEntry {
  return {
    a: reviewPerson(input, pair.a),
    b: reviewPerson(input, pair.b),
    posterior: pair.posterior,
    bits: pair.bits,
    reasons: pair.reasons,
    guard,
    impact,
  };
}

function parseEvidence(text: string): Partial<MergeEvidence> {
  try {
    return text ? (JSON.parse(text) as MergeEvidence) : {};
  } catch {
    return {};
  }
}

export interface MergeListing extends MergeRow {
  posterior: number | undefined;
  reasons: PairReason[];
}

/** Standing merges, newest first; only automatic ones with `auto`. */
export async function listIdentityMerges(
  store: Store,
  options: Options & { auto?: boolean } = {},
): Promise<MergeListing[]> {
  const accountId = options.accountId ?? LOCAL_ACCOUNT_ID;
  const rows = await listMerges(store.db, accountId, options.auto ? { source: 'auto' } : {});
  return rows.map((row) => {
    const parsed = parseEvidence(row.evidence);
    return { ...row, posterior: parsed.posterior, reasons: parsed.reasons ?? [] };
  });
}

/**
 * Undoing an automatic merge is the user saying "not the same": the pair is remembered as two,
 * so the next import does not merge it again.
 */
export async function rememberUndoneAutoMerge(
  store: Store,
  mergeId: number,
  options: Options = {},
): Promise<void> {
  const accountId = options.accountId ?? LOCAL_ACCOUNT_ID;
  const merge = await getMerge(store.db, accountId, mergeId);
  if (!merge || merge.source !== 'auto') return;
  await dismissPair(
    store.db,
    accountId,
    merge.keptPersonId,
    merge.mergedPersonId,
    options.now ?? new Date().toISOString(),
  );
}

export async function setAutoMerge(
  store: Store,
  change: { autoMerge?: boolean; threshold?: number | null },
  options: Options = {},
): Promise<{ autoMerge: boolean; threshold: number }> {
  const accountId = options.accountId ?? LOCAL_ACCOUNT_ID;
  const current = await readIdentitySettings(store.db, accountId);
  if (
    change.threshold !== undefined &&
    change.threshold !== null &&
    !(change.threshold >= 0.5 && change.threshold < 1)
  ) {
    throw new AppError('usage', 'the threshold is a probability from 0.5 up to (not including) 1');
  }
  const next = {
    autoMerge: change.autoMerge ?? current.autoMerge,
    threshold: change.threshold === null ? undefined : (change.threshold ?? current.threshold),
  };
  await writeIdentitySettings(store.db, accountId, next, options.now ?? new Date().toISOString());
  return { autoMerge: next.autoMerge, threshold: next.threshold ?? DEFAULT_AUTO_MERGE_THRESHOLD };
}
