/**
 * Invitation triage for the second- and third-degree strategy (docs/product.md "Grow with a target",
 * part 1): people who are not connections yet, known from other sources or added by hand, in a
 * target industry, company or role, at or above the user's level. Ranked by job-opportunity
 * score (docs/science.md section 1), where mutual connections, when known, give the inverted U.
 */
import { naicsSectorName } from '../industries/naics-sectors.js';
import type { Goals } from './goals.js';
import type { RankedEntry } from './ranked-entry.js';
import { byScore, quoteName } from './ranked-entry.js';
import type { ScoredTie } from './score-tie.js';

function isInviteCandidate(s: ScoredTie): boolean {
  if (s.features.isConnection) return false;
  const g = s.goalMatch;
  if (g.company === undefined && !g.isTargetIndustry && !g.isTargetRole) return false;
  // At or above the user's level; when either level is unknown the reason says so.
  return g.seniorityGap === undefined || g.seniorityGap >= 0;
}

function inviteReason(s: ScoredTie, goals: Goals): string {
  const g = s.goalMatch;
  const parts: string[] = [];
  const title = quoteName(s.features.title);
  const company = quoteName(s.features.company);
  if (title) parts.push(title);
  if (company) parts.push(`at ${company}${g.company !== undefined ? ' (a target company)' : ''}`);
  if (g.isTargetIndustry && s.features.industry !== undefined) {
    parts.push(`in ${naicsSectorName(s.features.industry)} (a target industry)`);
  }
  if (g.seniorityGap === undefined) {
    parts.push(
      goals.ownerLevel === undefined ? 'set your level to check seniority' : 'level unknown',
    );
  } else {
    parts.push(
      g.seniorityGap === 0
        ? 'at your level'
        : `${g.seniorityGap} level${g.seniorityGap === 1 ? '' : 's'} above you`,
    );
  }
  parts.push(
    s.mutuals === undefined
      ? 'mutual connections unknown'
      : `${s.mutuals.count} mutual connection${s.mutuals.count === 1 ? '' : 's'}`,
  );
  return `${parts.join(', ')}.`;
}

export function rankInvite(scored: readonly ScoredTie[], goals: Goals): RankedEntry[] {
  const entries: RankedEntry[] = [];
  for (const s of scored) {
    if (!isInviteCandidate(s)) continue;
    const shared =
      s.mutuals !== undefined && s.mutuals.count > 0
        ? ` mention one of your ${s.mutuals.count} mutual connections or`
        : '';
    entries.push({
      personId: s.personId,
      score: s.opportunity,
      tieClass: s.tieClass,
      reason: inviteReason(s, goals),
      nextAction: `Invite with a personal note under 200 characters:${shared} say why them and what you have in common. Pace yourself: about 5 invitations a day.`,
    });
  }
  return entries.sort(byScore);
}
