/**
 * Pairwise precision and recall of identity fusion against the demo's truth (src/demo/
 * identity-truth.ts). The records are the store's key identities (profile URL, email, phone):
 * every one names exactly one human in the truth, and the fusion put it on exactly one person.
 * A pair of records is predicted one human when they sit on one person, and is one human when the
 * truth says so; precision and recall count pairs (the standard pairwise measures of entity
 * resolution). Name-only records are left out: a name names no human on its own.
 */
import { normaliseEmail } from '../core/email-address.js';
import { normaliseProfileUrl } from '../core/profile-url.js';
import type { IdentityTruth } from '../demo/identity-truth.js';

export interface KeyRecord {
  personId: number;
  kind: string;
  value: string;
}

export interface PairwiseScore {
  records: number;
  truePairs: number;
  predictedPairs: number;
  correctPairs: number;
  precision: number;
  recall: number;
  f1: number;
}

/** `kind:value` of a truth key, normalised as the importers store it. */
export function truthKeyLabels(truth: IdentityTruth): Map<string, string> {
  const labels = new Map<string, string>();
  for (const human of truth.humans) {
    for (const url of human.profileUrls) {
      const v = normaliseProfileUrl(url);
      if (v) labels.set(`profile-url:${v}`, human.id);
    }
    for (const email of human.emails) {
      const v = normaliseEmail(email);
      if (v) labels.set(`email:${v}`, human.id);
    }
    for (const phone of human.phones) labels.set(`phone:${phone}`, human.id);
  }
  return labels;
}

const pairs = (n: number): number => (n * (n - 1)) / 2;

export function scorePairwise(
  records: readonly KeyRecord[],
  labels: Map<string, string>,
): PairwiseScore {
  const byPerson = new Map<number, number>();
  const byHuman = new Map<string, number>();
  const byCell = new Map<string, number>();
  let count = 0;
  for (const r of records) {
    if (r.kind === 'name') continue;
    count += 1;
    const key = `${r.kind}:${r.value}`;
    const human = labels.get(key) ?? `unlisted:${key}`;
    byPerson.set(r.personId, (byPerson.get(r.personId) ?? 0) + 1);
    byHuman.set(human, (byHuman.get(human) ?? 0) + 1);
    const cell = `${r.personId}\u0000${human}`;
    byCell.set(cell, (byCell.get(cell) ?? 0) + 1);
  }
  const sum = (m: Map<unknown, number>) => [...m.values()].reduce((s, n) => s + pairs(n), 0);
  const predictedPairs = sum(byPerson);
  const truePairs = sum(byHuman);
  const correctPairs = sum(byCell);
  const precision = predictedPairs === 0 ? 1 : correctPairs / predictedPairs;
  const recall = truePairs === 0 ? 1 : correctPairs / truePairs;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { records: count, truePairs, predictedPairs, correctPairs, precision, recall, f1 };
}
