/**
 * The user's current employer (docs/product.md, "The method users follow": an employed seeker
 * usually looks discreetly). Positions without an end date name it; its people are colleagues,
 * never "former colleagues", and while the user is discreet they stay out of the lists that
 * tell people you are looking (ask, wave, reconnect). Pure.
 */
import { matchCompany, normaliseCompanyName } from '../ties/company-name.js';
import type { Goals } from '../ties/goals.js';

export interface EmployerPosition {
  company: string;
  /** '' while the position is held. */
  finishedOn: string;
}

/**
 * Companies of the positions without an end date; with none, the company a headline names
 * after " at " or "@" ("Engineering Manager at Acme"), else none.
 */
export function currentEmployersOf(
  positions: readonly EmployerPosition[],
  headline?: string,
): string[] {
  const open = positions.filter((p) => p.finishedOn.trim() === '' && p.company.trim() !== '');
  const names = open.length
    ? open.map((p) => p.company.trim())
    : fromHeadline(headline).map((c) => c.trim());
  const seen = new Set<string>();
  return names.filter((name) => {
    const key = normaliseCompanyName(name);
    if (key === '' || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function fromHeadline(headline: string | undefined): string[] {
  if (!headline) return [];
  const match = /(?:\bat\s|@\s?)([^|,·•]+)/i.exec(headline.slice(0, 300));
  const company = match?.[1]?.trim();
  return company ? [company] : [];
}

export interface EmployerKeys {
  keys: ReadonlySet<string>;
  prefixes: readonly string[];
}

const keyCache = new WeakMap<Goals, EmployerKeys>();

/** The normalised current employers of the goals, computed once per goals object. */
export function currentEmployerKeys(goals: Goals): EmployerKeys {
  let keys = keyCache.get(goals);
  if (!keys) {
    const set = new Set(
      (goals.currentEmployers ?? []).map(normaliseCompanyName).filter((k) => k !== ''),
    );
    keys = { keys: set, prefixes: [...set].map((k) => `${k} `) };
    keyCache.set(goals, keys);
  }
  return keys;
}

/** The current employer a company is (or is a division of), as the user's positions name it. */
export function isCurrentEmployer(company: string | undefined, goals: Goals): boolean {
  if (!company) return false;
  const { keys, prefixes } = currentEmployerKeys(goals);
  if (keys.size === 0) return false;
  return matchCompany(normaliseCompanyName(company), keys, prefixes) !== undefined;
}

/** Discreet unless the user said otherwise; with no current employer there is nobody to hide. */
export function isDiscreet(goals: Goals): boolean {
  return (goals.currentEmployers?.length ?? 0) > 0 && goals.discretion !== 'open';
}

/** A current colleague the lists leave out while the user is discreet. */
export function hiddenForDiscretion(company: string | undefined, goals: Goals): boolean {
  return isDiscreet(goals) && isCurrentEmployer(company, goals);
}

export type ColleagueKind = 'current' | 'former' | undefined;

/** Current colleague (at the current employer), former colleague (at a past one), or neither. */
export function colleagueKind(
  company: string | undefined,
  formerColleague: boolean | undefined,
  goals: Goals,
): ColleagueKind {
  if (isCurrentEmployer(company, goals)) return 'current';
  return formerColleague ? 'former' : undefined;
}

/** The one line each list shows while current colleagues are left out, with the way to change it. */
export function discretionNote(goals: Goals, hidden: number): string | undefined {
  if (!isDiscreet(goals)) return undefined;
  const where = (goals.currentEmployers ?? []).join(', ');
  const who =
    hidden === 1 ? '1 current colleague' : `${hidden.toLocaleString('en-US')} current colleagues`;
  return `You are looking discreetly: ${who} at ${where} ${hidden === 1 ? 'is' : 'are'} left out (to include them: weakties goals set --discretion open).`;
}
