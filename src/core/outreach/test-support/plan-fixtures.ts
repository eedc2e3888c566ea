/**
 * Small synthetic planner inputs for tests: invented people (no real data), a goal with a
 * solution message, default pacing and cadences.
 */
import { emptyGoals, type Goals } from '../../ties/goals.js';
import { defaultCadence } from '../cadence.js';
import type { AccountType } from '../pacing.js';
import { defaultPacing } from '../pacing.js';
import type { Candidate, PersonFacts, PlanInput } from '../planner.js';
import { BUILT_IN_TEMPLATES } from '../templates.js';

export const TEST_GOALS: Goals = {
  ...emptyGoals(),
  targetCompanies: ['Northwind Payments', 'Fabrikam Cloud'],
  targetRoles: ['Engineering Manager'],
  solution: 'I help payment teams ship reliable platforms without weekend incidents',
};

export function person(id: number, overrides: Partial<PersonFacts> = {}): PersonFacts {
  return {
    personId: String(id),
    name: `Alex${id} Sample`,
    company: `Company ${id}`,
    title: 'Director of Engineering',
    profileLink: `https://www.linkedin.com/in/alex-sample-${id}`,
    tieClass: 'weak',
    isConnection: false,
    isRecruiter: false,
    atTargetCompany: false,
    reason: 'Director of Engineering at a target company.',
    ...overrides,
  };
}

/** `invites` people to invite (not connected) and nothing else. */
export function inviteOnlyInput(
  invites: number,
  day: string,
  accountType: AccountType = 'free',
  minutes = 600,
): PlanInput {
  const people = new Map<string, PersonFacts>();
  const candidates: Candidate[] = [];
  for (let i = 1; i <= invites; i += 1) {
    const p = person(i);
    people.set(p.personId, p);
    candidates.push({
      personId: p.personId,
      list: 'invite',
      reason: 'a peer at a target company.',
    });
  }
  const pacing = defaultPacing(accountType);
  pacing.dailyMinutes = minutes;
  return {
    day,
    goals: TEST_GOALS,
    pacing,
    cadence: defaultCadence(),
    candidates,
    people,
    entries: new Map(),
    events: new Map(),
    invitations: { sentDays: [], noteDays: [], pending: 0, connections: 500 },
    itemLog: [],
    templates: BUILT_IN_TEMPLATES,
    templateUses: new Map(),
  };
}
