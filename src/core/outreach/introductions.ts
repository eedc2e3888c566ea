/**
 * Introductions the user could make for others (issue 7, item 6; docs/product.md "Quality and
 * quantity": make introductions for others; "Respect their time and reciprocate"). Two of the
 * user's ties in the same field who do not share a company, so they likely do not know each other
 * (the export has no ties among connections: docs/science.md section 6). Closer ties first, since an
 * introduction spends the user's standing with both.
 */
export interface IntroductionTie {
  personId: string;
  name: string;
  company: string;
  /** A field key: the title's function ("engineering", "product"...). */
  field: string;
  fieldLabel: string;
  closeness: number;
}

export interface SuggestedIntroduction {
  a: IntroductionTie;
  b: IntroductionTie;
  score: number;
  reason: string;
}

function companyKey(company: string): string {
  return company.trim().toLowerCase();
}

/** Pairs within a field at different companies, each person in at most one pair. */
export function suggestIntroductions(
  ties: readonly IntroductionTie[],
  limit = 10,
): SuggestedIntroduction[] {
  const byField = new Map<string, IntroductionTie[]>();
  for (const t of ties) {
    if (!t.field || !t.company.trim()) continue;
    const group = byField.get(t.field);
    if (group) group.push(t);
    else byField.set(t.field, [t]);
  }
  const pairs: SuggestedIntroduction[] = [];
  for (const group of byField.values()) {
    const sorted = [...group].sort(
      (x, y) => y.closeness - x.closeness || (x.personId < y.personId ? -1 : 1),
    );
    const used = new Set<string>();
    for (const a of sorted) {
      if (used.has(a.personId)) continue;
      const b = sorted.find(
        (c) =>
          c.personId !== a.personId &&
          !used.has(c.personId) &&
          companyKey(c.company) !== companyKey(a.company),
      );
      if (!b) continue;
      used.add(a.personId);
      used.add(b.personId);
      pairs.push({
        a,
        b,
        score: a.closeness + b.closeness,
        reason: `Both in ${a.fieldLabel}, at ${a.company} and ${b.company}: they likely do not know each other yet, and an introduction helps both (giving earns the right to ask).`,
      });
    }
  }
  return pairs
    .sort((x, y) => y.score - x.score || (x.a.personId < y.a.personId ? -1 : 1))
    .slice(0, Math.max(0, limit));
}
