import { describe, expect, it } from 'vitest';
import { buildCompactGraphFromArrays } from './compact-graph.js';
import { generateSocialGraph } from './generate-social-graph.js';
import { createSeededRng } from '../core/seeded-rng.js';

describe('generateSocialGraph', () => {
  const options = { nodeCount: 2_000, edgeCount: 8_000, communitySize: 100, mixing: 0.2 };

  it('draws the same graph for the same seed and another for another seed', () => {
    const first = generateSocialGraph({ ...options, rng: createSeededRng(1) });
    const again = generateSocialGraph({ ...options, rng: createSeededRng(1) });
    const other = generateSocialGraph({ ...options, rng: createSeededRng(2) });
    expect([...again.sources]).toEqual([...first.sources]);
    expect([...again.targets]).toEqual([...first.targets]);
    expect([...other.sources]).not.toEqual([...first.sources]);
  });

  it('plants communities of the given size and keeps most edges inside them', () => {
    const planted = generateSocialGraph({ ...options, rng: createSeededRng(5) });
    expect(planted.communities[99]).toBe(0);
    expect(planted.communities[100]).toBe(1);
    let inside = 0;
    for (let e = 0; e < options.edgeCount; e += 1) {
      if (planted.communities[planted.sources[e]!] === planted.communities[planted.targets[e]!]) {
        inside += 1;
      }
    }
    // 80 % drawn inside; repeats, redrawn, are a little likelier inside, where pairs are fewer.
    expect(inside / options.edgeCount).toBeGreaterThan(0.75);
    expect(inside / options.edgeCount).toBeLessThan(0.85);
  });

  it('draws exactly the distinct edges asked for', () => {
    const graph = buildCompactGraphFromArrays(
      generateSocialGraph({ ...options, rng: createSeededRng(6) }),
    );
    expect(graph.edgeCount).toBe(options.edgeCount);
  });

  it('gives hubs from the power-law weights', () => {
    const graph = buildCompactGraphFromArrays(
      generateSocialGraph({ ...options, rng: createSeededRng(7) }),
    );
    let maxDegree = 0;
    for (let i = 0; i < graph.nodeCount; i += 1) {
      maxDegree = Math.max(maxDegree, graph.offsets[i + 1]! - graph.offsets[i]!);
    }
    // The mean degree is 8; a weight capped at 100 against a mean near 3 makes hubs far above.
    expect(maxDegree).toBeGreaterThan(40);
  });
});
