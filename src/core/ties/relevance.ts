/**
 * Relevance of a contact to the user's goals, the multiplier of docs/science.md section 1 ("relevance
 * to the user's target companies, industries and roles multiplies the score"), and the industry
 * switch w_d. Goals are compiled once (normalised company names, parsed roles, sector sets) so
 * scoring 30,000 ties compiles nothing per tie.
 */
import type { NaicsSectorCode } from '../industries/naics-sectors.js';
import type { TitleFunction, TitleInfo } from '../titles/parse-title.js';
import { parseTitle } from '../titles/parse-title.js';
import { seniorityGap } from '../titles/seniority.js';
import type { CompanyMatch } from './company-name.js';
import { matchCompany, normaliseCompanyName } from './company-name.js';
import type { Goals } from './goals.js';
import type { TieSettings } from './tie-settings.js';

export type IndustryClass = 'digital' | 'non-digital' | 'unknown';

export interface CompiledGoals {
  kind: 'compiled-goals';
  goals: Goals;
  companyKeys: ReadonlySet<string>;
  /** Each company key followed by a space, for whole-word division matches. */
  companyPrefixes: readonly string[];
  /** Normalised target company key to the name as the user typed it. */
  companyNames: ReadonlyMap<string, string>;
  roleFunctions: ReadonlySet<TitleFunction>;
  /** Target roles with no known function ("Barista"), matched as words in the title. */
  roleWords: readonly string[];
  industries: ReadonlySet<NaicsSectorCode>;
  digitalSectors: ReadonlySet<NaicsSectorCode>;
  /** True when any company, role or industry target is set. */
  hasTargets: boolean;
  /** The class all target industries share, or `unknown` when none or mixed. */
  targetIndustryClass: IndustryClass;
}

// Bound untrusted goal lists.
const MAX_TARGETS = 500;

export function compileGoals(goals: Goals, settings: TieSettings): CompiledGoals {
  const companyNames = new Map<string, string>();
  for (const name of goals.targetCompanies.slice(0, MAX_TARGETS)) {
    const key = normaliseCompanyName(name);
    if (key !== '' && !companyNames.has(key)) companyNames.set(key, name.trim());
  }
  const roleFunctions = new Set<TitleFunction>();
  const roleWords: string[] = [];
  for (const role of goals.targetRoles.slice(0, MAX_TARGETS)) {
    const parsed = parseTitle(role);
    if (parsed.function !== 'other') roleFunctions.add(parsed.function);
    else {
      const words = normaliseWords(role);
      if (words !== '') roleWords.push(words);
    }
  }
  const industries = new Set(goals.targetIndustries.slice(0, MAX_TARGETS));
  const digitalSectors = new Set(settings.industry.digitalSectors);
  const sides = new Set(
    [...(industries.size > 0 ? industries : goals.ownerIndustry ? [goals.ownerIndustry] : [])].map(
      (code) => digitalSectors.has(code),
    ),
  );
  const targetIndustryClass: IndustryClass =
    sides.size !== 1 ? 'unknown' : sides.has(true) ? 'digital' : 'non-digital';
  return {
    kind: 'compiled-goals',
    goals,
    companyKeys: new Set(companyNames.keys()),
    companyPrefixes: [...companyNames.keys()].map((key) => `${key} `),
    companyNames,
    roleFunctions,
    roleWords,
    industries,
    digitalSectors,
    hasTargets:
      companyNames.size > 0 ||
      roleFunctions.size > 0 ||
      roleWords.length > 0 ||
      industries.size > 0,
    targetIndustryClass,
  };
}

function normaliseWords(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export interface RelevanceResult {
  relevance: number;
  company: CompanyMatch;
  /** The target company as the user typed it, when matched. */
  matchedCompany: string | undefined;
  isTargetIndustry: boolean;
  isTargetRole: boolean;
  /** Contact level minus owner level, in rank steps; undefined when either is unknown. */
  seniorityGap: number | undefined;
  seniorityFit: number | undefined;
  /** The w_d used for this tie and the class it came from. */
  noveltyWeight: number;
  industryClass: IndustryClass;
}

/**
 * Relevance in (0, 1]. With no targets set every contact scores 1 before the seniority factor
 * (applied only when the owner's level is set).
 * With targets: floor + (1 - floor) * noisy-or of company, industry and role matches (design
 * choice: any one match counts, a second adds less), times (1 - s) + s * fit, the seniority
 * fit of "a step or two ahead" (TieSettings.relevance).
 */
export function scoreRelevance(
  companyKey: string,
  title: TitleInfo,
  titleWords: string,
  industry: NaicsSectorCode | undefined,
  goals: CompiledGoals,
  settings: TieSettings,
): RelevanceResult {
  const r = settings.relevance;
  const target = matchCompany(companyKey, goals.companyKeys, goals.companyPrefixes);
  const match: CompanyMatch =
    target === undefined ? undefined : target === companyKey ? 'exact' : 'division';
  const isTargetIndustry = industry !== undefined && goals.industries.has(industry);
  const isTargetRole =
    (title.function !== 'other' && goals.roleFunctions.has(title.function)) ||
    (goals.roleWords.length > 0 && goals.roleWords.some((w) => containsWords(titleWords, w)));

  let base = 1;
  if (goals.hasTargets) {
    const miss =
      (1 - (match ? r.company : 0)) *
      (1 - (isTargetIndustry ? r.industry : 0)) *
      (1 - (isTargetRole ? r.role : 0));
    base = r.floor + (1 - r.floor) * (1 - miss);
  }
  const gap =
    goals.goals.ownerLevel === undefined
      ? undefined
      : seniorityGap(goals.goals.ownerLevel, title.seniority);
  const fit = gap === undefined ? undefined : seniorityFitFor(gap, settings);
  // Without the owner's level, seniority is not scored at all; with it, an unknown contact level
  // gets the neutral fit rather than a guess.
  const seniorityFactor =
    goals.goals.ownerLevel === undefined
      ? 1
      : 1 - r.seniorityWeight + r.seniorityWeight * (fit ?? r.unknownSeniorityFit);

  const industryClass = industryClassFor(industry, goals);
  return {
    relevance: base * seniorityFactor,
    company: match,
    matchedCompany: target === undefined ? undefined : goals.companyNames.get(target),
    isTargetIndustry,
    isTargetRole,
    seniorityGap: gap,
    seniorityFit: fit,
    noveltyWeight: weightForClass(industryClass, settings),
    industryClass,
  };
}

function containsWords(haystack: string, needle: string): boolean {
  if (haystack === needle) return true;
  const at = haystack.indexOf(needle);
  if (at < 0) return false;
  const before = at === 0 || haystack[at - 1] === ' ';
  const end = at + needle.length;
  const after = end === haystack.length || haystack[end] === ' ';
  return before && after;
}

/** The seniority fit curve of TieSettings.relevance.seniorityFit (design choice). */
export function seniorityFitFor(gap: number, settings: TieSettings): number {
  const f = settings.relevance.seniorityFit;
  if (gap <= -2) return f.belowByTwoOrMore;
  if (gap === -1) return f.belowByOne;
  if (gap === 0) return f.same;
  if (gap === 1) return f.aheadByOne;
  if (gap === 2) return f.aheadByTwo;
  if (gap === 3) return f.aheadByThree;
  return f.aheadByFourOrMore;
}

/**
 * w_d for one tie (docs/science.md section 1, industry switch). The target industry decides: when
 * the contact is in one of the targets, that sector's class; otherwise the class all targets
 * share; with no targets, the owner's industry; with none or a mix, the midpoint weight.
 */
export function noveltyWeightFor(
  industry: NaicsSectorCode | undefined,
  goals: CompiledGoals,
  settings: TieSettings,
): { weight: number; industryClass: IndustryClass } {
  const industryClass = industryClassFor(industry, goals);
  return { weight: weightForClass(industryClass, settings), industryClass };
}

function industryClassFor(
  industry: NaicsSectorCode | undefined,
  goals: CompiledGoals,
): IndustryClass {
  if (industry !== undefined && goals.industries.has(industry)) {
    return goals.digitalSectors.has(industry) ? 'digital' : 'non-digital';
  }
  return goals.targetIndustryClass;
}

function weightForClass(industryClass: IndustryClass, settings: TieSettings): number {
  const s = settings.industry;
  if (industryClass === 'digital') return s.digitalNoveltyWeight;
  return industryClass === 'non-digital' ? s.nonDigitalNoveltyWeight : s.unknownNoveltyWeight;
}

/** The lowercase word form of a title used for free-text role matches. */
export function titleWordsOf(title: string | undefined): string {
  return title === undefined ? '' : normaliseWords(title.slice(0, 300));
}
