/**
 * What the user is aiming for (docs/product.md, "The method users follow"). Relevance to these goals
 * multiplies every score (docs/science.md section 1: transmission means joining the contact's
 * company), and the lists read stance and style.
 */
import type { NaicsSectorCode } from '../industries/naics-sectors.js';
import type { Seniority } from '../titles/seniority.js';

export interface Goals {
  /** Company names as the user types them ("Acme", "ACME Inc." match the same company). */
  targetCompanies: readonly string[];
  /** Roles or titles ("Product Manager", "Head of Data"): matched by function. */
  targetRoles: readonly string[];
  /** NAICS sectors of the target industries; they also set the industry switch w_d. */
  targetIndustries: readonly NaicsSectorCode[];
  /**
   * Kept for templates and invitations; the model does not score it, since exports rarely carry
   * contacts' locations.
   */
  location?: string;
  /** The owner's own level, for "a step or two ahead" and "at or above your level". */
  ownerLevel?: Seniority;
  /** The owner's current industry: sets w_d when no target industry is given. */
  ownerIndustry?: NaicsSectorCode;
  /** docs/product.md: ready replies differ for active seekers and those "contemplating". */
  stance: 'active' | 'contemplating';
  /** docs/product.md "Quality and quantity": open networkers grow fast; curators prune. */
  style: 'open' | 'curator';
  /** The problems the user solves, in their words (docs/product.md: "a clear solution message"). */
  solution?: string;
  /**
   * Where the user works now: positions without an end date, else the profile. Never a target
   * unless the user opts in for an internal move; its people are colleagues, not former ones.
   */
  currentEmployers?: readonly string[];
  /** Discreet: current colleagues stay out of the lists that tell people you are looking. */
  discretion?: 'discreet' | 'open';
}

/** Goals with nothing set: every tie is equally relevant. */
export function emptyGoals(): Goals {
  return {
    targetCompanies: [],
    targetRoles: [],
    targetIndustries: [],
    stance: 'active',
    style: 'open',
  };
}
