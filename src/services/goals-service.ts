import { AppError } from '../core/app-error.js';
import { currentEmployersOf, isCurrentEmployer } from '../core/outreach/current-employer.js';
import {
  industryToNaicsSector,
  splitIndustryList,
} from '../core/industries/linkedin-industries.js';
import {
  isNaicsSectorCode,
  toNaicsSector,
  type NaicsSectorCode,
} from '../core/industries/naics-sectors.js';
import type { Goals } from '../core/ties/goals.js';
import { parseTitle } from '../core/titles/parse-title.js';
import { isSeniority, type Seniority } from '../core/titles/seniority.js';
import { getGoals, saveGoals } from '../store/goals-store.js';
import type { Store } from '../store/open-store.js';
import { getJobPreferences, getOwnerProfile, loadOwnerHistory } from '../store/owner-store.js';

export interface GoalsView {
  goals: Goals;
  /** False while the goals are only pre-filled from the export (issue 4: shown to confirm). */
  confirmed: boolean;
  /** Where each pre-filled value came from, for the user to check. */
  prefilledFrom: string[];
  /** The discretion as stored: '' while it follows the default (discreet when employed). */
  discretionSetting: '' | 'discreet' | 'open';
  /** True when the current employer may be a target (an internal move). */
  internalMove: boolean;
  /** Target companies left out because the user works there (no internal move). */
  excludedTargets: string[];
}

interface EmployerView {
  currentEmployers: string[];
  discretion: 'discreet' | 'open';
  discretionSetting: '' | 'discreet' | 'open';
  internalMove: boolean;
}

function employerView(
  currentEmployers: string[],
  storedDiscretion: string,
  internalMove: boolean,
): EmployerView {
  const setting =
    storedDiscretion === 'open' || storedDiscretion === 'discreet' ? storedDiscretion : '';
  return {
    currentEmployers,
    // Default: discreet while employed (an employed seeker usually looks discreetly).
    discretion: setting === '' ? (currentEmployers.length > 0 ? 'discreet' : 'open') : setting,
    discretionSetting: setting,
    internalMove,
  };
}

/** The goals as the lists use them: the current employer is no target unless moving internally. */
function withEmployer(
  view: Omit<GoalsView, 'discretionSetting' | 'internalMove' | 'excludedTargets'>,
  employer: EmployerView,
): GoalsView {
  const goals: Goals = {
    ...view.goals,
    currentEmployers: employer.currentEmployers,
    discretion: employer.discretion,
  };
  const excluded = employer.internalMove
    ? []
    : goals.targetCompanies.filter((c) => isCurrentEmployer(c, goals));
  return {
    ...view,
    goals: excluded.length
      ? { ...goals, targetCompanies: goals.targetCompanies.filter((c) => !excluded.includes(c)) }
      : goals,
    discretionSetting: employer.discretionSetting,
    internalMove: employer.internalMove,
    excludedTargets: excluded,
  };
}

async function currentEmployers(store: Store, accountId: number): Promise<string[]> {
  const [history, profile] = await Promise.all([
    loadOwnerHistory(store.db, accountId),
    getOwnerProfile(store.db, accountId),
  ]);
  return currentEmployersOf(history.positions, profile?.headline);
}

// A goal list longer than this is a paste accident, not a plan (design choice).
const MAX_LIST = 200;
const MAX_TEXT = 2000;

function parseList(json: string): string[] {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  } catch {
    return [];
  }
}

function unique(values: string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const v of values.map((s) => s.trim()).filter(Boolean)) {
    const key = v.toLowerCase();
    if (!seen.has(key)) {
      seen.add(key);
      out.push(v);
    }
  }
  return out.slice(0, MAX_LIST);
}

/** The stored goals, or goals pre-filled from the export (Job Seeker Preferences, Saved Jobs, follows). */
export async function loadGoals(store: Store, accountId: number): Promise<GoalsView> {
  const [stored, employers] = await Promise.all([
    getGoals(store.db, accountId),
    currentEmployers(store, accountId),
  ]);
  const employer = employerView(
    employers,
    stored?.discretion ?? '',
    (stored?.internal_move ?? 0) === 1,
  );
  if (stored) {
    return withEmployer(
      {
        confirmed: stored.confirmed === 1,
        prefilledFrom: [],
        goals: {
          targetCompanies: parseList(stored.target_companies),
          targetRoles: parseList(stored.target_roles),
          targetIndustries: parseList(stored.target_industries).filter(isNaicsSectorCode),
          location: stored.location || undefined,
          ownerLevel: isSeniority(stored.owner_level) ? stored.owner_level : undefined,
          ownerIndustry: (await ownerIndustry(store, accountId)) ?? undefined,
          stance: stored.stance === 'contemplating' ? 'contemplating' : 'active',
          style: stored.style === 'curator' ? 'curator' : 'open',
          solution: stored.solution || undefined,
        },
      },
      employer,
    );
  }
  return withEmployer(await prefillGoals(store, accountId), employer);
}

async function ownerIndustry(
  store: Store,
  accountId: number,
): Promise<NaicsSectorCode | undefined> {
  const profile = await getOwnerProfile(store.db, accountId);
  return profile?.industry ? industryToNaicsSector(profile.industry) : undefined;
}

async function prefillGoals(
  store: Store,
  accountId: number,
): Promise<Omit<GoalsView, 'discretionSetting' | 'internalMove' | 'excludedTargets'>> {
  const [prefs, history, industry] = await Promise.all([
    getJobPreferences(store.db, accountId),
    loadOwnerHistory(store.db, accountId),
    ownerIndustry(store, accountId),
  ]);
  const from: string[] = [];
  const dream = prefs ? parseList(prefs.dream_companies) : [];
  if (dream.length) from.push(`${dream.length} dream companies (Job Seeker Preferences)`);
  if (history.savedJobCompanies.length)
    from.push(`${history.savedJobCompanies.length} companies of saved jobs`);
  if (history.companyFollows.length) from.push(`${history.companyFollows.length} company follows`);
  const roles = prefs ? parseList(prefs.job_titles) : [];
  if (roles.length) from.push(`${roles.length} job titles (Job Seeker Preferences)`);
  const industries = unique(
    (prefs ? parseList(prefs.industries) : [])
      .flatMap(splitIndustryList)
      .map((n) => industryToNaicsSector(n) ?? ''),
  ).filter(isNaicsSectorCode);
  if (industries.length) from.push(`${industries.length} industries (Job Seeker Preferences)`);
  const current = history.positions.find((p) => p.finishedOn === '') ?? history.positions[0];
  const level = current ? parseTitle(current.title).seniority : undefined;
  if (current && level && level !== 'unknown')
    from.push(`your level from your current title "${current.title}"`);
  const locations = prefs ? parseList(prefs.locations) : [];
  return {
    confirmed: false,
    prefilledFrom: from,
    goals: {
      targetCompanies: unique([...dream, ...history.savedJobCompanies, ...history.companyFollows]),
      targetRoles: unique(roles),
      targetIndustries: industries,
      location: locations[0],
      ownerLevel: level && level !== 'unknown' ? level : undefined,
      ownerIndustry: industry,
      stance:
        prefs && prefs.urgency !== '' && prefs.urgency !== 'ACTIVELY_SEEKING'
          ? 'contemplating'
          : 'active',
      style: 'open',
      solution: prefs?.introduction_statement || undefined,
    },
  };
}

export interface GoalsChange {
  targetCompanies?: string[];
  targetRoles?: string[];
  /** NAICS codes ("51") or LinkedIn industry names ("Software Development"). */
  targetIndustries?: string[];
  location?: string;
  ownerLevel?: string;
  stance?: string;
  style?: string;
  solution?: string;
  /** 'discreet' or 'open' (current colleagues in the lists), or 'default'. */
  discretion?: string;
  /** True: the current employer may be a target (an internal move). */
  internalMove?: boolean;
}

/** Applies a change (or none) to the current goals and stores them as confirmed. */
export async function updateGoals(
  store: Store,
  accountId: number,
  change: GoalsChange,
  now: Date = new Date(),
): Promise<GoalsView> {
  const current = await loadGoals(store, accountId);
  const { goals } = current;
  const industries = change.targetIndustries?.map((raw) => {
    const code = toNaicsSector(raw.trim()) ?? industryToNaicsSector(raw);
    if (!code)
      throw new AppError(
        'invalid-input',
        `"${raw}" is neither a NAICS sector code nor a known industry name`,
      );
    return code;
  });
  if (change.ownerLevel !== undefined && !isSeniority(change.ownerLevel)) {
    throw new AppError(
      'invalid-input',
      `--level must be one of the seniority levels, not "${change.ownerLevel}"`,
    );
  }
  if (
    change.stance !== undefined &&
    change.stance !== 'active' &&
    change.stance !== 'contemplating'
  ) {
    throw new AppError('invalid-input', '--stance is "active" or "contemplating"');
  }
  if (change.style !== undefined && change.style !== 'open' && change.style !== 'curator') {
    throw new AppError('invalid-input', '--style is "open" or "curator"');
  }
  if (
    change.discretion !== undefined &&
    !['discreet', 'open', 'default'].includes(change.discretion)
  ) {
    throw new AppError('invalid-input', '--discretion is "discreet", "open" or "default"');
  }
  if ((change.solution?.length ?? 0) > MAX_TEXT)
    throw new AppError('too-large', `--solution is limited to ${MAX_TEXT} characters`);
  const next: Goals = {
    ...goals,
    // Targets left out for the current employer stay stored: an internal move brings them back.
    targetCompanies: change.targetCompanies
      ? unique(change.targetCompanies)
      : unique([...goals.targetCompanies, ...current.excludedTargets]),
    targetRoles: change.targetRoles ? unique(change.targetRoles) : goals.targetRoles,
    targetIndustries: industries
      ? (unique(industries) as NaicsSectorCode[])
      : goals.targetIndustries,
    location: change.location ?? goals.location,
    ownerLevel: (change.ownerLevel as Seniority | undefined) ?? goals.ownerLevel,
    stance: (change.stance as Goals['stance'] | undefined) ?? goals.stance,
    style: (change.style as Goals['style'] | undefined) ?? goals.style,
    solution: change.solution ?? goals.solution,
  };
  await saveGoals(store.db, {
    account_id: accountId,
    target_companies: JSON.stringify(next.targetCompanies),
    target_roles: JSON.stringify(next.targetRoles),
    target_industries: JSON.stringify(next.targetIndustries),
    location: next.location ?? '',
    owner_level: next.ownerLevel ?? '',
    stance: next.stance,
    style: next.style,
    solution: next.solution ?? '',
    confirmed: 1,
    updated_at: now.toISOString(),
    discretion:
      change.discretion === undefined
        ? current.discretionSetting
        : change.discretion === 'default'
          ? ''
          : change.discretion,
    internal_move: (change.internalMove ?? current.internalMove) ? 1 : 0,
  });
  return loadGoals(store, accountId);
}
