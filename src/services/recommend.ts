import { AppError } from '../core/app-error.js';
import { profileLink } from '../core/profile-url.js';
import { rankAsk, type AskLists } from '../core/ties/rank-ask.js';
import { rankInvite } from '../core/ties/rank-invite.js';
import { rankPrune } from '../core/ties/rank-prune.js';
import {
  hiddenReconnectColleagues,
  rankReconnect,
  type OutsideLinkedIn,
} from '../core/ties/rank-reconnect.js';
import { rankRecruiters } from '../core/ties/rank-recruiters.js';
import type { RankedEntry } from '../core/ties/ranked-entry.js';
import { scoreTies, type ScoredTie } from '../core/ties/score-tie.js';
import { isWaveCandidate, pickTellWave } from '../core/ties/tell-wave.js';
import { discretionNote, hiddenForDiscretion } from '../core/outreach/current-employer.js';
import { DEFAULT_TIE_SETTINGS, type TieSettings } from '../core/ties/tie-settings.js';
import type { PersonBasics } from '../store/interactions-store.js';
import type { Store } from '../store/open-store.js';
import { LOCAL_ACCOUNT_ID } from '../store/open-store.js';
import { loadContactSources, loadEmailIdentities } from '../store/contact-sources-store.js';
import { companyFromEmail } from '../core/outreach/email-company.js';
import { normaliseCompanyName } from '../core/ties/company-name.js';
import type { TieFeatures } from '../core/ties/tie-features.js';
import { computeTieFeatures } from './compute-tie-features.js';
import { loadGoals, type GoalsView } from './goals-service.js';

export const LIST_NAMES = [
  'ask',
  'more',
  'helpers',
  'reconnect',
  'wave',
  'recruiters',
  'invite',
  'prune',
] as const;
export type ListName = (typeof LIST_NAMES)[number];

export const LIST_DESCRIPTIONS: Record<ListName, string> = {
  ask: 'a shortlist of the people who can hire or refer you for your target role, at your targets',
  more: 'more people at your targets: everyone else who matches a goal, outside the ask shortlist',
  helpers: 'strong ties at a target company: high-probability helpers (Gee et al. 2017)',
  reconnect:
    'dormant and fading ties from every source by past strength x novelty x relevance, former colleagues first',
  wave: 'one balanced "tell 20-30 people what you are looking for" wave, from every source',
  recruiters: 'recruiters in your target industry, at or near target companies',
  invite: 'people you know from other sources who are not LinkedIn connections yet',
  prune: 'for curators: connections you cannot place, with the reason',
};

export interface ScoredNetwork {
  goals: GoalsView;
  scored: ScoredTie[];
  people: Map<number, PersonBasics>;
  settings: TieSettings;
  now: Date;
  /** Where people are known from outside LinkedIn (address books, chats, mail, calendar). */
  sources?: Map<number, string[]>;
}

/** Scores every tie of the account against its goals (issue 4). */
export async function scoreNetwork(
  store: Store,
  options: { accountId?: number; now?: Date; settings?: TieSettings } = {},
): Promise<ScoredNetwork> {
  const accountId = options.accountId ?? LOCAL_ACCOUNT_ID;
  const now = options.now ?? new Date();
  const settings = options.settings ?? DEFAULT_TIE_SETTINGS;
  const [goals, network, sources, emails] = await Promise.all([
    loadGoals(store, accountId),
    computeTieFeatures(store, accountId),
    loadContactSources(store.db, accountId),
    loadEmailIdentities(store.db, accountId),
  ]);
  placeByEmail(network.features, network.people, emails);
  const scored = scoreTies(network.features, goals.goals, settings, now);
  return { goals, scored, people: network.people, settings, now, sources };
}

/**
 * Contacts no source gives a company get the one their email domain names (email-company.ts),
 * so address-book and mail contacts can take part in the lists; the people shown say it too.
 */
function placeByEmail(
  features: TieFeatures[],
  people: Map<number, PersonBasics>,
  emails: ReadonlyMap<number, readonly string[]>,
): void {
  const known = new Map<string, string>();
  for (const p of people.values()) {
    const key = normaliseCompanyName(p.company);
    if (key !== '' && !known.has(key)) known.set(key, p.company);
  }
  for (const f of features) {
    if (f.company?.trim()) continue;
    const id = Number(f.personId);
    for (const email of emails.get(id) ?? []) {
      const company = companyFromEmail(email, known);
      if (!company) continue;
      f.company = company;
      const person = people.get(id);
      if (person) people.set(id, { ...person, company });
      break;
    }
  }
}

const tieIndexes = new WeakMap<ScoredNetwork, Map<string, ScoredTie>>();

/** The network's ties by person id, built once per scored network. */
export function tiesByPerson(network: ScoredNetwork): Map<string, ScoredTie> {
  let byId = tieIndexes.get(network);
  if (!byId) {
    byId = new Map(network.scored.map((s) => [s.personId, s]));
    tieIndexes.set(network, byId);
  }
  return byId;
}

export interface ListEntry extends RankedEntry {
  rank: number;
  name: string;
  company: string;
  title: string;
  profileLink: string | null;
  explanation: string;
  /** Where the person is known from outside LinkedIn ("vcard", "whatsapp"...), if anywhere. */
  sources: string[];
}

const askCache = new WeakMap<ScoredNetwork, AskLists>();

/** The ask shortlist, "more" and helpers, ranked once per scored network. */
function askLists(network: ScoredNetwork): AskLists {
  let lists = askCache.get(network);
  if (!lists) {
    lists = rankAsk(network.scored, network.goals.goals);
    askCache.set(network, lists);
  }
  return lists;
}

/** Known from outside LinkedIn: not a connection, or in an address book, chat, mail or meeting. */
export function outsideLinkedIn(network: ScoredNetwork): OutsideLinkedIn {
  const sources = network.sources;
  return (s) => !s.features.isConnection || (sources?.get(Number(s.personId))?.length ?? 0) > 0;
}

/** The one line a list shows when it leaves current colleagues out (discretion), if any. */
export function listNotes(network: ScoredNetwork, list: ListName): string[] {
  const goals = network.goals.goals;
  let hidden = 0;
  if (list === 'ask') hidden = askLists(network).hiddenColleagues;
  else if (list === 'reconnect') hidden = hiddenReconnectColleagues(network.scored, goals);
  else if (list === 'wave') {
    for (const s of network.scored)
      if (isWaveCandidate(s) && hiddenForDiscretion(s.features.company, goals)) hidden += 1;
  } else return [];
  const note = discretionNote(goals, hidden);
  return note ? [note] : [];
}

// Each list of a scored network, ranked once: a scored network never changes (a change makes a
// new one), so its rankings can be kept as long as it is.
const rankings = new WeakMap<ScoredNetwork, Map<ListName, readonly RankedEntry[]>>();

/** The list ranked over the network, computed once per scored network. */
export function rankListOnce(network: ScoredNetwork, list: ListName): readonly RankedEntry[] {
  let lists = rankings.get(network);
  if (!lists) {
    lists = new Map();
    rankings.set(network, lists);
  }
  let ranked = lists.get(list);
  if (!ranked) {
    ranked = rankList(network, list);
    lists.set(list, ranked);
  }
  return ranked;
}

export function rankList(network: ScoredNetwork, list: ListName): RankedEntry[] {
  const { scored, goals, settings, now } = network;
  switch (list) {
    case 'ask':
      return askLists(network).ask;
    case 'more':
      return askLists(network).more;
    case 'helpers':
      return askLists(network).strongHelpers;
    case 'reconnect':
      return rankReconnect(scored, goals.goals, outsideLinkedIn(network));
    case 'wave':
      return pickTellWave(
        scored,
        goals.goals,
        settings,
        settings.lists.tellWaveSize,
        outsideLinkedIn(network),
      );
    case 'recruiters':
      return rankRecruiters(scored, goals.goals);
    case 'invite':
      return rankInvite(scored, goals.goals);
    case 'prune':
      return rankPrune(scored, goals.goals, settings, now);
  }
}

export async function recommend(
  store: Store,
  list: string,
  options: {
    accountId?: number;
    now?: Date;
    limit?: number;
    /** The account's network already scored (the server keeps one per account and day). */
    network?: ScoredNetwork;
  } = {},
): Promise<{
  list: ListName;
  description: string;
  total: number;
  goals: GoalsView;
  /** One line each: what the list leaves out and how to change it. */
  notes: string[];
  entries: ListEntry[];
}> {
  if (!(LIST_NAMES as readonly string[]).includes(list)) {
    throw new AppError('usage', `unknown list "${list}"; the lists are ${LIST_NAMES.join(', ')}`);
  }
  const name = list as ListName;
  const network = options.network ?? (await scoreNetwork(store, options));
  const ranked = rankListOnce(network, name);
  const byId = tiesByPerson(network);
  const limit = options.limit ?? 25;
  return {
    list: name,
    description: LIST_DESCRIPTIONS[name],
    total: ranked.length,
    goals: network.goals,
    notes: listNotes(network, name),
    entries: ranked.slice(0, limit).map((entry, i) => {
      const person = network.people.get(Number(entry.personId));
      return {
        ...entry,
        rank: i + 1,
        name: person?.displayName ?? '',
        company: person?.company ?? '',
        title: person?.title ?? '',
        profileLink: person?.profileUrl ? profileLink(person.profileUrl) : null,
        explanation: byId.get(entry.personId)?.explanation ?? '',
        sources: network.sources?.get(Number(entry.personId)) ?? [],
      };
    }),
  };
}
