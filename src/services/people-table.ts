/**
 * The web app's people table (issue 8, "People: ... search, filters (class, company, industry,
 * source, list membership), sort by any score"): every person of the account with the scores of
 * the scored network, built once per scoring and queried in memory. Each sort's order is
 * computed once, on its first use, so a query is one pass over the rows in that order: the
 * filters test each row, and the page is the matching rows from `offset` on. At 30,000 people a
 * query is a few milliseconds, which keeps the virtualised table smooth as it pages in rows.
 */
import { AppError } from '../core/app-error.js';
import {
  isNaicsSectorCode,
  naicsSectorName,
  type NaicsSectorCode,
} from '../core/industries/naics-sectors.js';
import { profileLink } from '../core/profile-url.js';
import type { TieClass } from '../core/ties/classify-tie.js';
import type { Store } from '../store/open-store.js';
import { countMessagesByPerson, listIdentitySources } from '../store/people-store.js';
import { rankList, type ScoredNetwork } from './recommend.js';

export const PEOPLE_SORTS = [
  'opportunity',
  'novelty',
  'relevance',
  'closeness',
  'mutuals',
  'name',
  'company',
  'connected',
  'last-contact',
  'messages',
] as const;
export type PeopleSort = (typeof PEOPLE_SORTS)[number];
export type SortOrder = 'asc' | 'desc';

/** Scores, counts and dates read best or newest first; names and companies A to Z. */
export const DEFAULT_ORDER: Readonly<Record<PeopleSort, SortOrder>> = {
  opportunity: 'desc',
  novelty: 'desc',
  relevance: 'desc',
  closeness: 'desc',
  mutuals: 'desc',
  name: 'asc',
  company: 'asc',
  connected: 'desc',
  'last-contact': 'desc',
  messages: 'desc',
};

/** The lists a person can be filtered by (issue 8: ask, reconnect, recruiters, invite, prune). */
export const TABLE_LISTS = ['ask', 'reconnect', 'recruiters', 'invite', 'prune'] as const;
export type TableList = (typeof TABLE_LISTS)[number];

export const TIE_CLASSES: readonly TieClass[] = [
  'strong',
  'moderately-weak',
  'weak',
  'dormant',
  'never-interacted',
];

/** The value of the industry filter for people whose industry no source gave. */
export const UNKNOWN_INDUSTRY = 'unknown';

export interface PeopleTableRow {
  id: number;
  displayName: string;
  company: string;
  title: string;
  /** `YYYY-MM-DD`; null for people who are not LinkedIn connections or have no date. */
  connectedOn: string | null;
  /** ISO 8601 of the last message either way; null when they never exchanged one. */
  lastContact: string | null;
  profileUrl: string | null;
  profileLink: string | null;
  /** Messages the owner sent into their conversations plus those they sent. */
  messages: number;
  isConnection: boolean;
  tieClass: TieClass;
  opportunity: number;
  novelty: number;
  relevance: number;
  closeness: number;
  /** Mutual connections m; null when unknown (never taken as zero: tie-features.ts). */
  mutuals: number | null;
  industry: NaicsSectorCode | null;
  /** Sources that named them (`linkedin`, `vcard`, `whatsapp` ...), A to Z. */
  sources: string[];
  /** The ranked lists they are on. */
  lists: TableList[];
}

export interface PeopleTableQuery {
  search?: string;
  company?: string;
  tieClass?: TieClass;
  /** A NAICS sector code, or UNKNOWN_INDUSTRY. */
  industry?: string;
  source?: string;
  list?: TableList;
  isConnection?: boolean;
  sort?: PeopleSort;
  order?: SortOrder;
  limit: number;
  offset: number;
}

export interface PeopleTablePage {
  total: number;
  sort: PeopleSort;
  order: SortOrder;
  people: PeopleTableRow[];
}

interface SortedOrder {
  /** Rows with a value, in the sort's default order (ties by name, then id). */
  ranked: Int32Array;
  /** Rows without one (no date, no company, m unknown), by name: last in either order. */
  missing: Int32Array;
}

/**
 * Every filter's input as a column indexed by row, so a query tests numbers in typed arrays
 * and touches a row object only when it is on the page (30,000 objects read in a sort's order
 * are slow; 30,000 bytes are not).
 */
interface TableColumns {
  /** Each row's tie class as its place in TIE_CLASSES. */
  tieClass: Uint8Array;
  /** Bit i set: on TABLE_LISTS[i]. */
  lists: Uint8Array;
  /** Bit i set: named by sourceNames[i]; sources past the 32nd are tested on the row. */
  sources: Uint32Array;
  sourceNames: string[];
  isConnection: Uint8Array;
  /** 0 when unknown, else 1 + the place of the code in industryCodes. */
  industry: Uint8Array;
  industryCodes: string[];
  /** Lower-cased name, company and title of every row, each row's text ending in NUL. */
  text: string;
  textStarts: Int32Array;
  /** Lower-cased company of every row, the same way. */
  companies: string;
  companyStarts: Int32Array;
}

export interface PeopleTable {
  readonly rows: readonly PeopleTableRow[];
  readonly byId: ReadonlyMap<number, PeopleTableRow>;
  readonly columns: TableColumns;
  readonly orders: Map<PeopleSort, SortedOrder>;
}

export const MAX_TABLE_PAGE = 1000;
// Search text is a few words; anything longer is not a name (design choice).
const MAX_SEARCH = 200;
const SOURCE_BITS = 32;

const COLLATOR = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** Texts joined, each ending in NUL, and where each starts (with the end as the last start). */
function joinTexts(texts: readonly string[]): { text: string; starts: Int32Array } {
  const starts = new Int32Array(texts.length + 1);
  let at = 0;
  texts.forEach((t, i) => {
    starts[i] = at;
    at += t.length + 1;
  });
  starts[texts.length] = at;
  return { text: texts.join('\u0000') + (texts.length ? '\u0000' : ''), starts };
}

/** Control characters never match: NUL ends each row's text, and no name holds the others. */
function cleanNeedle(text: string | undefined): string {
  let clean = '';
  for (const ch of text ?? '') clean += ch.charCodeAt(0) < 0x20 ? ' ' : ch;
  return clean.trim().toLowerCase();
}

/** Marks the rows whose text holds `needle`: one native search over all rows. */
function markMatches(text: string, starts: Int32Array, needle: string): Uint8Array {
  const rows = starts.length - 1;
  const mask = new Uint8Array(rows);
  let from = 0;
  for (;;) {
    const at = text.indexOf(needle, from);
    if (at < 0) break;
    let lo = 0;
    let hi = rows - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= at) lo = mid;
      else hi = mid - 1;
    }
    mask[lo] = 1;
    from = starts[lo + 1]!;
  }
  return mask;
}

function buildColumns(rows: readonly PeopleTableRow[]): TableColumns {
  const n = rows.length;
  const tieClass = new Uint8Array(n);
  const lists = new Uint8Array(n);
  const sources = new Uint32Array(n);
  const isConnection = new Uint8Array(n);
  const industry = new Uint8Array(n);
  const sourceNames: string[] = [];
  const industryCodes: string[] = [];
  rows.forEach((row, i) => {
    tieClass[i] = TIE_CLASSES.indexOf(row.tieClass);
    for (const l of row.lists) lists[i]! |= 1 << TABLE_LISTS.indexOf(l);
    for (const s of row.sources) {
      let bit = sourceNames.indexOf(s);
      if (bit < 0 && sourceNames.length < SOURCE_BITS) bit = sourceNames.push(s) - 1;
      if (bit >= 0) sources[i]! |= 1 << bit;
    }
    isConnection[i] = row.isConnection ? 1 : 0;
    if (row.industry !== null) {
      let code = industryCodes.indexOf(row.industry);
      if (code < 0) code = industryCodes.push(row.industry) - 1;
      industry[i] = code + 1;
    }
  });
  const text = joinTexts(
    rows.map((r) => `${r.displayName}\n${r.company}\n${r.title}`.toLowerCase()),
  );
  const companies = joinTexts(rows.map((r) => r.company.toLowerCase()));
  return {
    tieClass,
    lists,
    sources,
    sourceNames,
    isConnection,
    industry,
    industryCodes,
    text: text.text,
    textStarts: text.starts,
    companies: companies.text,
    companyStarts: companies.starts,
  };
}

/** Indexes rows for querying; the rows are kept as given. */
export function createPeopleTable(rows: readonly PeopleTableRow[]): PeopleTable {
  return {
    rows,
    byId: new Map(rows.map((r) => [r.id, r])),
    columns: buildColumns(rows),
    orders: new Map(),
  };
}

function valueOf(row: PeopleTableRow, sort: PeopleSort): number | string | null {
  switch (sort) {
    case 'opportunity':
    case 'novelty':
    case 'relevance':
    case 'closeness':
    case 'messages':
      return row[sort];
    case 'mutuals':
      return row.mutuals;
    case 'name':
      return row.displayName.trim() || null;
    case 'company':
      return row.company.trim() || null;
    case 'connected':
      return row.connectedOn || null;
    case 'last-contact':
      return row.lastContact || null;
  }
}

function byName(a: PeopleTableRow, b: PeopleTableRow): number {
  return COLLATOR.compare(a.displayName, b.displayName) || a.id - b.id;
}

function sortOrder(table: PeopleTable, sort: PeopleSort): SortedOrder {
  const cached = table.orders.get(sort);
  if (cached) return cached;
  const rows = table.rows;
  const values = rows.map((r) => valueOf(r, sort));
  const ranked: number[] = [];
  const missing: number[] = [];
  values.forEach((v, i) => (v === null ? missing : ranked).push(i));
  const descending = DEFAULT_ORDER[sort] === 'desc';
  const isText = sort === 'name' || sort === 'company';
  ranked.sort((i, j) => {
    const a = values[i] as number | string;
    const b = values[j] as number | string;
    let c: number;
    if (isText) c = COLLATOR.compare(a as string, b as string);
    else c = a < b ? -1 : a > b ? 1 : 0;
    if (descending) c = -c;
    return c || byName(rows[i]!, rows[j]!);
  });
  missing.sort((i, j) => byName(rows[i]!, rows[j]!));
  const order = { ranked: Int32Array.from(ranked), missing: Int32Array.from(missing) };
  table.orders.set(sort, order);
  return order;
}

function matcher(table: PeopleTable, query: PeopleTableQuery): (index: number) => boolean {
  const c = table.columns;
  const search = cleanNeedle(query.search);
  const searched = search ? markMatches(c.text, c.textStarts, search) : undefined;
  const company = cleanNeedle(query.company);
  const employed = company ? markMatches(c.companies, c.companyStarts, company) : undefined;
  const classCode = query.tieClass ? TIE_CLASSES.indexOf(query.tieClass) : -1;
  const listBit = query.list ? 1 << TABLE_LISTS.indexOf(query.list) : 0;
  const source = query.source;
  const sourcePlace = source ? c.sourceNames.indexOf(source) : -1;
  const sourceBit = sourcePlace >= 0 ? 1 << sourcePlace : 0;
  // A source with no bit of its own is past the 32nd (or named by nobody): test the rows.
  const sourceOnRow = source !== undefined && sourceBit === 0 ? source : undefined;
  const connection = query.isConnection === undefined ? -1 : query.isConnection ? 1 : 0;
  const industry =
    query.industry === undefined
      ? -1
      : query.industry === UNKNOWN_INDUSTRY
        ? 0
        : c.industryCodes.indexOf(query.industry) + 1 || 256;
  return (i) =>
    (searched === undefined || searched[i] === 1) &&
    (employed === undefined || employed[i] === 1) &&
    (classCode < 0 || c.tieClass[i] === classCode) &&
    (listBit === 0 || (c.lists[i]! & listBit) !== 0) &&
    (sourceBit === 0 || (c.sources[i]! & sourceBit) !== 0) &&
    (sourceOnRow === undefined || table.rows[i]!.sources.includes(sourceOnRow)) &&
    (connection < 0 || c.isConnection[i] === connection) &&
    (industry < 0 || c.industry[i] === industry);
}

/** One page of the people matching every filter, in the asked order, and how many match. */
export function queryPeopleTable(table: PeopleTable, query: PeopleTableQuery): PeopleTablePage {
  const { limit, offset } = query;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_TABLE_PAGE) {
    throw new AppError('usage', `limit must be a whole number from 1 to ${MAX_TABLE_PAGE}`);
  }
  if (!Number.isInteger(offset) || offset < 0) {
    throw new AppError('usage', 'offset must be a whole number from 0');
  }
  const sort = query.sort ?? 'opportunity';
  const order = query.order ?? DEFAULT_ORDER[sort];
  const { ranked, missing } = sortOrder(table, sort);
  const matches = matcher(table, query);
  const people: PeopleTableRow[] = [];
  let total = 0;
  const visit = (index: number) => {
    if (!matches(index)) return;
    if (total >= offset && people.length < limit) people.push(table.rows[index]!);
    total += 1;
  };
  if (order === DEFAULT_ORDER[sort]) for (let i = 0; i < ranked.length; i += 1) visit(ranked[i]!);
  else for (let i = ranked.length - 1; i >= 0; i -= 1) visit(ranked[i]!);
  for (let i = 0; i < missing.length; i += 1) visit(missing[i]!);
  return { total, sort, order, people };
}

function isOneOf<T extends string>(values: readonly T[], value: string): value is T {
  return (values as readonly string[]).includes(value);
}

function parseWhole(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  if (!/^\d{1,9}$/.test(value)) throw new AppError('usage', `${name} must be a whole number`);
  return Number(value);
}

/**
 * Reads a query from URL parameters (the API's and the page address's, which are the same).
 * Unknown values are usage errors that name the allowed ones; empty ones mean "any".
 */
export function readPeopleTableQuery(
  params: Readonly<Record<string, string | undefined>>,
): PeopleTableQuery {
  const text = (key: string) => {
    const value = params[key]?.trim();
    return value ? value.slice(0, MAX_SEARCH) : undefined;
  };
  const query: PeopleTableQuery = {
    limit: parseWhole(params.limit, 'limit', 50),
    offset: parseWhole(params.offset, 'offset', 0),
  };
  const search = text('search');
  if (search) query.search = search;
  const company = text('company');
  if (company) query.company = company;
  const source = text('source');
  if (source) query.source = source.toLowerCase();
  const tieClass = text('tieClass');
  if (tieClass) {
    if (!isOneOf(TIE_CLASSES, tieClass)) {
      throw new AppError('usage', `tieClass is one of ${TIE_CLASSES.join(', ')}`);
    }
    query.tieClass = tieClass;
  }
  const list = text('list');
  if (list) {
    if (!isOneOf(TABLE_LISTS, list)) {
      throw new AppError('usage', `list is one of ${TABLE_LISTS.join(', ')}`);
    }
    query.list = list;
  }
  const industry = text('industry');
  if (industry) {
    if (industry !== UNKNOWN_INDUSTRY && !isNaicsSectorCode(industry)) {
      throw new AppError('usage', `industry is a NAICS sector code or "${UNKNOWN_INDUSTRY}"`);
    }
    query.industry = industry;
  }
  const connection = text('connection');
  if (connection) {
    if (connection !== 'yes' && connection !== 'no') {
      throw new AppError('usage', 'connection is "yes" or "no"');
    }
    query.isConnection = connection === 'yes';
  }
  const sort = text('sort');
  if (sort) {
    if (!isOneOf(PEOPLE_SORTS, sort)) {
      throw new AppError('usage', `sort is one of ${PEOPLE_SORTS.join(', ')}`);
    }
    query.sort = sort;
  }
  const order = text('order');
  if (order) {
    if (order !== 'asc' && order !== 'desc') throw new AppError('usage', 'order is asc or desc');
    query.order = order;
  }
  return query;
}

export interface PeopleFacets {
  people: number;
  connections: number;
  tieClasses: { value: TieClass; count: number }[];
  sources: { value: string; count: number }[];
  lists: { value: TableList; count: number }[];
  industries: { value: string; label: string; count: number }[];
}

// A table never changes once built, so neither do its facets.
const FACETS = new WeakMap<PeopleTable, PeopleFacets>();

/** What each filter can choose, with how many people each choice holds. */
export function describePeopleFacets(table: PeopleTable): PeopleFacets {
  const known = FACETS.get(table);
  if (known) return known;
  const facets = countFacets(table);
  FACETS.set(table, facets);
  return facets;
}

function countFacets(table: PeopleTable): PeopleFacets {
  const classes = new Map<TieClass, number>(TIE_CLASSES.map((c) => [c, 0]));
  const sources = new Map<string, number>();
  const lists = new Map<TableList, number>(TABLE_LISTS.map((l) => [l, 0]));
  const industries = new Map<string, number>();
  let connections = 0;
  for (const row of table.rows) {
    classes.set(row.tieClass, (classes.get(row.tieClass) ?? 0) + 1);
    for (const s of row.sources) sources.set(s, (sources.get(s) ?? 0) + 1);
    for (const l of row.lists) lists.set(l, (lists.get(l) ?? 0) + 1);
    const industry = row.industry ?? UNKNOWN_INDUSTRY;
    industries.set(industry, (industries.get(industry) ?? 0) + 1);
    if (row.isConnection) connections += 1;
  }
  return {
    people: table.rows.length,
    connections,
    tieClasses: [...classes].map(([value, count]) => ({ value, count })),
    sources: [...sources]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([value, count]) => ({ value, count })),
    lists: [...lists].map(([value, count]) => ({ value, count })),
    industries: [...industries]
      .map(([value, count]) => ({
        value,
        label: isNaicsSectorCode(value) ? naicsSectorName(value) : 'Unknown',
        count,
      }))
      .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : 1)),
  };
}

/**
 * The table of an account from its scored network, plus the two figures the scores do not
 * carry: messages per person and the sources that named them.
 */
export async function buildPeopleTable(
  store: Store,
  network: ScoredNetwork,
  accountId: number,
): Promise<PeopleTable> {
  const [messages, sourceRows] = await Promise.all([
    countMessagesByPerson(store.db, accountId),
    listIdentitySources(store.db, accountId),
  ]);
  const sources = new Map<number, Set<string>>();
  for (const { personId, source } of sourceRows) {
    // `linkedin:connections` -> `linkedin` (write-import-batch.ts tags identities by file kind).
    const name = source.split(':')[0]?.trim().toLowerCase();
    if (!name) continue;
    const set = sources.get(personId) ?? new Set<string>();
    set.add(name);
    sources.set(personId, set);
  }
  const lists = new Map<string, TableList[]>();
  for (const list of TABLE_LISTS) {
    for (const entry of rankList(network, list)) {
      const on = lists.get(entry.personId);
      if (on) on.push(list);
      else lists.set(entry.personId, [list]);
    }
  }
  const rows: PeopleTableRow[] = [];
  for (const tie of network.scored) {
    const id = Number(tie.personId);
    const person = network.people.get(id);
    if (!person) continue;
    rows.push({
      id,
      displayName: person.displayName,
      company: person.company,
      title: person.title,
      connectedOn: person.connectedOn || null,
      lastContact: tie.features.lastInteractionAt ?? null,
      profileUrl: person.profileUrl,
      profileLink: person.profileUrl ? profileLink(person.profileUrl) : null,
      messages: messages.get(id) ?? 0,
      isConnection: tie.features.isConnection,
      tieClass: tie.tieClass,
      opportunity: tie.opportunity,
      novelty: tie.novelty,
      relevance: tie.relevance,
      closeness: tie.closeness,
      mutuals: tie.mutuals?.count ?? null,
      industry: tie.features.industry ?? null,
      sources: [...(sources.get(id) ?? [])].sort(),
      lists: lists.get(tie.personId) ?? [],
    });
  }
  return createPeopleTable(rows);
}
