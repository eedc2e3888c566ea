import { describe, expect, it } from 'vitest';
import { createSeededRng } from '../core/seeded-rng.js';
import { layoutGroups, packCircles } from './network-map-layout.js';

const distance = (a: { x: number; y: number }, b: { x: number; y: number }) =>
  Math.hypot(a.x - b.x, a.y - b.y);

describe('packCircles', () => {
  it('puts two circles side by side, touching, around the origin', () => {
    // Radii 2 and 1: centres 3 apart; the bounding box runs from -3 to 3.
    const [a, b] = packCircles([2, 1]);
    expect(a).toEqual({ x: -1, y: 0, r: 2 });
    expect(b).toEqual({ x: 2, y: 0, r: 1 });
  });

  it('puts three equal circles in a triangle, each touching the other two', () => {
    const [a, b, c] = packCircles([1, 1, 1]);
    expect(distance(a!, b!)).toBeCloseTo(2, 12);
    expect(distance(b!, c!)).toBeCloseTo(2, 12);
    expect(distance(a!, c!)).toBeCloseTo(2, 12);
  });

  it('never overlaps circles, and keeps the first (largest) ones in the middle', () => {
    const rng = createSeededRng(5);
    const radii = Array.from({ length: 400 }, () => 0.5 + 10 * rng() ** 3).sort((a, b) => b - a);
    const circles = packCircles(radii);
    for (let i = 0; i < circles.length; i += 1) {
      for (let j = i + 1; j < circles.length; j += 1) {
        const a = circles[i]!;
        const b = circles[j]!;
        expect(distance(a, b)).toBeGreaterThanOrEqual(a.r + b.r - 1e-6);
      }
    }
    // Compact: the circles cover at least half the area of the smallest disc around them all
    // (d3's packSiblings reaches about 0.7 on such inputs).
    const extent = Math.max(...circles.map((c) => Math.hypot(c.x, c.y) + c.r));
    const covered = radii.reduce((sum, r) => sum + Math.PI * r * r, 0);
    expect(covered / (Math.PI * extent * extent)).toBeGreaterThan(0.5);
    const meanDistance = (from: number, to: number) =>
      circles.slice(from, to).reduce((sum, c) => sum + Math.hypot(c.x, c.y), 0) / (to - from);
    expect(meanDistance(0, 20)).toBeLessThan(meanDistance(380, 400));
  });
});

describe('layoutGroups', () => {
  it('puts a group on a sunflower, its first member in the middle, people alone around it', () => {
    // One group of three (a disc at the origin) and one person alone.
    const { x, y, discs } = layoutGroups(4, [[2, 0, 1], [3]]);
    // Spot 0 of a sunflower: 0.55 * sqrt(0.5) from the centre, at angle 0.
    expect(x[2]).toBeCloseTo(0.55 * Math.sqrt(0.5), 12);
    expect(y[2]).toBeCloseTo(0, 12);
    // Spot 1: 0.55 * sqrt(1.5) away, at the golden angle.
    const golden = Math.PI * (3 - Math.sqrt(5));
    expect(x[0]).toBeCloseTo(0.55 * Math.sqrt(1.5) * Math.cos(golden), 12);
    expect(y[0]).toBeCloseTo(0.55 * Math.sqrt(1.5) * Math.sin(golden), 12);
    const group = discs[0]!;
    expect(group.x).toBe(0);
    expect(group.y).toBe(0);
    for (const node of [0, 1, 2]) {
      expect(distance({ x: x[node]!, y: y[node]! }, group)).toBeLessThan(group.r);
    }
    expect(distance({ x: x[3]!, y: y[3]! }, group)).toBeGreaterThanOrEqual(group.r);
    expect(discs[1]).toEqual({ x: x[3], y: y[3], r: 0.5 });
  });

  it("keeps nodes about one unit apart: none closer than a sunflower's closest pair", () => {
    const groups = [
      Array.from({ length: 300 }, (_, i) => i),
      Array.from({ length: 40 }, (_, i) => 300 + i),
      ...Array.from({ length: 200 }, (_, i) => [340 + i]),
    ];
    const { x, y } = layoutGroups(540, groups);
    let closest = Infinity;
    for (let i = 0; i < 540; i += 1) {
      for (let j = i + 1; j < 540; j += 1) {
        closest = Math.min(closest, Math.hypot(x[i]! - x[j]!, y[i]! - y[j]!));
      }
    }
    // The sunflower's own closest pair, spots 0 and 3: 0.55 * |sqrt(0.5) - sqrt(3.5) e^(3ig)|
    // with g the golden angle, 0.8503; discs and the ring add none closer.
    const golden = Math.PI * (3 - Math.sqrt(5));
    const spot = (i: number) => ({
      x: 0.55 * Math.sqrt(i + 0.5) * Math.cos(i * golden),
      y: 0.55 * Math.sqrt(i + 0.5) * Math.sin(i * golden),
    });
    expect(distance(spot(0), spot(3))).toBeCloseTo(0.8503, 4);
    expect(closest).toBeCloseTo(distance(spot(0), spot(3)), 9);
  });
});
