/**
 * The planner's side views (issue 7, items 4-8): templates, invitation triage, introductions the
 * user could make, the reciprocity ledger, the posting rhythm, outcomes per tie class, list and
 * template, and reminders as an .ics file.
 */
import { writeFile } from 'node:fs/promises';
import { AppError } from '../core/app-error.js';
import type { SuggestedIntroduction, IntroductionTie } from '../core/outreach/introductions.js';
import { suggestIntroductions } from '../core/outreach/introductions.js';
import type { TriageResult, ReceivedInvitation } from '../core/outreach/invitation-triage.js';
import { triageInvitations } from '../core/outreach/invitation-triage.js';
import type { OutcomeReport, OutcomeSubject } from '../core/outreach/outcomes.js';
import { summariseOutcomes } from '../core/outreach/outcomes.js';
import type { PipelineMove } from '../core/outreach/pipeline.js';
import type { PostingRhythm } from '../core/outreach/posting-rhythm.js';
import { postingRhythm } from '../core/outreach/posting-rhythm.js';
import type { LedgerLine } from '../core/outreach/reciprocity.js';
import { buildLedger } from '../core/outreach/reciprocity.js';
import { buildIcs, upcomingReminders, type Reminder } from '../core/outreach/reminders.js';
import type { Template } from '../core/outreach/templates.js';
import {
  BUILT_IN_TEMPLATES,
  SITUATION_RULES,
  isSituation,
  validateTemplate,
} from '../core/outreach/templates.js';
import { draftFor, placeholderValues, type PersonFacts } from '../core/outreach/planner.js';
import { profileLink } from '../core/profile-url.js';
import { naicsSectorName } from '../core/industries/naics-sectors.js';
import { loadSignalRows } from '../store/interactions-store.js';
import type { Store } from '../store/open-store.js';
import { LOCAL_ACCOUNT_ID } from '../store/open-store.js';
import {
  listPlanItems,
  listShareDays,
  listUserTemplates,
  saveUserTemplate,
} from '../store/outreach-store.js';
import { loadOutreachState } from './outreach-state.js';
import { resolvePersonId } from './people-queries.js';
import { resolveDay } from './plan-outreach.js';

interface DayOptions {
  accountId?: number;
  day?: string;
  now?: Date;
}

function dayOf(options: DayOptions): { accountId: number; day: string; at: Date } {
  const now = options.now ?? new Date();
  const day = resolveDay(options.day, now);
  return {
    accountId: options.accountId ?? LOCAL_ACCOUNT_ID,
    day,
    at: new Date(`${day}T12:00:00Z`),
  };
}

export async function listTemplates(
  store: Store,
  accountId = LOCAL_ACCOUNT_ID,
): Promise<Template[]> {
  return [...BUILT_IN_TEMPLATES, ...(await listUserTemplates(store.db, accountId))];
}

export async function addTemplate(
  store: Store,
  id: string,
  situation: string,
  text: string,
  options: { accountId?: number; now?: Date } = {},
): Promise<Template> {
  const problems = validateTemplate(id, situation, text);
  if (problems.length || !isSituation(situation))
    throw new AppError('invalid-input', problems.join('; '));
  const stored: Template = { id, situation, text, builtIn: false };
  await saveUserTemplate(
    store.db,
    options.accountId ?? LOCAL_ACCOUNT_ID,
    stored,
    (options.now ?? new Date()).toISOString(),
  );
  return stored;
}

/** A template rendered for one person (or shown raw), with its checks. */
export async function showTemplate(
  store: Store,
  templateId: string,
  options: DayOptions & { person?: string } = {},
) {
  const { accountId, day, at } = dayOf(options);
  const templates = await listTemplates(store, accountId);
  const template = templates.find((t) => t.id === templateId);
  if (!template) {
    throw new AppError(
      'not-found',
      `no template "${templateId}"; templates: ${templates.map((t) => t.id).join(', ')}`,
    );
  }
  if (options.person === undefined) return { template, rules: SITUATION_RULES[template.situation] };
  const personId = String(await resolvePersonId(store, options.person, accountId));
  const state = await loadOutreachState(store, { accountId, day, now: at });
  const tie = state.byId.get(personId);
  const basics = state.network.people.get(Number(personId));
  const person: PersonFacts = state.input.people.get(personId) ?? {
    personId,
    name: basics?.displayName ?? `person #${personId}`,
    ...(basics?.company ? { company: basics.company } : {}),
    ...(basics?.title ? { title: basics.title } : {}),
    ...(basics?.profileUrl ? { profileLink: profileLink(basics.profileUrl) } : {}),
    isConnection: tie?.features.isConnection ?? false,
    isRecruiter: tie?.title.isRecruiter ?? false,
    atTargetCompany: tie?.goalMatch.company !== undefined,
  };
  const values = placeholderValues(
    person,
    state.input.goals,
    state.entries.get(personId),
    undefined,
  );
  return {
    template,
    rules: SITUATION_RULES[template.situation],
    person,
    draft: draftFor(template, values, person, state.input.pacing),
  };
}

/** Received invitations still pending (the sender is not a connection yet), triaged. */
export async function triageReceived(
  store: Store,
  options: DayOptions = {},
): Promise<TriageResult[]> {
  const { accountId, day, at } = dayOf(options);
  const state = await loadOutreachState(store, { accountId, day, now: at });
  const signals = await loadSignalRows(store.db, accountId);
  const books = new Map<string, string>();
  for (const c of signals.contacts) books.set(String(c.personId), c.book);
  const latest = new Map<string, (typeof state.invitationRows)[number]>();
  for (const row of state.invitationRows) if (row.direction === 'in') latest.set(row.personId, row);
  const invitations: ReceivedInvitation[] = [];
  for (const [personId, row] of latest) {
    const tie = state.byId.get(personId);
    if (!tie || tie.features.isConnection) continue;
    const person = state.network.people.get(Number(personId));
    const g = tie.goalMatch;
    const relevance = tie.title.isRecruiter
      ? 'a recruiter'
      : g.company !== undefined
        ? `at ${person?.company ?? 'a target company'}, a target company`
        : g.isTargetIndustry && tie.features.industry !== undefined
          ? `in ${naicsSectorName(tie.features.industry)}, a target industry`
          : g.isTargetRole
            ? 'in a target role'
            : undefined;
    const goals = state.network.goals.goals;
    const industries = new Set([
      ...goals.targetIndustries,
      ...(goals.ownerIndustry ? [goals.ownerIndustry] : []),
    ]);
    const inUserIndustry =
      tie.features.industry !== undefined && industries.has(tie.features.industry);
    const book = books.get(personId);
    const isKnown = tie.history.hasInteracted || book !== undefined;
    invitations.push({
      personId,
      name: person?.displayName ?? `person #${personId}`,
      ...(person?.title ? { title: person.title } : {}),
      ...(person?.company ? { company: person.company } : {}),
      note: row.note,
      sentAt: row.sentAt,
      isKnown,
      ...(isKnown
        ? { knownFrom: book ? `in your ${book} address book` : 'you have messaged' }
        : {}),
      ...(relevance ? { relevance } : {}),
      ...(tie.mutuals ? { mutuals: tie.mutuals.count } : {}),
      ...(inUserIndustry ? { inUserIndustry } : {}),
      ...(industries.size
        ? { userIndustries: [...industries].map((c) => naicsSectorName(c)).join('; ') }
        : {}),
    });
  }
  return triageInvitations(invitations, state.network.goals.goals);
}

/** Introductions the user could make: connections they have been in touch with, by field. */
export async function suggestIntroductionsFor(
  store: Store,
  options: DayOptions & { limit?: number } = {},
): Promise<SuggestedIntroduction[]> {
  const { accountId, day, at } = dayOf(options);
  const state = await loadOutreachState(store, { accountId, day, now: at });
  const ties: IntroductionTie[] = [];
  for (const s of state.network.scored) {
    if (!s.features.isConnection || !s.history.hasInteracted || s.title.function === 'other')
      continue;
    const person = state.network.people.get(Number(s.personId));
    if (!person?.company) continue;
    ties.push({
      personId: s.personId,
      name: person.displayName,
      company: person.company,
      field: s.title.function,
      fieldLabel: s.title.function.replace(/-/g, ' '),
      closeness: s.closeness,
    });
  }
  return suggestIntroductions(ties, options.limit ?? 10);
}

export interface OutreachReview {
  day: string;
  outcomes: OutcomeReport;
  ledger: (LedgerLine & { name: string })[];
  posting: PostingRhythm;
}

/** The user's own experiment, the reciprocity ledger and the posting rhythm. */
export async function reviewOutreach(
  store: Store,
  options: DayOptions = {},
): Promise<OutreachReview> {
  const { accountId, day, at } = dayOf(options);
  const state = await loadOutreachState(store, { accountId, day, now: at });
  const [items, shares] = await Promise.all([
    listPlanItems(store.db, accountId, '0000-01-01', day),
    listShareDays(store.db, accountId),
  ]);
  const firstItem = new Map<string, { list: string; templateId?: string }>();
  for (const row of items) {
    if (row.status !== 'done' || firstItem.has(row.personId)) continue;
    try {
      const payload = JSON.parse(row.payload) as {
        item?: { list?: string; draft?: { templateId?: string } };
      };
      firstItem.set(row.personId, {
        list: payload.item?.list ?? 'pipeline',
        ...(payload.item?.draft?.templateId ? { templateId: payload.item.draft.templateId } : {}),
      });
    } catch {
      firstItem.set(row.personId, { list: 'pipeline' });
    }
  }
  const moves = new Map<string, PipelineMove[]>();
  for (const [id, entry] of state.entries) moves.set(id, entry.moves);
  const subjects: OutcomeSubject[] = [...state.entries.keys()].map((personId) => {
    const first = firstItem.get(personId);
    const tieClass = state.byId.get(personId)?.tieClass;
    return {
      personId,
      ...(tieClass ? { tieClass } : {}),
      ...(first ? { list: first.list } : {}),
      ...(first?.templateId ? { templateId: first.templateId } : {}),
    };
  });
  const ledger = buildLedger(state.allEvents).map((line) => ({
    ...line,
    name:
      state.network.people.get(Number(line.personId))?.displayName ?? `person #${line.personId}`,
  }));
  return {
    day,
    outcomes: summariseOutcomes(subjects, state.events, moves),
    ledger,
    posting: postingRhythm(shares, day, state.settings.weeklyPosts),
  };
}

/** Follow-up, circle-back and nurture reminders for the next `horizonDays`, as an .ics file. */
export async function exportReminders(
  store: Store,
  path: string,
  options: DayOptions & { horizonDays?: number } = {},
): Promise<Reminder[]> {
  const { accountId, day, at } = dayOf(options);
  const state = await loadOutreachState(store, { accountId, day, now: at });
  const reminders = upcomingReminders({
    day,
    horizonDays: options.horizonDays ?? 90,
    cadence: state.input.cadence,
    entries: state.entries,
    events: state.events,
    people: state.input.people,
  });
  try {
    await writeFile(path, buildIcs(reminders, (options.now ?? new Date()).toISOString()), 'utf8');
  } catch (error) {
    throw new AppError('io', `cannot write ${path}: ${(error as Error).message}`);
  }
  return reminders;
}
