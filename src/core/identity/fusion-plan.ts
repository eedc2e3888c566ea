/**
 * What identity fusion does with scored pairs (docs/science.md section 8): merges the decisive
 * ones, asks about the uncertain band, and leaves the rest apart. The guards come before the
 * posterior: a pair whose only evidence besides a name is nothing, or whose names differ, or
 * whose employers differ, is at most proposed, however high its posterior; two connections or
 * two LinkedIn profiles are never one (match-model.ts drops those pairs). Pure.
 */
import type { ComparisonName, IdentityRecord, ScoredPair } from './match-model.js';

/**
 * Default posterior from which a pair is merged without asking, chosen from the demo's
 * precision curve (`npm run bench:identity`, docs/science.md section 8).
 */
export const DEFAULT_AUTO_MERGE_THRESHOLD = 0.8;
/** Below this a pair is not worth the user's time (design choice, docs/science.md section 8). */
export const REVIEW_FLOOR = 0.5;
/** Evidence that is not the name: at least one must agree before a merge is automatic. */
const SUPPORT: readonly [ComparisonName, string][] = [
  ['company', 'same'],
  ['email', 'exact'],
  ['email', 'company-domain'],
  ['phone', 'exact'],
  ['profile-url', 'same'],
  ['conversation', 'shared'],
];

export type Guard = 'names-differ' | 'name-only' | 'employers-differ' | 'ambiguous';

const levelOf = (pair: ScoredPair, comparison: ComparisonName): string | undefined =>
  pair.reasons.find((r) => r.comparison === comparison)?.level;

/**
 * A rival within this many bits of a person's best pair makes the person ambiguous (design
 * choice: a rival a hundred times less likely still counts), when the two cannot both be them.
 */
export const RIVAL_BITS = 7;

/**
 * People whose best pair has a rival that cannot be the same person as the best partner (two
 * connections, two profiles): "Ryan Mitchell" in the phone book when two Ryan Mitchells work at
 * one company. None of their pairs merges automatically.
 */
export function ambiguousPeople(
  records: readonly IdentityRecord[],
  pairs: readonly ScoredPair[],
): Set<number> {
  const byId = new Map(records.map((r) => [r.id, r]));
  const partners = new Map<number, { other: number; bits: number }[]>();
  for (const pair of pairs) {
    partners.set(pair.a, [...(partners.get(pair.a) ?? []), { other: pair.b, bits: pair.bits }]);
    partners.set(pair.b, [...(partners.get(pair.b) ?? []), { other: pair.a, bits: pair.bits }]);
  }
  const out = new Set<number>();
  for (const [id, list] of partners) {
    if (list.length < 2) continue;
    const sorted = [...list].sort((p, q) => q.bits - p.bits);
    const best = sorted[0] as { other: number; bits: number };
    const top = byId.get(best.other);
    for (const rival of sorted.slice(1)) {
      if (rival.bits < best.bits - RIVAL_BITS) break;
      const r = byId.get(rival.other);
      const bothConnections = Boolean(top?.isConnection && r?.isConnection);
      const twoProfiles =
        (top?.profileUrls.length ?? 0) > 0 &&
        (r?.profileUrls.length ?? 0) > 0 &&
        !(top?.profileUrls ?? []).some((u) => r?.profileUrls.includes(u));
      if (bothConnections || twoProfiles) {
        out.add(id);
        break;
      }
    }
  }
  return out;
}

/** Why a pair may not be merged automatically, if anything stops it. */
export function guardOf(pair: ScoredPair, ambiguous?: ReadonlySet<number>): Guard | undefined {
  if (ambiguous && (ambiguous.has(pair.a) || ambiguous.has(pair.b))) return 'ambiguous';
  const name = levelOf(pair, 'name');
  // A shared phone or address alone never joins two different names (a switchboard, a family).
  // A record known only by an address that spells the other's name has no other name.
  const spelled = name === undefined && levelOf(pair, 'email-name') === 'spells-name';
  if ((name === undefined && !spelled) || name === 'different' || name === 'similar') {
    return 'names-differ';
  }
  if (levelOf(pair, 'company') === 'different') return 'employers-differ';
  if (!SUPPORT.some(([c, level]) => levelOf(pair, c) === level)) return 'name-only';
  return undefined;
}

export interface PlannedMerge {
  keptId: number;
  mergedId: number;
  pair: ScoredPair;
}

/**
 * The automatic merges: pairs at or above the threshold that no guard stops, joined greedily
 * best first, refusing a join that would put two connections or two profile URLs in one person.
 * Each group keeps its connection (else the person with a profile URL, else the oldest id).
 */
export function planAutoMerges(
  records: readonly IdentityRecord[],
  pairs: readonly ScoredPair[],
  threshold = DEFAULT_AUTO_MERGE_THRESHOLD,
): PlannedMerge[] {
  const byId = new Map(records.map((r) => [r.id, r]));
  const parent = new Map<number, number>();
  const find = (id: number): number => {
    let root = id;
    while (parent.has(root) && parent.get(root) !== root) root = parent.get(root) as number;
    parent.set(id, root);
    return root;
  };
  interface Group {
    connections: number;
    urls: Set<string>;
    members: number[];
  }
  const groups = new Map<number, Group>();
  const groupOf = (id: number): Group => {
    const root = find(id);
    let group = groups.get(root);
    if (!group) {
      const r = byId.get(root);
      group = {
        connections: r?.isConnection ? 1 : 0,
        urls: new Set(r?.profileUrls ?? []),
        members: [root],
      };
      groups.set(root, group);
    }
    return group;
  };
  const edges: { x: number; y: number; pair: ScoredPair }[] = [];
  const ambiguous = ambiguousPeople(records, pairs);
  for (const pair of pairs) {
    if (pair.posterior < threshold || guardOf(pair, ambiguous) !== undefined) continue;
    const ga = groupOf(pair.a);
    const gb = groupOf(pair.b);
    const ra = find(pair.a);
    const rb = find(pair.b);
    if (ra === rb) continue;
    const urls = new Set([...ga.urls, ...gb.urls]);
    if (ga.connections + gb.connections > 1 || urls.size > 1) continue;
    parent.set(rb, ra);
    groups.set(ra, {
      connections: ga.connections + gb.connections,
      urls,
      members: [...ga.members, ...gb.members],
    });
    groups.delete(rb);
    edges.push({ x: pair.a, y: pair.b, pair });
  }

  const merges: PlannedMerge[] = [];
  const adjacency = new Map<number, { other: number; pair: ScoredPair }[]>();
  for (const e of edges) {
    adjacency.set(e.x, [...(adjacency.get(e.x) ?? []), { other: e.y, pair: e.pair }]);
    adjacency.set(e.y, [...(adjacency.get(e.y) ?? []), { other: e.x, pair: e.pair }]);
  }
  for (const group of groups.values()) {
    if (group.members.length < 2) continue;
    const rank = (id: number) => {
      const r = byId.get(id);
      return [r?.isConnection ? 0 : 1, (r?.profileUrls.length ?? 0) > 0 ? 0 : 1, id] as const;
    };
    const kept = [...group.members].sort((p, q) => {
      const a = rank(p);
      const b = rank(q);
      return a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
    })[0] as number;
    // Breadth first from the survivor: each person merges in with the pair that reached them.
    const visited = new Set([kept]);
    const queue = [kept];
    while (queue.length > 0) {
      const at = queue.shift() as number;
      for (const { other, pair } of adjacency.get(at) ?? []) {
        if (visited.has(other)) continue;
        visited.add(other);
        queue.push(other);
        merges.push({ keptId: kept, mergedId: other, pair });
      }
    }
  }
  return merges.sort((p, q) => p.keptId - q.keptId || p.mergedId - q.mergedId);
}

export interface ReviewPair {
  pair: ScoredPair;
  guard: Guard | undefined;
  /** How much the decision changes the user's lists: 2 a connection and a messaged contact, 1 either, 0 neither. */
  impact: number;
}

/**
 * The uncertain band: pairs from REVIEW_FLOOR up that are not merged automatically, ordered by
 * how much the answer changes the lists (a connection plus a contact the user talks to first),
 * then by posterior.
 */
export function reviewBand(
  records: readonly IdentityRecord[],
  pairs: readonly ScoredPair[],
  messagedIds: ReadonlySet<number>,
  threshold = DEFAULT_AUTO_MERGE_THRESHOLD,
): ReviewPair[] {
  const byId = new Map(records.map((r) => [r.id, r]));
  const ambiguous = ambiguousPeople(records, pairs);
  const out: ReviewPair[] = [];
  for (const pair of pairs) {
    if (pair.posterior < REVIEW_FLOOR) continue;
    const guard = guardOf(pair, ambiguous);
    if (pair.posterior >= threshold && guard === undefined) continue;
    const a = byId.get(pair.a);
    const b = byId.get(pair.b);
    const connection = Boolean(a?.isConnection) !== Boolean(b?.isConnection);
    const messaged = messagedIds.has(pair.a) || messagedIds.has(pair.b);
    out.push({ pair, guard, impact: (connection ? 1 : 0) + (messaged ? 1 : 0) });
  }
  return out.sort(
    (p, q) =>
      q.impact - p.impact ||
      q.pair.bits - p.pair.bits ||
      p.pair.a - q.pair.a ||
      p.pair.b - q.pair.b,
  );
}
