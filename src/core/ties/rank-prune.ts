/**
 * The prune list for curators (docs/product.md "Quality and quantity": curators prune the
 * connections they cannot place). A connection is a candidate when the user never interacted
 * with it, it matches none of the goals, it is not a recruiter, it gave no reciprocal signal,
 * it is older than lists.pruneMinimumConnectionDays, and either it has no mutual connections
 * (a known zero) or there is nothing to place it by (no company and no title). Unknown mutual
 * connections never count as "no mutual connections". Open networkers get an empty list.
 */
import { parseInstant } from './contact-history.js';
import type { Goals } from './goals.js';
import type { RankedEntry } from './ranked-entry.js';
import { byScore, quoteName } from './ranked-entry.js';
import type { ScoredTie } from './score-tie.js';
import type { TieSettings } from './tie-settings.js';

const DAY_MS = 86_400_000;

export function rankPrune(
  scored: readonly ScoredTie[],
  goals: Goals,
  settings: TieSettings,
  now: Date,
): RankedEntry[] {
  if (goals.style !== 'curator') return [];
  const entries: RankedEntry[] = [];
  for (const s of scored) {
    const f = s.features;
    const g = s.goalMatch;
    if (!f.isConnection || s.history.hasInteracted || s.title.isRecruiter) continue;
    if (g.company !== undefined || g.isTargetIndustry || g.isTargetRole) continue;
    if (s.reciprocity > 0) continue;
    const connectedAt = parseInstant(f.connectedOn);
    const ageDays = connectedAt === undefined ? undefined : (now.getTime() - connectedAt) / DAY_MS;
    if (ageDays !== undefined && ageDays < settings.lists.pruneMinimumConnectionDays) continue;
    const noMutuals = s.mutuals !== undefined && s.mutuals.count === 0;
    const unplaceable = quoteName(f.company) === undefined && quoteName(f.title) === undefined;
    if (!noMutuals && !unplaceable) continue;

    const reasons = ['never interacted', 'matches none of your goals'];
    reasons.push(noMutuals ? 'no mutual connections' : 'mutual connections unknown');
    if (unplaceable) reasons.push('no company or title to place them');
    if (connectedAt !== undefined)
      reasons.push(`connected ${new Date(connectedAt).getUTCFullYear()}`);
    // Design choice: each missing anchor adds to the case for pruning.
    const score = 0.4 + (noMutuals ? 0.3 : 0) + (unplaceable ? 0.3 : 0);
    entries.push({
      personId: s.personId,
      score,
      tieClass: s.tieClass,
      reason: `${reasons.join(', ')}.`,
      nextAction: unplaceable
        ? 'Open their profile: if you cannot place them, remove the connection.'
        : 'If you cannot say how you met, remove the connection; if you can, write one line to restart it.',
    });
  }
  return entries.sort(byScore);
}
