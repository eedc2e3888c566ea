/**
 * Seniority levels read from job titles, with a numeric rank so the model can say "a step or two
 * ahead of you" (docs/science.md section 1, Relevance; docs/product.md "Grow with a target": people "at or
 * above your level"). One rank step is one rung of a typical career ladder; the placement of each
 * label on it is a design choice.
 */
export const SENIORITIES = [
  'unknown',
  'intern',
  'student',
  'entry',
  'individual',
  'senior',
  'lead',
  'manager',
  'head',
  'director',
  'vp',
  'partner',
  'c-level',
  'founder',
] as const;

export type Seniority = (typeof SENIORITIES)[number];

/** Rank per level; `unknown` has none, so no gap is ever computed from a missing title. */
export const SENIORITY_RANK: Readonly<Record<Seniority, number | undefined>> = {
  unknown: undefined,
  intern: 0,
  student: 0,
  entry: 1,
  individual: 2,
  senior: 3,
  lead: 4,
  manager: 4,
  head: 5,
  director: 5,
  vp: 6,
  partner: 6,
  'c-level': 7,
  founder: 7,
};

export function isSeniority(value: unknown): value is Seniority {
  return typeof value === 'string' && (SENIORITIES as readonly string[]).includes(value);
}

export function seniorityRank(level: Seniority): number | undefined {
  return SENIORITY_RANK[level];
}

/**
 * How many rank steps the contact sits above the owner (negative: below). Undefined when either
 * level is unknown: the model then says "seniority unknown" instead of guessing.
 */
export function seniorityGap(owner: Seniority, contact: Seniority): number | undefined {
  const a = SENIORITY_RANK[owner];
  const b = SENIORITY_RANK[contact];
  return a === undefined || b === undefined ? undefined : b - a;
}

/** Plain words for a gap, used in explanations ("two levels above you"). */
export function describeSeniorityGap(gap: number): string {
  if (gap === 0) return 'at your level';
  const size = Math.abs(gap);
  const words = size === 1 ? 'one level' : size === 2 ? 'two levels' : `${size} levels`;
  return gap > 0 ? `${words} above you` : `${words} below you`;
}
