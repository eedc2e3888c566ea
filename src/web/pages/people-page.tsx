import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type {
  PeopleQuery,
  PeopleSort,
  PersonRow,
  SortOrder,
  TableList,
  TieClass,
} from '../../server/api-client.js';
import { navigate } from '../router.js';
import { api, useApi } from '../use-api.js';
import './data-pages.css';
import { CLASS_LABELS, CLASS_ORDER } from './tie-mix-chart.js';

/**
 * The people table (issue 8): the server filters, sorts and pages (services/people-table.ts);
 * the page keeps the query in its address, so a filtered, sorted view survives a reload and going
 * to a person and back, and loads rows a page at a time as the virtualised list scrolls to them.
 */
const SORTS: { key: PeopleSort; label: string }[] = [
  { key: 'opportunity', label: 'Opportunity' },
  { key: 'novelty', label: 'Novelty' },
  { key: 'relevance', label: 'Relevance' },
  { key: 'closeness', label: 'Closeness' },
  { key: 'mutuals', label: 'Mutual connections' },
  { key: 'name', label: 'Name' },
  { key: 'company', label: 'Company' },
  { key: 'connected', label: 'Connected on' },
  { key: 'last-contact', label: 'Last contact' },
  { key: 'messages', label: 'Messages' },
];
const DEFAULT_ORDER: Record<PeopleSort, SortOrder> = {
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
const LISTS: { key: TableList; label: string }[] = [
  { key: 'ask', label: 'Ask' },
  { key: 'reconnect', label: 'Reconnect' },
  { key: 'recruiters', label: 'Recruiters' },
  { key: 'invite', label: 'Invite' },
  { key: 'prune', label: 'Prune' },
];
const ROW_HEIGHT = 44;
// Rows fetched per request: a few screens (design choice; the API allows up to 1,000).
const PAGE = 200;
// Typing fires a request per pause, not per key (design choice).
const TYPING_PAUSE_MS = 250;

interface Filters {
  search: string;
  company: string;
  tieClass: '' | TieClass;
  industry: string;
  source: string;
  list: '' | TableList;
  connection: '' | 'yes' | 'no';
  sort: PeopleSort;
  order: SortOrder;
}

const EMPTY: Filters = {
  search: '',
  company: '',
  tieClass: '',
  industry: '',
  source: '',
  list: '',
  connection: '',
  sort: 'opportunity',
  order: 'desc',
};

function oneOf<T extends string>(values: readonly T[], value: string | null): T | undefined {
  return value !== null && (values as readonly string[]).includes(value) ? (value as T) : undefined;
}

/** Reads the query from the address; anything unknown falls back to the default. */
function readFilters(): Filters {
  const params = new URLSearchParams(window.location.search);
  const sort = oneOf(
    SORTS.map((s) => s.key),
    params.get('sort'),
  );
  const chosen = sort ?? EMPTY.sort;
  return {
    search: params.get('search') ?? '',
    company: params.get('company') ?? '',
    tieClass: oneOf(CLASS_ORDER, params.get('tieClass')) ?? '',
    industry: params.get('industry') ?? '',
    source: params.get('source') ?? '',
    list:
      oneOf(
        LISTS.map((l) => l.key),
        params.get('list'),
      ) ?? '',
    connection: oneOf(['yes', 'no'] as const, params.get('connection')) ?? '',
    sort: chosen,
    order: oneOf(['asc', 'desc'] as const, params.get('order')) ?? DEFAULT_ORDER[chosen],
  };
}

/** The address of a query: only what differs from the defaults. */
function addressOf(f: Filters): string {
  const params = new URLSearchParams();
  for (const key of [
    'search',
    'company',
    'tieClass',
    'industry',
    'source',
    'list',
    'connection',
  ] as const) {
    if (f[key]) params.set(key, f[key]);
  }
  if (f.sort !== EMPTY.sort) params.set('sort', f.sort);
  if (f.order !== DEFAULT_ORDER[f.sort]) params.set('order', f.order);
  const text = params.toString();
  return `/people${text ? `?${text}` : ''}`;
}

function queryOf(f: Filters): PeopleQuery {
  return {
    ...(f.search ? { search: f.search } : {}),
    ...(f.company ? { company: f.company } : {}),
    ...(f.tieClass ? { tieClass: f.tieClass } : {}),
    ...(f.industry ? { industry: f.industry } : {}),
    ...(f.source ? { source: f.source } : {}),
    ...(f.list ? { list: f.list } : {}),
    ...(f.connection ? { connection: f.connection } : {}),
    sort: f.sort,
    order: f.order,
  };
}

const score = (x: number) => x.toFixed(2);

function SortHeader(props: {
  label: string;
  sort: PeopleSort;
  filters: Filters;
  onSort(sort: PeopleSort): void;
  className?: string;
}) {
  const active = props.filters.sort === props.sort;
  return (
    <span
      role="columnheader"
      className={props.className}
      aria-sort={active ? (props.filters.order === 'asc' ? 'ascending' : 'descending') : undefined}
    >
      <button type="button" onClick={() => props.onSort(props.sort)}>
        {props.label}
        {active ? (
          <span aria-hidden="true">{props.filters.order === 'asc' ? ' ▲' : ' ▼'}</span>
        ) : null}
      </button>
    </span>
  );
}

export function PeoplePage() {
  const [filters, setFilters] = useState<Filters>(readFilters);
  // The query the rows belong to: text fields wait for a pause in typing.
  const [query, setQuery] = useState<Filters>(filters);
  const facets = useApi(() => api.peopleFacets(), 'people-facets');
  const [total, setTotal] = useState<number | undefined>();
  const [error, setError] = useState<string | undefined>();
  const [, setLoadedPages] = useState(0);
  const rows = useRef(new Map<number, PersonRow>());
  const requested = useRef(new Set<number>());
  const round = useRef(0);
  const scroller = useRef<HTMLDivElement>(null);

  useEffect(() => {
    window.history.replaceState(null, '', addressOf(filters));
    const isTyping = filters.search !== query.search || filters.company !== query.company;
    const timer = window.setTimeout(() => setQuery(filters), isTyping ? TYPING_PAUSE_MS : 0);
    return () => window.clearTimeout(timer);
  }, [filters]);

  const key = useMemo(() => JSON.stringify(queryOf(query)), [query]);

  const loadPage = (page: number, current: number) => {
    if (requested.current.has(page)) return;
    requested.current.add(page);
    api.people({ ...queryOf(query), limit: PAGE, offset: page * PAGE }).then(
      (result) => {
        if (round.current !== current) return;
        result.people.forEach((p, i) => rows.current.set(page * PAGE + i, p));
        setTotal(result.total);
        setError(undefined);
        setLoadedPages((n) => n + 1);
      },
      (e: unknown) => {
        if (round.current !== current) return;
        requested.current.delete(page);
        setError(e instanceof Error ? e.message : String(e));
      },
    );
  };

  useEffect(() => {
    round.current += 1;
    rows.current = new Map();
    requested.current = new Set();
    setTotal(undefined);
    scroller.current?.scrollTo({ top: 0 });
    loadPage(0, round.current);
  }, [key]);

  const virtualizer = useVirtualizer({
    count: total ?? 0,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });
  const items = virtualizer.getVirtualItems();
  const firstIndex = items[0]?.index ?? 0;
  const lastIndex = items[items.length - 1]?.index ?? 0;
  useEffect(() => {
    if (total === undefined) return;
    for (
      let page = Math.floor(firstIndex / PAGE);
      page <= Math.floor(lastIndex / PAGE);
      page += 1
    ) {
      if (page * PAGE < total) loadPage(page, round.current);
    }
  }, [firstIndex, lastIndex, total, key]);

  const change = (patch: Partial<Filters>) => setFilters((f) => ({ ...f, ...patch }));
  const sortBy = (sort: PeopleSort) =>
    setFilters((f) => ({
      ...f,
      sort,
      order: f.sort === sort ? (f.order === 'asc' ? 'desc' : 'asc') : DEFAULT_ORDER[sort],
    }));

  const focusRow = (index: number) => {
    if (total === undefined || index < 0 || index >= total) return;
    virtualizer.scrollToIndex(index);
    window.requestAnimationFrame(() =>
      scroller.current?.querySelector<HTMLElement>(`[data-index="${index}"]`)?.focus(),
    );
  };
  const onRowKey = (event: KeyboardEvent<HTMLDivElement>, index: number, id?: number) => {
    if (event.key === 'Enter' && id !== undefined) navigate(`/people/${id}`);
    else if (event.key === 'ArrowDown') focusRow(index + 1);
    else if (event.key === 'ArrowUp') focusRow(index - 1);
    else if (event.key === 'Home') focusRow(0);
    else if (event.key === 'End' && total !== undefined) focusRow(total - 1);
    else return;
    event.preventDefault();
  };

  const facetData = facets.state === 'ready' ? facets.data : undefined;
  const count = (n: number | undefined) => (n === undefined ? '' : ` (${n.toLocaleString('en')})`);

  return (
    <section>
      <h1>People</h1>
      <form className="filters" role="search" onSubmit={(e) => e.preventDefault()}>
        <label>
          Search
          <input
            type="search"
            value={filters.search}
            maxLength={200}
            placeholder="name, company or title"
            onChange={(e) => change({ search: e.target.value })}
          />
        </label>
        <label>
          Company
          <input
            type="text"
            value={filters.company}
            maxLength={200}
            onChange={(e) => change({ company: e.target.value })}
          />
        </label>
        <label>
          Tie class
          <select
            value={filters.tieClass}
            onChange={(e) => change({ tieClass: e.target.value as Filters['tieClass'] })}
          >
            <option value="">Any class</option>
            {CLASS_ORDER.map((c) => (
              <option key={c} value={c}>
                {CLASS_LABELS[c]}
                {count(facetData?.tieClasses.find((t) => t.value === c)?.count)}
              </option>
            ))}
          </select>
        </label>
        <label>
          List
          <select
            value={filters.list}
            onChange={(e) => change({ list: e.target.value as Filters['list'] })}
          >
            <option value="">Any list</option>
            {LISTS.map((l) => (
              <option key={l.key} value={l.key}>
                {l.label}
                {count(facetData?.lists.find((f) => f.value === l.key)?.count)}
              </option>
            ))}
          </select>
        </label>
        <label>
          Source
          <select value={filters.source} onChange={(e) => change({ source: e.target.value })}>
            <option value="">Any source</option>
            {(facetData?.sources ?? []).map((s) => (
              <option key={s.value} value={s.value}>
                {s.value}
                {count(s.count)}
              </option>
            ))}
          </select>
        </label>
        <label>
          Industry
          <select value={filters.industry} onChange={(e) => change({ industry: e.target.value })}>
            <option value="">Any industry</option>
            {(facetData?.industries ?? []).map((i) => (
              <option key={i.value} value={i.value}>
                {i.label}
                {count(i.count)}
              </option>
            ))}
          </select>
        </label>
        <label>
          Who
          <select
            value={filters.connection}
            onChange={(e) => change({ connection: e.target.value as Filters['connection'] })}
          >
            <option value="">Everyone</option>
            <option value="yes">LinkedIn connections</option>
            <option value="no">Not connected</option>
          </select>
        </label>
        <label>
          Sort by
          <select
            value={filters.sort}
            onChange={(e) => {
              const sort = e.target.value as PeopleSort;
              change({ sort, order: DEFAULT_ORDER[sort] });
            }}
          >
            {SORTS.map((s) => (
              <option key={s.key} value={s.key}>
                {s.label}
              </option>
            ))}
          </select>
        </label>
        <label>
          Order
          <select
            value={filters.order}
            onChange={(e) => change({ order: e.target.value as SortOrder })}
          >
            <option value="desc">Highest or newest first</option>
            <option value="asc">Lowest or oldest first</option>
          </select>
        </label>
        <button type="button" className="reset" onClick={() => setFilters(EMPTY)}>
          Clear filters
        </button>
      </form>
      {error ? (
        <p role="alert" className="error">
          {error}
        </p>
      ) : null}
      <p role="status" className="count">
        {total === undefined ? 'Loading...' : `${total.toLocaleString('en')} people`}
      </p>
      <div
        className="table people-table"
        role="table"
        aria-label="People"
        aria-rowcount={(total ?? 0) + 1}
      >
        <div className="row head" role="row" aria-rowindex={1}>
          <SortHeader label="Name" sort="name" filters={filters} onSort={sortBy} />
          <SortHeader
            label="Company"
            sort="company"
            filters={filters}
            onSort={sortBy}
            className="company-cell"
          />
          <span role="columnheader" className="mid-only">
            Title
          </span>
          <span role="columnheader">Class</span>
          <SortHeader
            label="Opp."
            sort="opportunity"
            filters={filters}
            onSort={sortBy}
            className="num"
          />
          <SortHeader
            label="Novelty"
            sort="novelty"
            filters={filters}
            onSort={sortBy}
            className="num"
          />
          <SortHeader
            label="Relev."
            sort="relevance"
            filters={filters}
            onSort={sortBy}
            className="num mid-only"
          />
          <SortHeader
            label="Close."
            sort="closeness"
            filters={filters}
            onSort={sortBy}
            className="num mid-only"
          />
          <SortHeader
            label="Mutuals"
            sort="mutuals"
            filters={filters}
            onSort={sortBy}
            className="num mid-only"
          />
          <SortHeader
            label="Connected"
            sort="connected"
            filters={filters}
            onSort={sortBy}
            className="mid-only"
          />
        </div>
        <div className="scroller" ref={scroller}>
          <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
            {items.map((item) => {
              const p = rows.current.get(item.index);
              const style = {
                position: 'absolute',
                top: 0,
                left: 0,
                right: 0,
                height: ROW_HEIGHT,
                transform: `translateY(${item.start}px)`,
              } as const;
              if (!p) {
                return (
                  <div
                    key={`pending-${item.index}`}
                    className="row placeholder"
                    role="row"
                    aria-rowindex={item.index + 2}
                    data-index={item.index}
                    tabIndex={-1}
                    onKeyDown={(e) => onRowKey(e, item.index)}
                    style={style}
                  >
                    <span role="cell">Loading...</span>
                  </div>
                );
              }
              return (
                <div
                  key={p.id}
                  className="row"
                  role="row"
                  tabIndex={0}
                  aria-rowindex={item.index + 2}
                  data-index={item.index}
                  data-person={p.id}
                  onClick={() => navigate(`/people/${p.id}`)}
                  onKeyDown={(e) => onRowKey(e, item.index, p.id)}
                  style={style}
                >
                  <span role="cell" className="name">
                    {p.displayName}
                  </span>
                  <span role="cell" className="company-cell">
                    {p.company}
                  </span>
                  <span role="cell" className="mid-only">
                    {p.title}
                  </span>
                  <span role="cell" data-column="class">
                    <span
                      className={`class-badge class-${p.tieClass}`}
                      title={CLASS_LABELS[p.tieClass]}
                    >
                      {CLASS_LABELS[p.tieClass]}
                    </span>
                  </span>
                  <span role="cell" className="num" data-column="opportunity">
                    {score(p.opportunity)}
                  </span>
                  <span role="cell" className="num" data-column="novelty">
                    {score(p.novelty)}
                  </span>
                  <span role="cell" className="num mid-only">
                    {score(p.relevance)}
                  </span>
                  <span role="cell" className="num mid-only">
                    {score(p.closeness)}
                  </span>
                  <span role="cell" className="num mid-only">
                    {p.mutuals ?? '?'}
                  </span>
                  <span role="cell" className="mid-only">
                    {p.connectedOn ?? ''}
                  </span>
                </div>
              );
            })}
          </div>
        </div>
      </div>
      <p className="muted">
        Opportunity: the job-opportunity score; novelty: how new the information through this tie is
        likely to be (mutual connections and messaging, Rajkumar et al. 2022). Arrow keys move
        between rows; Enter opens a person.
      </p>
    </section>
  );
}
