/**
 * A person's mutual connections and why weakties thinks each is mutual (issue 8, person page:
 * "mutual connections and their evidence"). The mutuals are the person's neighbours in the ego
 * network other than the owner (build-ego-network.ts: common neighbours of owner and person),
 * each with the evidence that tied them: a shared email, meeting or group chat, the same
 * employer, or an imported edge. LinkedIn's export names no mutual connections (docs/science.md
 * section 6), so a count the user recorded from LinkedIn is shown beside them: it is the count
 * the score uses, and the named mutuals are the ones weakties could recover.
 */
import { describeMutuals } from '../core/ties/mutual-words.js';
import type { MutualConnections, MutualEstimateBasis } from '../core/ties/tie-features.js';
import {
  computeAlterMutuals,
  describeTieEvidence,
  type EgoNetwork,
  type TieEvidence,
} from './build-ego-network.js';

export interface MutualView {
  personId: number;
  name: string;
  company: string;
  /** The first MAX_EVIDENCE pieces, strongest kind first. */
  evidence: TieEvidence[];
  /** All the pieces there are: two people may share many threads. */
  evidenceCount: number;
}

export interface PersonMutuals {
  /** The count the score uses (recorded, imported or estimated); null when unknown. */
  count: number | null;
  source: MutualConnections['source'] | null;
  /** For an estimate: its range and what it rests on. */
  estimate: MutualEstimateBasis | null;
  /** The count in words, as the explanations word it; null when unknown. */
  words: string | null;
  /** Contacts weakties found tied to this person, with evidence. */
  found: number;
  /** The first of them, the most evidence first. */
  mutuals: MutualView[];
}

// Evidence from a conversation says more about acquaintance than a shared employer, which a
// big company gives to strangers (build-ego-network.ts, maxEmployerContacts); design choice.
const EVIDENCE_WEIGHT: Readonly<Record<TieEvidence['kind'], number>> = {
  meeting: 3,
  'group-chat': 3,
  email: 3,
  imported: 2,
  'same-employer': 1,
  owner: 0,
};

/** Mutuals shown per person by default (design choice: a screen's worth). */
export const DEFAULT_MUTUALS_SHOWN = 50;
/** Evidence listed per mutual (design choice: enough to see why; the count says the rest). */
export const MAX_EVIDENCE = 10;

function weightOf(evidence: readonly TieEvidence[]): number {
  return evidence.reduce((sum, e) => sum + EVIDENCE_WEIGHT[e.kind], 0);
}

/** The person's mutual connections in the ego network, strongest evidence first. */
export function listMutualConnections(
  network: EgoNetwork,
  personId: number,
  limit = DEFAULT_MUTUALS_SHOWN,
): PersonMutuals {
  const node = network.nodeOfPerson.get(personId);
  const recorded = network.recorded.get(personId);
  if (node === undefined) {
    return {
      count: recorded?.count ?? null,
      source: recorded?.source ?? null,
      estimate: null,
      words: recorded ? describeMutuals(recorded) : null,
      found: 0,
      mutuals: [],
    };
  }
  const { offsets, neighbours } = network.graph;
  // Rows of the compact graph hold each neighbour once (compact-graph.ts).
  const found: (MutualView & { weight: number })[] = [];
  for (let a = offsets[node]!; a < offsets[node + 1]!; a += 1) {
    const other = neighbours[a]!;
    if (other === network.ego) continue;
    const person = network.people[other - 1];
    if (!person) continue;
    const evidence = describeTieEvidence(network, node, other);
    found.push({
      personId: person.id,
      name: person.displayName,
      company: person.company,
      evidence: evidence.slice(0, MAX_EVIDENCE),
      evidenceCount: evidence.length,
      weight: weightOf(evidence),
    });
  }
  found.sort(
    (a, b) =>
      b.weight - a.weight ||
      a.name.localeCompare(b.name, 'en', { sensitivity: 'base' }) ||
      a.personId - b.personId,
  );
  // The count the score uses: recorded, else the estimate (build-ego-network.ts); the people
  // listed are those the data ties to this person, which is not the count.
  const used = computeAlterMutuals(network).get(personId);
  return {
    count: used?.count ?? null,
    source: used?.source ?? null,
    estimate: used?.estimate ?? null,
    words: used ? describeMutuals(used) : null,
    found: found.length,
    mutuals: found.slice(0, Math.max(0, limit)).map(({ weight: _weight, ...view }) => view),
  };
}
