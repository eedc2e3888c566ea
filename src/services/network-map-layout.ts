/**
 * Positions for the web app's network map (issue 8, "Network map"), computed on the server so
 * the browser only draws: each community a disc of its members on a sunflower spiral (Vogel 1979,
 * "A better way to construct the sunflower head"), the best-connected in the middle; the discs
 * packed without overlap, largest in the middle, by front-chain circle packing (Wang, Wang, Dai
 * and Wang 2006, "Visualization of large hierarchical data by circle packing", CHI '06, as
 * d3-hierarchy's packSiblings); the people in no group continue the sunflower in a ring around
 * them. No randomness: the same groups, the same map. A force step inside the discs was tried
 * and dropped: the demo's communities are mostly employer cliques, which it collapsed to a
 * blot while adding most of the cost.
 */

/** A disc: centre and radius, in layout units (neighbouring nodes are about one unit apart). */
export interface Disc {
  x: number;
  y: number;
  r: number;
}

export interface MapLayout {
  x: Float64Array;
  y: Float64Array;
  /** One disc per group, in the order given. */
  discs: Disc[];
}

// The golden angle spreads points evenly on a sunflower spiral (Vogel 1979).
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));
// Point i of a sunflower sits at SPACING * sqrt(i + 0.5) from the centre; 0.55 puts neighbours
// about one unit apart (the disc's area per point, pi * 0.55^2 = 0.95, is a unit hexagon's 0.87
// with a little room). Design choice.
const SPACING = 0.55;
// A node's own room: half the distance between neighbours.
const NODE_RADIUS = 0.5;
// Room around a group, so communities read as separate islands: a tenth of its radius and a
// quarter unit (design choice).
const GROUP_MARGIN = 0.1;
const GROUP_GAP = 0.25;

/** Radius of the disc holding a group of `size` nodes. */
function discRadius(size: number): number {
  if (size <= 1) return NODE_RADIUS;
  return SPACING * Math.sqrt(size) * (1 + GROUP_MARGIN) + NODE_RADIUS + GROUP_GAP;
}

/**
 * Lays out `nodeCount` nodes given as groups: each node in exactly one group, a group's members
 * in order from the middle out, the groups largest first.
 */
export function layoutGroups(nodeCount: number, groups: readonly (readonly number[])[]): MapLayout {
  // Groups of two or more are packed as discs; the people alone continue the sunflower around
  // them, a ring of even density (packing thousands of one-node discs would cost the most).
  const packed: number[] = [];
  groups.forEach((members, g) => {
    if (members.length >= 2) packed.push(g);
  });
  const packedDiscs = packCircles(packed.map((g) => discRadius(groups[g]!.length)));
  let outer = 0;
  for (const disc of packedDiscs) outer = Math.max(outer, Math.hypot(disc.x, disc.y) + disc.r);
  let ring = outer === 0 ? 0 : Math.ceil((outer / SPACING) ** 2);
  const discs: Disc[] = [];
  packed.forEach((g, i) => (discs[g] = packedDiscs[i]!));
  const x = new Float64Array(nodeCount);
  const y = new Float64Array(nodeCount);
  // Point `spot` of a sunflower centred on (cx, cy).
  const place = (node: number, cx: number, cy: number, spot: number) => {
    const r = SPACING * Math.sqrt(spot + 0.5);
    x[node] = cx + r * Math.cos(spot * GOLDEN_ANGLE);
    y[node] = cy + r * Math.sin(spot * GOLDEN_ANGLE);
  };
  groups.forEach((members, g) => {
    const disc = discs[g];
    if (disc) {
      members.forEach((node, i) => place(node, disc.x, disc.y, i));
      return;
    }
    for (const node of members) {
      place(node, 0, 0, ring);
      discs[g] = { x: x[node]!, y: y[node]!, r: NODE_RADIUS };
      ring += 1;
    }
  });
  return { x, y, discs };
}

/** One circle on the front chain, a ring linked both ways. */
class ChainNode {
  next: ChainNode = this;
  previous: ChainNode = this;
  constructor(readonly circle: Disc) {}
}

/**
 * Front-chain circle packing (Wang et al. 2006): circles in the order given, each placed tangent
 * to two neighbours on the front chain nearest the centre, so none overlap and the first (give
 * the largest first) sit in the middle. Returns the circles centred on the origin.
 */
export function packCircles(radii: readonly number[]): Disc[] {
  const circles: Disc[] = radii.map((r) => ({ x: 0, y: 0, r }));
  const n = circles.length;
  if (n <= 1) return circles;
  const first = circles[0]!;
  const second = circles[1]!;
  first.x = -second.r;
  second.x = first.r;
  if (n === 2) return centre(circles);
  placeTangent(second, first, circles[2]!);

  let a = new ChainNode(first);
  let b = new ChainNode(second);
  const c3 = new ChainNode(circles[2]!);
  a.next = c3.previous = b;
  b.next = a.previous = c3;
  c3.next = b.previous = a;

  pack: for (let i = 3; i < n; i += 1) {
    const circle = circles[i]!;
    placeTangent(a.circle, b.circle, circle);
    // Look along the chain both ways, nearest first, for a circle the new one overlaps; if one
    // does, the chain between it and the pair is cut out and the circle placed again.
    let j = b.next;
    let k = a.previous;
    let sj = b.circle.r;
    let sk = a.circle.r;
    do {
      if (sj <= sk) {
        if (overlaps(j.circle, circle)) {
          b = j;
          a.next = b;
          b.previous = a;
          i -= 1;
          continue pack;
        }
        sj += j.circle.r;
        j = j.next;
      } else {
        if (overlaps(k.circle, circle)) {
          a = k;
          a.next = b;
          b.previous = a;
          i -= 1;
          continue pack;
        }
        sk += k.circle.r;
        k = k.previous;
      }
    } while (j !== k.next);

    const added = new ChainNode(circle);
    added.previous = a;
    added.next = b;
    a.next = added;
    b.previous = added;
    b = added;
    // The next pair is the one whose weighted midpoint lies nearest the origin.
    let best = distanceScore(a);
    let node = added.next;
    while (node !== b) {
      const score = distanceScore(node);
      if (score < best) {
        a = node;
        best = score;
      }
      node = node.next;
    }
    b = a.next;
  }
  return centre(circles);
}

/** Places c tangent to a and b (d3-hierarchy's `place`, on the side that keeps the chain's turn). */
function placeTangent(b: Disc, a: Disc, c: Disc): void {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const d2 = dx * dx + dy * dy;
  if (d2 === 0) {
    c.x = a.x + c.r;
    c.y = a.y;
    return;
  }
  const a2 = (a.r + c.r) ** 2;
  const b2 = (b.r + c.r) ** 2;
  if (a2 > b2) {
    const px = (d2 + b2 - a2) / (2 * d2);
    const py = Math.sqrt(Math.max(0, b2 / d2 - px * px));
    c.x = b.x - px * dx - py * dy;
    c.y = b.y - px * dy + py * dx;
  } else {
    const px = (d2 + a2 - b2) / (2 * d2);
    const py = Math.sqrt(Math.max(0, a2 / d2 - px * px));
    c.x = a.x + px * dx - py * dy;
    c.y = a.y + px * dy + py * dx;
  }
}

function overlaps(a: Disc, b: Disc): boolean {
  // A hair of tolerance so tangent circles do not count as overlapping (as d3).
  const dr = a.r + b.r - 1e-6;
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  return dr > 0 && dr * dr > dx * dx + dy * dy;
}

function distanceScore(node: ChainNode): number {
  const a = node.circle;
  const b = node.next.circle;
  const ab = a.r + b.r;
  const dx = (a.x * b.r + b.x * a.r) / ab;
  const dy = (a.y * b.r + b.y * a.r) / ab;
  return dx * dx + dy * dy;
}

/** Moves the circles so the centre of their bounding box is the origin. */
function centre(circles: Disc[]): Disc[] {
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  for (const c of circles) {
    minX = Math.min(minX, c.x - c.r);
    maxX = Math.max(maxX, c.x + c.r);
    minY = Math.min(minY, c.y - c.r);
    maxY = Math.max(maxY, c.y + c.r);
  }
  const cx = (minX + maxX) / 2;
  const cy = (minY + maxY) / 2;
  for (const c of circles) {
    c.x -= cx;
    c.y -= cy;
  }
  return circles;
}
