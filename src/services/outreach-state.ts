/**
 * Everything the outreach planner reads, assembled from the store (issue 7): the scored network
 * and its ranked lists, the pipeline (stored moves plus what imports show), events, pacing
 * history, templates and the plan log. Imports move the pipeline (item 1): a pending invitation
 * in the export puts the person at "invited", a new connection after an invitation counts as an
 * acceptance, and a one-to-one message after a stage began counts as an answer or a message.
 */
import { metAtEvent } from '../core/ties/met-at-event.js';
import type { CadenceSettings } from '../core/outreach/cadence.js';
import { defaultCadence } from '../core/outreach/cadence.js';
import type { OutreachEvent } from '../core/outreach/outreach-events.js';
import { impliedMove } from '../core/outreach/outreach-events.js';
import type { AccountType, InvitationHistory, PacingSettings } from '../core/outreach/pacing.js';
import { addDays, resolvePacing } from '../core/outreach/pacing.js';
import type { ItemLogEntry } from '../core/outreach/plan-item.js';
import { CANDIDATE_LISTS } from '../core/outreach/plan-item.js';
import type { Candidate, PersonFacts, PlanInput } from '../core/outreach/planner.js';
import type { PipelineEntry, PipelineMove } from '../core/outreach/pipeline.js';
import { applyMove, buildPipeline, checkMove } from '../core/outreach/pipeline.js';
import type { Template } from '../core/outreach/templates.js';
import { BUILT_IN_TEMPLATES } from '../core/outreach/templates.js';
import { profileLink } from '../core/profile-url.js';
import { hiddenForDiscretion, isCurrentEmployer } from '../core/outreach/current-employer.js';
import {
  colleagueFact,
  connectedFact,
  conversationFact,
  endorsementFact,
  eventFact,
  groupFact,
  meetingFact,
  mutualFact,
  recommendationFact,
  roleFact,
  strongestFact,
  type SharedFact,
} from '../core/outreach/shared-facts.js';
import { normaliseCompanyName } from '../core/ties/company-name.js';
import { capitalise, classPhrase, wherePhrase } from '../core/ties/ranked-entry.js';
import { loadOwnerHistory } from '../store/owner-store.js';
import {
  loadConversationFacts,
  loadEndorsedSkills,
  loadOwnerEvents,
  type ConversationFacts,
  type OwnerEvent,
} from '../store/shared-facts-store.js';
import type { ScoredTie } from '../core/ties/score-tie.js';
import type { Store } from '../store/open-store.js';
import {
  getOutreachSettings,
  listDirectMessages,
  listEvents,
  listInvitationRows,
  listItemLog,
  listMoves,
  listUserTemplates,
  type InvitationRow,
} from '../store/outreach-store.js';
import { rankList, scoreNetwork, type ScoredNetwork } from './recommend.js';

/** Accepted invitations this recent are welcomed on first use (design choice: two weeks). */
export const RECENT_ACCEPTANCE_DAYS = 14;
/** Candidates read from each ranked list (design choice: far more than a week can use). */
export const CANDIDATES_PER_LIST = 60;

export interface OutreachSettingsView {
  accountType: AccountType;
  dailyMinutes: number;
  weeklyPosts: number;
  overrides: Record<string, unknown>;
  issues: string[];
}

export interface OutreachState {
  accountId: number;
  network: ScoredNetwork;
  byId: Map<string, ScoredTie>;
  settings: OutreachSettingsView;
  /** Moves as stored, and the entries they give with what imports show. */
  storedMoves: PipelineMove[];
  storedPeople: Set<string>;
  derivedMoves: Map<string, PipelineMove[]>;
  entries: Map<string, PipelineEntry>;
  events: Map<string, OutreachEvent[]>;
  allEvents: OutreachEvent[];
  invitationRows: InvitationRow[];
  input: PlanInput;
}

function parseObject(json: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(json);
    return value !== null && typeof value === 'object' && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : {};
  } catch {
    return {};
  }
}

export async function loadOutreachSettings(
  store: Store,
  accountId: number,
): Promise<OutreachSettingsView> {
  const row = await getOutreachSettings(store.db, accountId);
  const accountType: AccountType = row?.accountType === 'premium' ? 'premium' : 'free';
  const overrides = row ? parseObject(row.pacingOverrides) : {};
  const { issues } = resolvePacing(accountType, overrides);
  return {
    accountType,
    dailyMinutes: row?.dailyMinutes ?? 20,
    weeklyPosts: row?.weeklyPosts ?? 1,
    overrides,
    issues,
  };
}

export function pacingFrom(settings: OutreachSettingsView): PacingSettings {
  const { settings: pacing } = resolvePacing(settings.accountType, settings.overrides);
  pacing.dailyMinutes = settings.dailyMinutes;
  return pacing;
}

/** How the user and this person share something: for the {commonGround} placeholder. */
function commonGround(s: ScoredTie, goals: ScoredNetwork['goals']['goals']): string | undefined {
  if (s.features.company && isCurrentEmployer(s.features.company, goals)) {
    return `we work together at ${s.features.company}`;
  }
  if (s.features.formerColleague && s.features.company) {
    return `we worked together at ${s.features.company}`;
  }
  const last = s.features.lastInteractionAt;
  if (last && /^\d{4}/.test(last)) return `we last talked in ${last.slice(0, 4)}`;
  return undefined;
}

function personFacts(
  network: ScoredNetwork,
  s: ScoredTie,
  reason?: string,
  fact?: SharedFact,
): PersonFacts {
  const person = network.people.get(Number(s.personId));
  const where = wherePhrase(s);
  const ground = commonGround(s, network.goals.goals);
  return {
    personId: s.personId,
    name: person?.displayName || `person #${s.personId}`,
    ...(person?.company ? { company: person.company } : {}),
    ...(person?.title ? { title: person.title } : {}),
    ...(person?.profileUrl ? { profileLink: profileLink(person.profileUrl) } : {}),
    tieClass: s.tieClass,
    isConnection: s.features.isConnection,
    isRecruiter: s.title.isRecruiter,
    atTargetCompany: s.goalMatch.company !== undefined,
    ...(ground ? { commonGround: ground } : {}),
    ...(fact ? { fact } : {}),
    reason: reason ?? `${capitalise(classPhrase(s))}${where ? ` ${where}` : ''}.`,
  };
}

function isoAt(day: string): string {
  return `${day}T00:00:00.000Z`;
}

/**
 * Entries from stored moves, then what imports add: for people not in the pipeline, pending
 * invitations and recent acceptances; for everyone in it, acceptances and messages after the
 * stage began (as events, which imply moves).
 */
async function deriveFromImports(
  store: Store,
  accountId: number,
  day: string,
  network: ScoredNetwork,
  byId: Map<string, ScoredTie>,
  storedEntries: Map<string, PipelineEntry>,
  invitationRows: InvitationRow[],
  recordedMessageDays: ReadonlySet<string>,
): Promise<{
  entries: Map<string, PipelineEntry>;
  derivedMoves: Map<string, PipelineMove[]>;
  importEvents: OutreachEvent[];
}> {
  const entries = new Map(storedEntries);
  const derivedMoves = new Map<string, PipelineMove[]>();
  const lastOut = new Map<string, InvitationRow>();
  for (const row of invitationRows) {
    if (row.direction === 'out' && row.sentAt.slice(0, 10) <= day) lastOut.set(row.personId, row);
  }
  const recentFrom = addDays(day, -RECENT_ACCEPTANCE_DAYS);
  for (const [personId, row] of lastOut) {
    if (entries.has(personId)) continue;
    const tie = byId.get(personId);
    if (!tie) continue;
    const moves: PipelineMove[] = [
      { personId, stage: 'invited', at: row.sentAt, source: 'import' },
    ];
    const connectedOn = network.people.get(Number(personId))?.connectedOn ?? undefined;
    if (tie.features.isConnection) {
      if (!connectedOn || connectedOn < recentFrom || connectedOn > day) continue;
      const at = connectedOn >= row.sentAt.slice(0, 10) ? isoAt(connectedOn) : row.sentAt;
      moves.push({
        personId,
        stage: 'connected',
        at: at < row.sentAt ? row.sentAt : at,
        source: 'import',
      });
    }
    let entry: PipelineEntry | undefined;
    for (const m of moves) entry = applyMove(entry, m);
    if (entry) {
      entries.set(personId, entry);
      derivedMoves.set(personId, moves);
    }
  }

  const importEvents: OutreachEvent[] = [];
  for (const [personId, entry] of storedEntries) {
    const tie = byId.get(personId);
    const connectedOn = network.people.get(Number(personId))?.connectedOn ?? undefined;
    if (
      entry.activeStage === 'invited' &&
      tie?.features.isConnection &&
      connectedOn &&
      connectedOn <= day
    ) {
      const at = isoAt(connectedOn) < entry.since ? entry.since : isoAt(connectedOn);
      importEvents.push({ personId, kind: 'accepted', at, source: 'import' });
    }
  }
  const ids = [...entries.keys()].map(Number).filter(Number.isFinite);
  const messages = await listDirectMessages(store.db, accountId, ids);
  for (const m of messages) {
    const entry = entries.get(m.personId);
    if (!entry || m.at < (entry.moves[0]?.at ?? entry.since) || m.at.slice(0, 10) > day) continue;
    // A message the plan or the log already recorded that day is the same message.
    if (m.direction === 'out' && recordedMessageDays.has(`${m.personId}|${m.at.slice(0, 10)}`))
      continue;
    importEvents.push({
      personId: m.personId,
      kind: m.direction === 'in' ? 'answer' : 'message',
      at: m.at,
      source: 'import',
    });
  }
  importEvents.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  for (const e of importEvents) {
    const entry = entries.get(e.personId);
    const move = impliedMove(entry, e);
    if (move && checkMove(entry, move) === undefined) {
      entries.set(e.personId, applyMove(entry, move));
      derivedMoves.set(e.personId, [...(derivedMoves.get(e.personId) ?? []), move]);
    }
  }
  return { entries, derivedMoves, importEvents };
}

function invitationHistory(
  rows: InvitationRow[],
  moves: PipelineMove[],
  entries: Map<string, PipelineEntry>,
  connections: number,
  day: string,
): InvitationHistory {
  const sent = new Set<string>();
  const notes = new Set<string>();
  const sentDays: string[] = [];
  const noteDays: string[] = [];
  const add = (personId: string, d: string, withNote: boolean) => {
    const key = `${personId}|${d}`;
    if (!sent.has(key)) {
      sent.add(key);
      sentDays.push(d);
    }
    if (withNote && !notes.has(key)) {
      notes.add(key);
      noteDays.push(d);
    }
  };
  for (const r of rows)
    if (r.direction === 'out') add(r.personId, r.sentAt.slice(0, 10), r.note.trim() !== '');
  let rampStartedOn: string | undefined;
  for (const m of moves) {
    if (m.stage !== 'invited' || m.source === 'import') continue;
    const d = m.at.slice(0, 10);
    add(m.personId, d, m.reason === 'with-note');
    if (m.source === 'plan' && (rampStartedOn === undefined || d < rampStartedOn))
      rampStartedOn = d;
  }
  let pending = 0;
  for (const e of entries.values())
    if (e.stage === 'invited' || (e.stage === 'snoozed' && e.activeStage === 'invited'))
      pending += 1;
  return {
    sentDays: sentDays.filter((d) => d <= day),
    noteDays: noteDays.filter((d) => d <= day),
    pending,
    connections,
    ...(rampStartedOn ? { rampStartedOn } : {}),
  };
}

export interface FactSources {
  positions: { company: string; startedOn: string; finishedOn: string }[];
  events: OwnerEvent[];
  conversations: ConversationFacts[];
  skills: Map<number, string>;
}

export async function loadFactSources(store: Store, accountId: number): Promise<FactSources> {
  const [history, events, conversations, skills] = await Promise.all([
    loadOwnerHistory(store.db, accountId),
    loadOwnerEvents(store.db, accountId),
    loadConversationFacts(store.db, accountId),
    loadEndorsedSkills(store.db, accountId),
  ]);
  return { positions: history.positions, events, conversations, skills };
}

/** Every concrete fact the store holds for each of these people, the strongest first. */
export function sharedFactsFor(
  network: ScoredNetwork,
  byId: Map<string, ScoredTie>,
  ids: Iterable<string>,
  sources: FactSources,
): Map<string, SharedFact> {
  const wanted = new Set(ids);
  const goals = network.goals.goals;
  const inConversations = new Map<number, ConversationFacts[]>();
  for (const c of sources.conversations) {
    for (const m of c.members) {
      if (!wanted.has(String(m))) continue;
      const list = inConversations.get(m);
      if (list) list.push(c);
      else inConversations.set(m, [c]);
    }
  }
  const positions = sources.positions.map((p) => ({ ...p, key: normaliseCompanyName(p.company) }));
  const out = new Map<string, SharedFact>();
  for (const id of wanted) {
    const s = byId.get(id);
    if (!s) continue;
    const pid = Number(id);
    const person = network.people.get(pid);
    const facts: SharedFact[] = [];
    const f = s.features;
    if (f.recommendationsReceived > 0) facts.push(recommendationFact('received'));
    else if (f.recommendationsGiven > 0) facts.push(recommendationFact('given'));
    const key = normaliseCompanyName(f.company ?? '');
    const position = key === '' ? undefined : positions.find((p) => p.key === key);
    if (position && f.company) {
      facts.push(
        colleagueFact(
          f.company,
          position.startedOn,
          position.finishedOn,
          isCurrentEmployer(f.company, goals),
        ),
      );
    }
    const event = metAtEvent(person?.connectedOn, sources.events);
    if (event) facts.push(eventFact(event.name));
    const shared = (inConversations.get(pid) ?? []).sort((a, b) =>
      a.lastAt < b.lastAt ? 1 : a.lastAt > b.lastAt ? -1 : 0,
    );
    const meeting = shared.find((c) => c.channel === 'calendar' && (c.subject || c.title));
    if (meeting) {
      facts.push(
        meetingFact(meeting.subject || meeting.title, meeting.lastAt, meeting.members.length === 1),
      );
    }
    const group = shared.find(
      (c) => c.channel !== 'calendar' && c.members.length >= 2 && c.title.trim() !== '',
    );
    if (group) facts.push(groupFact(group.title.trim(), group.channel));
    const mutual = mutualByName(pid, shared, network);
    if (mutual) facts.push(mutualFact(mutual));
    if (f.endorsementsReceived > 0) facts.push(endorsementFact(sources.skills.get(pid) ?? ''));
    const last = shared[0] ?? undefined;
    if (f.lastInteractionAt) facts.push(conversationFact(f.lastInteractionAt, last?.channel));
    // A headline like "Open to work" is no role to name.
    const title =
      person?.title && !/open to|looking for|seeking/i.test(person.title)
        ? person.title
        : undefined;
    const role = roleFact(title, person?.company || undefined);
    if (role) facts.push(role);
    const connected = connectedFact(person?.connectedOn ?? undefined);
    if (connected) facts.push(connected);
    const best = strongestFact(facts);
    if (best) out.set(id, best);
  }
  return out;
}

/** A contact who shares the most group conversations or meetings with this person, by name. */
function mutualByName(
  personId: number,
  shared: readonly ConversationFacts[],
  network: ScoredNetwork,
): string | undefined {
  const counts = new Map<number, number>();
  for (const c of shared) {
    if (c.members.length < 2) continue;
    for (const m of c.members) if (m !== personId) counts.set(m, (counts.get(m) ?? 0) + 1);
  }
  let best: { id: number; n: number } | undefined;
  for (const [id, n] of counts) {
    const name = network.people.get(id)?.displayName ?? '';
    // A full name, so the person knows whom we mean.
    if (!/\S\s+\S/.test(name)) continue;
    if (!best || n > best.n || (n === best.n && id < best.id)) best = { id, n };
  }
  return best ? network.people.get(best.id)?.displayName : undefined;
}

export async function loadOutreachState(
  store: Store,
  options: {
    accountId: number;
    day: string;
    now: Date;
    /** The account's network already scored (the server keeps one per account and day). */
    network?: ScoredNetwork;
  },
): Promise<OutreachState> {
  const { accountId, day } = options;
  const [
    network,
    settings,
    storedMoves,
    storedEvents,
    invitationRows,
    itemLog,
    userTemplates,
    factSources,
  ] = await Promise.all([
    options.network ?? scoreNetwork(store, { accountId, now: options.now }),
    loadOutreachSettings(store, accountId),
    listMoves(store.db, accountId),
    listEvents(store.db, accountId),
    listInvitationRows(store.db, accountId),
    listItemLog(store.db, accountId),
    listUserTemplates(store.db, accountId),
    loadFactSources(store, accountId),
  ]);
  const byId = new Map(network.scored.map((s) => [s.personId, s]));
  const visibleMoves = storedMoves.filter((m) => m.at.slice(0, 10) <= day);
  const { entries: storedEntries } = buildPipeline(visibleMoves);
  const recordedMessageDays = new Set(
    storedEvents
      .filter((e) => e.kind === 'message')
      .map((e) => `${e.personId}|${e.at.slice(0, 10)}`),
  );
  const derived = await deriveFromImports(
    store,
    accountId,
    day,
    network,
    byId,
    storedEntries,
    invitationRows,
    recordedMessageDays,
  );

  const reasons = new Map<string, string>();
  const candidates: Candidate[] = [];
  for (const list of CANDIDATE_LISTS) {
    for (const entry of rankList(network, list).slice(0, CANDIDATES_PER_LIST)) {
      // A discreet seeker writes to no current colleague about looking, from any list.
      const tie = byId.get(entry.personId);
      if (tie && hiddenForDiscretion(tie.features.company, network.goals.goals)) continue;
      candidates.push({ personId: entry.personId, list, reason: entry.reason });
      if (!reasons.has(entry.personId)) reasons.set(entry.personId, entry.reason);
    }
  }
  const people = new Map<string, PersonFacts>();
  const wanted = new Set([...candidates.map((c) => c.personId), ...derived.entries.keys()]);
  const facts = sharedFactsFor(network, byId, wanted, factSources);
  for (const id of wanted) {
    const s = byId.get(id);
    if (s) people.set(id, personFacts(network, s, reasons.get(id), facts.get(id)));
  }

  const allEvents = [
    ...storedEvents.filter((e) => e.at.slice(0, 10) <= day),
    ...derived.importEvents,
  ];
  const events = new Map<string, OutreachEvent[]>();
  for (const e of allEvents) {
    const list = events.get(e.personId);
    if (list) list.push(e);
    else events.set(e.personId, [e]);
  }
  const templateUses = new Map<string, number>();
  for (const e of storedEvents) {
    if (e.templateId) templateUses.set(e.templateId, (templateUses.get(e.templateId) ?? 0) + 1);
  }
  const connections = network.scored.filter((s) => s.features.isConnection).length;
  const templates: Template[] = [...BUILT_IN_TEMPLATES, ...userTemplates];
  const attended = factSources.events.filter((e) => e.status.toUpperCase() === 'ATTENDING');
  const metAt = new Map<string, string[]>();
  for (const s of network.scored) {
    const person = network.people.get(Number(s.personId));
    const event = metAtEvent(person?.connectedOn, attended);
    if (!event || !person) continue;
    const list = metAt.get(event.name);
    if (list) list.push(person.displayName);
    else metAt.set(event.name, [person.displayName]);
  }
  const cadence: CadenceSettings = defaultCadence();
  const input: PlanInput = {
    day,
    goals: network.goals.goals,
    pacing: pacingFrom(settings),
    cadence,
    candidates,
    people,
    entries: derived.entries,
    events,
    invitations: invitationHistory(invitationRows, visibleMoves, derived.entries, connections, day),
    itemLog: itemLog satisfies ItemLogEntry[],
    templates,
    templateUses,
    attendedEvents: attended
      .filter((e) => /^\d{4}-\d{2}-\d{2}/.test(e.endsAt || e.startsAt))
      .map((e) => ({ name: e.name, day: (e.endsAt || e.startsAt).slice(0, 10) })),
    metAtEvent: metAt,
  };
  return {
    accountId,
    network,
    byId,
    settings,
    storedMoves,
    storedPeople: new Set(storedEntries.keys()),
    derivedMoves: derived.derivedMoves,
    entries: derived.entries,
    events,
    allEvents,
    invitationRows,
    input,
  };
}

/**
 * Moves to write before a new one for a person whose entry so far comes only from imports:
 * the derived moves become stored, so the history stays whole (an accepted invitation keeps its
 * "invited" step).
 */
export function materialise(state: OutreachState, personId: string): PipelineMove[] {
  if (state.storedPeople.has(personId)) return [];
  return (state.derivedMoves.get(personId) ?? []).map((m) => ({ ...m }));
}
