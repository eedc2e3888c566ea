/**
 * The companies the owner wants to join, stated three ways in the export (docs/formats.md section 1,
 * "Goals are in the export"): Dream Companies in Job Seeker Preferences, the companies of Saved
 * Jobs, and Company Follows. Most are companies some connections work at, so the demo has
 * introduction paths to find; a few are not, so it also has gaps to show.
 */
import type { CompanyCatalogue } from './company-catalogue.js';
import type { Company } from './company-names.js';
import type { Connection } from './network.js';
import type { OwnerStory } from './owner-story.js';
import type { Rng } from './rng.js';

export interface TargetCompanies {
  /** Job Seeker Preferences Dream Companies: five, all present among the connections. */
  dream: readonly string[];
  /** Companies to save jobs from, present among the connections (beyond the dream ones). */
  present: readonly string[];
  /** Companies nobody in the network works at. */
  absent: readonly string[];
}

export function chooseTargetCompanies(
  rng: Rng,
  owner: OwnerStory,
  catalogue: CompanyCatalogue,
  connections: readonly Connection[],
): TargetCompanies {
  const counts = new Map<string, number>();
  for (const c of connections)
    if (c.company) counts.set(c.company, (counts.get(c.company) ?? 0) + 1);
  const employerNames = new Set(owner.employers.map((e) => e.company.name));
  const isPresent = (company: Company): boolean =>
    (counts.get(company.name) ?? 0) > 0 && !employerNames.has(company.name);

  const headCandidates = [...catalogue.targets, ...catalogue.rivals].filter(isPresent);
  const dream = headCandidates.slice(0, 5).map((c) => c.name);
  const sectors = new Set([owner.track.primarySector, owner.track.secondarySector]);
  // Tail companies in the owner's sectors with someone to ask, in the file's order.
  const tail: string[] = [];
  for (const c of connections) {
    if (!c.company || !c.industry || !sectors.has(c.industry) || employerNames.has(c.company))
      continue;
    if (dream.includes(c.company) || tail.includes(c.company)) continue;
    if (c.titleClass === 'student') continue;
    tail.push(c.company);
    if (tail.length >= 60) break;
  }
  while (dream.length < 5 && tail.length > 0) dream.push(tail.shift() ?? '');
  const present = [
    ...headCandidates.slice(5).map((c) => c.name),
    ...tail.filter(() => rng.chance(0.4)).slice(0, 16),
  ];
  const absent = Array.from(
    { length: 6 },
    () =>
      catalogue.drawFresh(
        rng,
        rng.chance(0.6) ? owner.track.primarySector : owner.track.secondarySector,
      ).name,
  );
  return { dream, present, absent };
}
