/**
 * Today's plan (issue 7, item 3): a short ordered list mixing what the user owes (thanks,
 * circle-backs, follow-ups), conversations in progress (welcomes, homework, asks), nurture
 * touches, and new people drawn in turn from the ranked lists, sized to the user's daily minutes
 * and never past a platform limit (docs/science.md section 6). Each item says why, carries its draft
 * with the checks' verdicts, and names the limit that shaped it. Pure: the day is passed in.
 */
import type { TieClass } from '../ties/classify-tie.js';
import type { Goals } from '../ties/goals.js';
import type { CadenceSettings, ContactFacts } from './cadence.js';
import { contactFacts, daysBetween, followUpDue, nextNurtureDay, nurtureWeeks } from './cadence.js';
import { checkDraft } from './draft-checks.js';
import type { OutreachEvent } from './outreach-events.js';
import type { InvitationHistory, LimitName, LimitState, PacingSettings } from './pacing.js';
import {
  PACING_DEFAULTS,
  addDays,
  invitationAllowance,
  noteLength,
  reinviteAllowedFrom,
} from './pacing.js';
import type { CandidateList, Draft, ItemKind, ItemLogEntry, PlanItem } from './plan-item.js';
import { CANDIDATE_LISTS, ITEM_MINUTES, completeItem } from './plan-item.js';
import type { HelpKind, PipelineEntry } from './pipeline.js';
import { applyMove, checkMove, stageOn } from './pipeline.js';
import type { PlaceholderValues, Situation, Template } from './templates.js';
import { SITUATION_RULES, renderTemplate } from './templates.js';

export interface PersonFacts {
  personId: string;
  name: string;
  company?: string;
  title?: string;
  profileLink?: string;
  tieClass?: TieClass;
  isConnection: boolean;
  isRecruiter: boolean;
  /** The person's company is one of the goals' target companies. */
  atTargetCompany: boolean;
  /** "we worked together at Acme", "we last talked in 2021". */
  commonGround?: string;
  /** The tie model's reason (ranked-entry.ts), when the person is on a list. */
  reason?: string;
}

export interface Candidate {
  personId: string;
  list: CandidateList;
  reason: string;
}

export interface PlanInput {
  day: string;
  goals: Goals;
  pacing: PacingSettings;
  cadence: CadenceSettings;
  /** Ranked: each list's candidates in rank order. */
  candidates: readonly Candidate[];
  people: ReadonlyMap<string, PersonFacts>;
  entries: ReadonlyMap<string, PipelineEntry>;
  events: ReadonlyMap<string, readonly OutreachEvent[]>;
  invitations: InvitationHistory;
  itemLog: readonly ItemLogEntry[];
  /** Built-in and user templates. */
  templates: readonly Template[];
  /** How often each template was used, so the user's own templates take turns (item 8). */
  templateUses: ReadonlyMap<string, number>;
}

export interface ShapingNote {
  limit: LimitName;
  message: string;
}

export interface DayPlan {
  day: string;
  items: PlanItem[];
  minutesAvailable: number;
  minutesPlanned: number;
  limits: LimitState[];
  /** Which limits shaped today's plan, in words. */
  shapedBy: ShapingNote[];
  /** Things to fix before the drafts can be good (a missing solution message...). */
  notes: string[];
}

/** Share of the daily minutes conversations in progress may take (design choice). */
export const IN_PROGRESS_SHARE = 0.6;

const HELP_PHRASES: Readonly<Record<HelpKind, string>> = {
  referral: 'the referral',
  introduction: 'the introduction',
  advice: 'your advice',
  interview: 'your help with the interview',
};

// Owed first, then in progress, then nurture, then new people (design choice, docs/product.md
// "Honour their advice": commitments before new asks).
const PRIORITY: Readonly<Record<ItemKind, number>> = {
  'thank-you': 0,
  'circle-back': 1,
  'follow-up': 2,
  welcome: 3,
  'recruiter-note': 3,
  ask: 4,
  homework: 4,
  nurture: 5,
  reconnect: 6,
  invite: 6,
};

function firstName(name: string): string {
  return name.trim().split(/\s+/)[0] ?? '';
}

function shortDay(day: string): string {
  const months = [
    'Jan',
    'Feb',
    'Mar',
    'Apr',
    'May',
    'Jun',
    'Jul',
    'Aug',
    'Sep',
    'Oct',
    'Nov',
    'Dec',
  ];
  const [, m, d] = day.split('-');
  return `${Number(d)} ${months[Number(m) - 1] ?? ''}`.trim();
}

interface Proposal {
  item: Omit<PlanItem, 'position' | 'minutes'>;
  priority: number;
  /** Older first among equals. */
  since: string;
}

/** Placeholder values for one person from the person, the goals and the pipeline. */
export function placeholderValues(
  person: PersonFacts,
  goals: Goals,
  entry: PipelineEntry | undefined,
  facts: ContactFacts | undefined,
  result?: string,
): PlaceholderValues {
  return {
    firstName: firstName(person.name),
    company: person.company,
    title: person.title,
    solution: goals.solution,
    targetRole: goals.targetRoles[0],
    // Another target than their own company: "anyone at {company} or {targetCompany}".
    targetCompany: goals.targetCompanies.find(
      (c) => c.trim().toLowerCase() !== (person.company ?? '').trim().toLowerCase(),
    ),
    commonGround: person.commonGround,
    help: entry?.help ? HELP_PHRASES[entry.help] : undefined,
    result,
    lastContact: facts?.lastMessageDay ? shortDay(facts.lastMessageDay) : undefined,
  };
}

/** The template for a situation: the least used of the built-in and the user's (item 8). */
export function pickTemplate(
  situation: Situation,
  templates: readonly Template[],
  uses: ReadonlyMap<string, number>,
): Template | undefined {
  const options = templates.filter((t) => t.situation === situation);
  let best: Template | undefined;
  for (const t of options) {
    const n = uses.get(t.id) ?? 0;
    const bestUses = best === undefined ? Infinity : (uses.get(best.id) ?? 0);
    if (n < bestUses || (n === bestUses && best?.builtIn === true && !t.builtIn)) best = t;
  }
  return best;
}

/** Renders a template for a person and runs every check on the result. */
export function draftFor(
  template: Template,
  values: PlaceholderValues,
  person: PersonFacts,
  pacing: PacingSettings,
): Draft {
  const rules = SITUATION_RULES[template.situation];
  const text = renderTemplate(template.text, values);
  const maxLength = rules.channel === 'invitation-note' ? noteLength(pacing) : pacing.messageLength;
  const details = [person.company, person.title, person.commonGround].filter(
    (d): d is string => d !== undefined && d.trim() !== '',
  );
  return {
    templateId: template.id,
    situation: template.situation,
    text,
    maxLength,
    problems: checkDraft(text, {
      maxLength,
      requiresAsk: rules.requiresAsk,
      personalDetails: details,
    }),
  };
}

const SITUATION_OF: Partial<Record<ItemKind, Situation>> = {
  'thank-you': 'thank-you',
  'circle-back': 'circle-back',
  'follow-up': 'follow-up',
  welcome: 'welcome',
  'recruiter-note': 'recruiter-note',
  ask: 'advice-request',
  nurture: 'nurture',
  reconnect: 'reconnect',
};

const ACTIONS: Readonly<Record<ItemKind, string>> = {
  'thank-you': 'Thank them today: copy the note, open their profile, send it.',
  'circle-back': 'Circle back: tell them what came of their help (fill in the result).',
  'follow-up': 'Follow up once, briefly; if they stay silent, let it rest.',
  welcome:
    'They accepted: say thanks and start a conversation (the ready replies cover "are you hiring?").',
  'recruiter-note': 'Make it easy to place you: roles, level, sectors, when you can start.',
  ask: 'Ask for one specific piece of advice; never "can I pick your brain?"; offer something back.',
  homework:
    'Do your homework before asking: follow them and leave a thoughtful comment on a recent post.',
  nurture: 'Nurture: a short note or a useful share, no ask.',
  reconnect: 'Reconnect: recall what you shared, give your news, ask one specific thing.',
  invite: 'Invite them with the personal note below.',
};

function lastNote(events: readonly OutreachEvent[] | undefined, since: string): string | undefined {
  let note: string | undefined;
  for (const e of events ?? []) {
    if (e.at >= since && e.note && (e.kind === 'note' || e.kind === 'help-received')) note = e.note;
  }
  return note;
}

/** The next action for a person already in the pipeline, if one is due on `day`. */
function pipelineProposal(
  entry: PipelineEntry,
  person: PersonFacts,
  input: PlanInput,
): Proposal | undefined {
  const { day, cadence } = input;
  const stage = stageOn(entry, day);
  const events = input.events.get(entry.personId);
  const facts = contactFacts(events ?? [], day);
  const sinceDay = entry.since.slice(0, 10);
  const sentSince = (action: string) => {
    const d = facts.actionDays.get(action);
    return d !== undefined && d >= sinceDay;
  };
  const isWeak = person.tieClass !== 'strong';
  const base = {
    personId: entry.personId,
    name: person.name,
    list: 'pipeline' as const,
    stage,
    ...(person.tieClass ? { tieClass: person.tieClass } : {}),
    ...(person.profileLink ? { profileLink: person.profileLink } : {}),
  };
  const make = (kind: ItemKind, anchor: string, why: string): Proposal => ({
    item: {
      ...base,
      key: `${kind}:${entry.personId}:${anchor}`,
      kind,
      reason: why,
      action: ACTIONS[kind],
    },
    priority: PRIORITY[kind],
    since: anchor,
  });
  const tie = person.reason ? ` ${person.reason}` : '';
  const followUp = () => {
    const due = followUpDue(facts, day, cadence);
    if (!due.due || due.since === undefined) return undefined;
    return make(
      'follow-up',
      due.since,
      `No answer since your message of ${due.since} (${daysBetween(due.since, day)} days): follow-up ${due.number} of ${cadence.maxFollowUps} (${cadence.followUpAfterDays}-day cadence, design choice).${tie}`,
    );
  };
  const askOrHomework = (why: string) => {
    const commented = facts.lastCommentDay !== undefined && facts.lastCommentDay >= sinceDay;
    if (isWeak && !commented) {
      return make(
        'homework',
        sinceDay,
        `${why} A weak tie: do your homework and comment before you ask.${tie}`,
      );
    }
    if (
      isWeak &&
      facts.lastCommentDay !== undefined &&
      daysBetween(facts.lastCommentDay, day) < cadence.homeworkBeforeAskDays
    ) {
      return undefined;
    }
    return make(
      'ask',
      sinceDay,
      `${why}${commented ? ` You commented on ${facts.lastCommentDay}.` : ''} Time for one specific ask; people agree far more often than we expect (Flynn and Lake 2008).${tie}`,
    );
  };
  const nurture = (isHelper: boolean) => {
    const weeks = nurtureWeeks(cadence, person.tieClass, isHelper);
    const due = nextNurtureDay(facts, weeks);
    if (due === undefined || due > day) return undefined;
    return make(
      'nurture',
      due,
      `Last contact ${facts.lastContactDay ?? 'unknown'}: a nurture touch every ${weeks} weeks keeps the tie alive (design choice).${tie}`,
    );
  };

  switch (stage) {
    case 'connected': {
      const cameByInvitation = entry.moves.some((m) => m.stage === 'invited');
      if (facts.lastMessageDay === undefined || facts.lastMessageDay < sinceDay) {
        if (cameByInvitation) {
          return make(
            person.isRecruiter ? 'recruiter-note' : 'welcome',
            sinceDay,
            `Accepted your invitation on ${sinceDay}.${tie}`,
          );
        }
        return askOrHomework(`Connected, never asked.`);
      }
      return followUp();
    }
    case 'in-conversation':
      if (!sentSince('ask'))
        return askOrHomework(`In conversation since ${sinceDay}.`) ?? followUp();
      return followUp();
    case 'asked':
    case 'messaged':
      return followUp();
    case 'replied':
      if (!sentSince('ask')) {
        return make(
          'ask',
          sinceDay,
          `Replied on ${sinceDay}: suggest a 15-minute call and ask one specific thing.${tie}`,
        );
      }
      return followUp();
    case 'helped':
    case 'met': {
      const what =
        stage === 'helped'
          ? `Helped you (${entry.help ?? 'advice'}) on ${sinceDay}`
          : `You met on ${sinceDay}`;
      if (!sentSince('thank-you'))
        return make('thank-you', sinceDay, `${what}: thank them today.${tie}`);
      if (
        stage === 'helped' &&
        !sentSince('circle-back') &&
        daysBetween(sinceDay, day) >= cadence.circleBackAfterDays
      ) {
        return make(
          'circle-back',
          sinceDay,
          `${what}, ${daysBetween(sinceDay, day)} days ago: circle back and tell them how their advice worked out.${tie}`,
        );
      }
      return nurture(true);
    }
    default:
      return undefined;
  }
}

function newProposal(candidate: Candidate, person: PersonFacts): Proposal | undefined {
  let kind: ItemKind;
  if (!person.isConnection) kind = 'invite';
  else if (candidate.list === 'reconnect') kind = 'reconnect';
  else if (candidate.list === 'recruiters') kind = 'recruiter-note';
  else if (candidate.list === 'helpers' || person.tieClass === 'strong') kind = 'ask';
  else kind = 'homework';
  const why =
    kind === 'homework' ? ' First step: comment on a recent post, then ask in a few days.' : '';
  return {
    item: {
      key: `${kind}:${candidate.personId}:new`,
      kind,
      personId: candidate.personId,
      name: person.name,
      list: candidate.list,
      stage: 'new',
      ...(person.tieClass ? { tieClass: person.tieClass } : {}),
      ...(person.profileLink ? { profileLink: person.profileLink } : {}),
      reason: `From your ${candidate.list} list: ${candidate.reason}${why}`,
      action: ACTIONS[kind],
    },
    priority: PRIORITY[kind],
    since: '9999-12-31',
  };
}

/** Takes one from each list in turn, so no list crowds out the others (docs/product.md diversity). */
function interleave(candidates: readonly Candidate[]): Candidate[] {
  const byList = new Map<CandidateList, Candidate[]>();
  for (const c of candidates) {
    const list = byList.get(c.list);
    if (list) list.push(c);
    else byList.set(c.list, [c]);
  }
  const queues = CANDIDATE_LISTS.map((l) => byList.get(l) ?? []);
  const out: Candidate[] = [];
  const seen = new Set<string>();
  for (let i = 0; queues.some((q) => i < q.length); i += 1) {
    for (const q of queues) {
      const c = q[i];
      if (c && !seen.has(c.personId)) {
        seen.add(c.personId);
        out.push(c);
      }
    }
  }
  return out;
}

function solutionNotes(goals: Goals): string[] {
  if (!goals.solution?.trim()) {
    return [
      'No solution message yet: say what problems you solve (weakties goals set --solution "...") and every draft will carry it.',
    ];
  }
  const problems = checkDraft(goals.solution, {
    maxLength: Infinity,
    requiresAsk: false,
    personalDetails: [goals.solution],
  });
  const generic = problems.find((p) => p.code === 'generic-phrase');
  return generic ? [`Your solution message ${generic.reason}`] : [];
}

export function planDay(input: PlanInput): DayPlan {
  const { day, pacing } = input;
  const closed = new Set<string>();
  const snoozedUntil = new Map<string, string>();
  const firstShown = new Map<string, string>();
  for (const log of input.itemLog) {
    if (log.status === 'done' || log.status === 'skipped') closed.add(log.key);
    if (log.status === 'snoozed' && log.until) {
      const prev = snoozedUntil.get(log.key);
      if (prev === undefined || log.until > prev) snoozedUntil.set(log.key, log.until);
    }
    if (log.status === 'shown' && log.day < day) {
      const prev = firstShown.get(log.key);
      if (prev === undefined || log.day < prev) firstShown.set(log.key, log.day);
    }
  }
  const isOpen = (key: string) => {
    if (closed.has(key)) return false;
    const until = snoozedUntil.get(key);
    return until === undefined || until <= day;
  };

  const allowance = invitationAllowance(pacing, input.invitations, day);
  const shapedBy: ShapingNote[] = [];
  const shape = (limit: LimitName, message: string) => {
    if (!shapedBy.some((s) => s.limit === limit && s.message === message))
      shapedBy.push({ limit, message });
  };

  const owed: Proposal[] = [];
  const invites: Proposal[] = [];
  const fresh: Proposal[] = [];
  const ids = [...input.entries.keys()].sort();
  for (const id of ids) {
    const entry = input.entries.get(id);
    const person = input.people.get(id);
    if (!entry || !person) continue;
    const stage = stageOn(entry, day);
    if (stage === 'to-invite') {
      if (entry.withdrawnAt) {
        const from = reinviteAllowedFrom(pacing, entry.withdrawnAt);
        if (day < from) {
          shape(
            'reinvite-block',
            `${person.name}: invitation withdrawn on ${entry.withdrawnAt.slice(0, 10)}, so not before ${from} (LinkedIn blocks re-inviting for up to 3 weeks).`,
          );
          continue;
        }
      }
      const p = newProposal(
        {
          personId: id,
          list: person.isRecruiter ? 'recruiters' : 'invite',
          reason: person.reason ?? 'you chose to invite them.',
        },
        person,
      );
      if (p)
        invites.push({
          ...p,
          item: {
            ...p.item,
            key: `invite:${id}:${entry.since.slice(0, 10)}`,
            kind: 'invite',
            stage,
            list: 'pipeline',
            action: ACTIONS.invite,
          },
        });
      continue;
    }
    if (stage === 'to-reconnect') {
      fresh.push({
        item: {
          key: `reconnect:${id}:${entry.since.slice(0, 10)}`,
          kind: 'reconnect',
          personId: id,
          name: person.name,
          list: 'pipeline',
          stage,
          ...(person.tieClass ? { tieClass: person.tieClass } : {}),
          ...(person.profileLink ? { profileLink: person.profileLink } : {}),
          reason: `You chose to reconnect.${person.reason ? ` ${person.reason}` : ''}`,
          action: ACTIONS.reconnect,
        },
        priority: PRIORITY.reconnect,
        since: entry.since,
      });
      continue;
    }
    const p = pipelineProposal(entry, person, input);
    if (p) owed.push(p);
  }
  for (const c of interleave(input.candidates)) {
    if (input.entries.has(c.personId)) continue;
    const person = input.people.get(c.personId);
    if (!person) continue;
    const p = newProposal(c, person);
    if (!p) continue;
    (p.item.kind === 'invite' ? invites : fresh).push(p);
  }

  owed.sort(
    (a, b) => a.priority - b.priority || (a.since < b.since ? -1 : a.since > b.since ? 1 : 0),
  );

  const items: PlanItem[] = [];
  const planned = new Set<string>();
  let minutesLeft = pacing.dailyMinutes;
  let invitationsLeft = allowance.invitations;
  let notesLeft = allowance.notes;
  let leftForTime = 0;
  const uses = new Map(input.templateUses);

  const place = (p: Proposal): boolean => {
    const item = p.item;
    if (planned.has(item.personId) || !isOpen(item.key)) return false;
    const minutes = ITEM_MINUTES[item.kind];
    if (minutes > minutesLeft) {
      leftForTime += 1;
      return false;
    }
    const person = input.people.get(item.personId);
    if (!person) return false;
    const entry = input.entries.get(item.personId);
    const events = input.events.get(item.personId);
    const facts = contactFacts(events ?? [], day);
    const values = placeholderValues(
      person,
      input.goals,
      entry,
      facts,
      entry ? lastNote(events, entry.since) : undefined,
    );
    const full: PlanItem = { ...item, position: items.length + 1, minutes };
    const carried = firstShown.get(item.key);
    if (carried) full.carriedOverFrom = carried;
    if (item.kind === 'invite') {
      const withNote = notesLeft === undefined || notesLeft > 0;
      full.withNote = withNote;
      if (withNote) {
        if (notesLeft !== undefined) notesLeft -= 1;
      } else {
        full.limit = `note quota: ${pacing.freeNotesPerMonth} personalised notes a month on a free account (LinkedIn's limit) are used up; send the invitation without a note and write once they accept.`;
        shape('note-quota', full.limit);
      }
      const situation: Situation = person.isRecruiter ? 'invite-recruiter' : 'invite-peer';
      const template = pickTemplate(situation, input.templates, uses);
      if (template && withNote) {
        full.draft = draftFor(template, values, person, pacing);
        uses.set(template.id, (uses.get(template.id) ?? 0) + 1);
      }
    } else {
      const situation = SITUATION_OF[item.kind];
      const template = situation ? pickTemplate(situation, input.templates, uses) : undefined;
      if (template) {
        full.draft = draftFor(template, values, person, pacing);
        uses.set(template.id, (uses.get(template.id) ?? 0) + 1);
      }
      if (item.kind === 'welcome') {
        const reply = pickTemplate(
          input.goals.stance === 'active' ? 'hiring-reply-active' : 'hiring-reply-contemplating',
          input.templates,
          uses,
        );
        if (reply) full.replies = [draftFor(reply, values, person, pacing)];
      }
    }
    items.push(full);
    planned.add(item.personId);
    minutesLeft -= minutes;
    return true;
  };

  // Conversations in progress may fill at most this share of the day when new people wait, so
  // growth never stalls behind a backlog; what the user owes (thanks, circle-backs, follow-ups)
  // is never capped (design choice).
  const progressBudget = Math.floor(pacing.dailyMinutes * IN_PROGRESS_SHARE);
  let progressMinutes = 0;
  const hasNew = invites.length + fresh.length > 0;
  for (const p of owed) {
    const isProgress = p.priority >= PRIORITY.welcome;
    const minutes = ITEM_MINUTES[p.item.kind];
    if (isProgress && hasNew && progressMinutes + minutes > progressBudget) continue;
    if (place(p) && isProgress) progressMinutes += minutes;
  }
  // New people: invitations and other first contacts take turns, invitations within pacing.
  const minMinutes = Math.min(...Object.values(ITEM_MINUTES));
  let i = 0;
  let j = 0;
  let invitesHeldBack = 0;
  while ((i < invites.length || j < fresh.length) && minutesLeft >= minMinutes) {
    const invite = invites[i];
    if (invite !== undefined) {
      i += 1;
      if (invitationsLeft > 0) {
        if (place(invite)) invitationsLeft -= 1;
      } else if (isOpen(invite.item.key) && !planned.has(invite.item.personId)) {
        invitesHeldBack += 1;
      }
    }
    const next = fresh[j];
    if (next !== undefined) {
      j += 1;
      place(next);
    }
  }
  if (invitesHeldBack > 0) {
    for (const name of allowance.shapedBy) {
      const limit = allowance.limits.find((l) => l.name === name);
      if (limit) {
        shape(
          name,
          `Invitations stop at ${allowance.invitations} today: ${limit.description}; ${limit.used} used.`,
        );
      }
    }
  }
  if (leftForTime > 0 || i < invites.length || j < fresh.length) {
    shape(
      'daily-minutes',
      `Sized to your ${pacing.dailyMinutes} minutes a day (${PACING_DEFAULTS.dailyMinutes.source}; change it with: weakties plan settings --minutes N).`,
    );
  }
  return {
    day,
    items,
    minutesAvailable: pacing.dailyMinutes,
    minutesPlanned: pacing.dailyMinutes - minutesLeft,
    limits: allowance.limits,
    shapedBy,
    notes: solutionNotes(input.goals),
  };
}

/**
 * A week ahead, assuming every item is done on its day and nobody answers yet: what the pacing
 * and the cadences will ask of the user. Each day's plan feeds the next.
 */
export function planWeek(input: PlanInput, days = 7): DayPlan[] {
  const plans: DayPlan[] = [];
  let state = input;
  for (let d = 0; d < days; d += 1) {
    const day = addDays(input.day, d);
    const plan = planDay({ ...state, day });
    plans.push(plan);
    state = applyPlanDone(state, plan, `${day}T12:00:00.000Z`);
  }
  return plans;
}

/** The state after every item of a plan is marked done at `at` (used by planWeek and tests). */
export function applyPlanDone(input: PlanInput, plan: DayPlan, at: string): PlanInput {
  const entries = new Map(input.entries);
  const events = new Map(input.events);
  const sentDays = [...input.invitations.sentDays];
  const noteDays = [...input.invitations.noteDays];
  let pending = input.invitations.pending;
  let rampStartedOn = input.invitations.rampStartedOn;
  const uses = new Map(input.templateUses);
  const itemLog = [...input.itemLog];
  for (const item of plan.items) {
    const done = completeItem(item, entries.get(item.personId), at);
    for (const move of done.moves) {
      const current = entries.get(item.personId);
      if (checkMove(current, move) === undefined)
        entries.set(item.personId, applyMove(current, move));
    }
    if (done.events.length)
      events.set(item.personId, [...(events.get(item.personId) ?? []), ...done.events]);
    if (item.kind === 'invite') {
      sentDays.push(plan.day);
      if (item.withNote) noteDays.push(plan.day);
      pending += 1;
      rampStartedOn ??= plan.day;
    }
    if (item.draft) uses.set(item.draft.templateId, (uses.get(item.draft.templateId) ?? 0) + 1);
    itemLog.push({ key: item.key, day: plan.day, status: 'done' });
  }
  return {
    ...input,
    entries,
    events,
    itemLog,
    templateUses: uses,
    invitations: {
      ...input.invitations,
      sentDays,
      noteDays,
      pending,
      ...(rampStartedOn ? { rampStartedOn } : {}),
    },
  };
}
