import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { PersonRow } from '../../server/api-client.js';
import { navigate } from '../router.js';
import { api } from '../use-api.js';

type SortKey = 'connectedOn' | 'displayName' | 'company' | 'messages';
const SORTS: { key: SortKey; label: string }[] = [
  { key: 'connectedOn', label: 'Connected' },
  { key: 'displayName', label: 'Name' },
  { key: 'company', label: 'Company' },
  { key: 'messages', label: 'Messages' },
];
const ROW_HEIGHT = 44;
// The API's largest page (people-queries.ts MAX_PAGE); the table loads every page of a query.
const PAGE = 1000;

function compareBy(key: SortKey) {
  return (a: PersonRow, b: PersonRow) => {
    if (key === 'messages') return b.messages - a.messages || a.id - b.id;
    if (key === 'connectedOn') {
      return (b.connectedOn ?? '').localeCompare(a.connectedOn ?? '') || a.id - b.id;
    }
    return a[key].localeCompare(b[key], 'en', { sensitivity: 'base' }) || a.id - b.id;
  };
}

/** Reads the query from the address, so a search survives going to a person and back. */
function readQuery() {
  const params = new URLSearchParams(window.location.search);
  const connection = params.get('connection');
  return {
    search: params.get('search') ?? '',
    company: params.get('company') ?? '',
    connection: connection === 'yes' || connection === 'no' ? connection : '',
  } as const;
}

export function PeoplePage() {
  const initial = useMemo(readQuery, []);
  const [search, setSearch] = useState(initial.search);
  const [company, setCompany] = useState(initial.company);
  const [connection, setConnection] = useState<'' | 'yes' | 'no'>(initial.connection);
  const [sort, setSort] = useState<SortKey>('connectedOn');
  const [rows, setRows] = useState<PersonRow[]>([]);
  const [total, setTotal] = useState<number | undefined>();
  const [error, setError] = useState<string | undefined>();

  useEffect(() => {
    const params = new URLSearchParams();
    if (search) params.set('search', search);
    if (company) params.set('company', company);
    if (connection) params.set('connection', connection);
    const query = params.toString();
    window.history.replaceState(null, '', `/people${query ? `?${query}` : ''}`);
    let isCurrent = true;
    // Typing fires a request per pause, not per key (250 ms: design choice).
    const timer = window.setTimeout(async () => {
      try {
        const loaded: PersonRow[] = [];
        for (let offset = 0; ; offset += PAGE) {
          const page = await api.people({
            search,
            company,
            ...(connection ? { connection } : {}),
            limit: PAGE,
            offset,
          });
          if (!isCurrent) return;
          loaded.push(...page.people);
          setRows([...loaded]);
          setTotal(page.total);
          setError(undefined);
          if (loaded.length >= page.total || page.people.length === 0) break;
        }
      } catch (e) {
        if (isCurrent) setError(e instanceof Error ? e.message : String(e));
      }
    }, 250);
    return () => {
      isCurrent = false;
      window.clearTimeout(timer);
    };
  }, [search, company, connection]);

  const sorted = useMemo(() => [...rows].sort(compareBy(sort)), [rows, sort]);
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: sorted.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });

  const openOnEnter = (event: KeyboardEvent<HTMLDivElement>, id: number) => {
    if (event.key === 'Enter') navigate(`/people/${id}`);
  };

  return (
    <section>
      <h1>People</h1>
      <form className="filters" role="search" onSubmit={(e) => e.preventDefault()}>
        <label>
          Search
          <input
            type="search"
            value={search}
            maxLength={200}
            placeholder="name, company or title"
            onChange={(e) => setSearch(e.target.value)}
          />
        </label>
        <label>
          Company
          <input
            type="text"
            value={company}
            maxLength={200}
            onChange={(e) => setCompany(e.target.value)}
          />
        </label>
        <label>
          Who
          <select
            value={connection}
            onChange={(e) => setConnection(e.target.value as '' | 'yes' | 'no')}
          >
            <option value="">Everyone</option>
            <option value="yes">LinkedIn connections</option>
            <option value="no">Not connected</option>
          </select>
        </label>
        <label>
          Sort by
          <select value={sort} onChange={(e) => setSort(e.target.value as SortKey)}>
            {SORTS.map((s) => (
              <option key={s.key} value={s.key}>
                {s.label}
              </option>
            ))}
          </select>
        </label>
      </form>
      {error ? (
        <p role="alert" className="error">
          {error}
        </p>
      ) : null}
      <p role="status" className="count">
        {total === undefined
          ? 'Loading...'
          : `${total.toLocaleString('en')} people${rows.length < total ? ` (loaded ${rows.length.toLocaleString('en')})` : ''}`}
      </p>
      <div className="table" role="table" aria-label="People" aria-rowcount={sorted.length + 1}>
        <div className="row head" role="row">
          <span role="columnheader">Name</span>
          <span role="columnheader">Company</span>
          <span role="columnheader" className="wide-only">
            Title
          </span>
          <span role="columnheader">Connected</span>
          <span role="columnheader" className="num">
            Messages
          </span>
        </div>
        <div className="scroller" ref={scroller}>
          <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
            {virtualizer.getVirtualItems().map((item) => {
              const p = sorted[item.index];
              if (!p) return null;
              return (
                <div
                  key={p.id}
                  className="row"
                  role="row"
                  tabIndex={0}
                  aria-rowindex={item.index + 2}
                  onClick={() => navigate(`/people/${p.id}`)}
                  onKeyDown={(e) => openOnEnter(e, p.id)}
                  style={{
                    position: 'absolute',
                    top: 0,
                    left: 0,
                    right: 0,
                    height: ROW_HEIGHT,
                    transform: `translateY(${item.start}px)`,
                  }}
                >
                  <span role="cell" className="name">
                    {p.displayName}
                  </span>
                  <span role="cell">{p.company}</span>
                  <span role="cell" className="wide-only">
                    {p.title}
                  </span>
                  <span role="cell">{p.connectedOn ?? ''}</span>
                  <span role="cell" className="num">
                    {p.messages}
                  </span>
                </div>
              );
            })}
          </div>
        </div>
      </div>
    </section>
  );
}
