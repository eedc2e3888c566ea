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
export const DEFAULT_AUTO_MERGE_THRESHOLD = 0.99;
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

export type Guard = 'names-differ' | 'name-only' | 'employers-differ';

const levelOf = (pair: ScoredPair, comparison: ComparisonName): string | undefined =>
  pair.reasons.find((r) => r.comparison === comparison)?.level;

/** Why a pair may not be merged automatically, if anything stops it. */
export function guardOf(pair: ScoredPair): Guard | undefined {
  const name = levelOf(pair, 'name');
  // A shared phone or address alone never joins two different names (a switchboard, a family).
  if (name === undefined || name === 'different' || name === 'similar') return 'names-differ';
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
  for (const pair of pairs) {
    if (pair.posterior < threshold || guardOf(pair) !== undefined) continue;
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
  const out: ReviewPair[] = [];
  for (const pair of pairs) {
    if (pair.posterior < REVIEW_FLOOR) continue;
    const guard = guardOf(pair);
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
