import { describe, expect, it } from 'vitest';
import { rankBridges } from './rank-bridges.js';
import { buildSmallGraph } from './test-support/small-graphs.js';

// Ego 0 with alters 1, 2, 3 and 9. Communities (the caller's labels): 10 = {0, 1, 2} (the ego's),
// 20 = {4, 5, 6}, 30 = {3, 7, 8}, 40 = {9}. Alters 1 and 2 both reach 20 through node 4; alter 3
// alone reaches 30; alter 9 knows nobody but the ego.
const graph = buildSmallGraph(10, [
  [0, 1],
  [0, 2],
  [0, 3],
  [0, 9],
  [1, 2],
  [1, 4],
  [2, 4],
  [3, 7],
  [3, 8],
  [7, 8],
  [4, 5],
  [5, 6],
  [4, 6],
]);
const communities = [10, 10, 10, 30, 20, 20, 20, 30, 30, 40];

describe('rankBridges', () => {
  it('lists the alters that reach a community through nobody else', () => {
    // Alter 3 reaches 30 (3 people) alone: score 3 / 1.
    expect(rankBridges(graph, 0, communities)).toEqual([
      { alter: 3, score: 3, exclusiveCommunities: [30], reachedCommunities: [30] },
    ]);
  });

  it('ranks shared routes too when asked, splitting a community between its routes', () => {
    // 20 has 3 people reached through 2 alters: 3 / 2 each.
    expect(rankBridges(graph, 0, communities, { includeShared: true })).toEqual([
      { alter: 3, score: 3, exclusiveCommunities: [30], reachedCommunities: [30] },
      { alter: 1, score: 1.5, exclusiveCommunities: [], reachedCommunities: [20] },
      { alter: 2, score: 1.5, exclusiveCommunities: [], reachedCommunities: [20] },
    ]);
  });

  it("does not count the ego's own community or an alter who knows nobody else", () => {
    const bridges = rankBridges(graph, 0, communities, { includeShared: true });
    expect(bridges.map((bridge) => bridge.alter)).not.toContain(9);
    expect(bridges.flatMap((bridge) => bridge.reachedCommunities)).not.toContain(10);
  });

  it('adds up every community an alter spans', () => {
    // Tie alter 3 to node 5 as well: 3 now also reaches 20, shared with 1 and 2 (3 routes).
    const wider = buildSmallGraph(10, [
      [0, 1],
      [0, 2],
      [0, 3],
      [1, 4],
      [2, 4],
      [3, 7],
      [3, 5],
      [4, 5],
    ]);
    const [first] = rankBridges(wider, 0, communities);
    expect(first).toEqual({
      alter: 3,
      score: 3 / 1 + 3 / 3,
      exclusiveCommunities: [30],
      reachedCommunities: [20, 30],
    });
  });

  it('honours the limit and rejects bad input', () => {
    expect(rankBridges(graph, 0, communities, { includeShared: true, limit: 1 })).toHaveLength(1);
    expect(() => rankBridges(graph, 10, communities)).toThrow(RangeError);
    expect(() => rankBridges(graph, 0, [1, 2])).toThrow(RangeError);
  });
});
