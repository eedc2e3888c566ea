import { useRef, useState, type KeyboardEvent } from 'react';
import type { ListName } from '../../server/api-client.js';
import { Link } from '../router.js';
import { api, useApi } from '../use-api.js';
import { ProfileLink } from './profile-link.js';
import { ReviewNotice } from './review-page.js';
import { StatusView } from './status-view.js';

// The five lists of issue 8; the others (helpers, wave) are reachable from the CLI.
const SHOWN: { name: ListName; label: string }[] = [
  { name: 'ask', label: 'Ask' },
  { name: 'more', label: 'More at your targets' },
  { name: 'reconnect', label: 'Reconnect' },
  { name: 'recruiters', label: 'Recruiters' },
  { name: 'invite', label: 'Invite' },
  { name: 'prune', label: 'Prune' },
];

function readList(): ListName {
  const asked = new URLSearchParams(window.location.search).get('list');
  return SHOWN.find((l) => l.name === asked)?.name ?? 'ask';
}

export function ListsPage() {
  const [name, setName] = useState<ListName>(readList);
  const list = useApi(() => api.list(name, 50), `list-${name}`);
  const tabs = useRef<(HTMLButtonElement | null)[]>([]);
  const choose = (next: ListName) => {
    setName(next);
    // The chosen list is part of the address, so a reload or a shared link opens it.
    window.history.replaceState(null, '', next === 'ask' ? '/lists' : `/lists?list=${next}`);
  };
  // Arrow keys move between tabs (WAI-ARIA tabs pattern); Tab leaves the tab list.
  const onKey = (event: KeyboardEvent<HTMLButtonElement>, index: number) => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (step === 0) return;
    event.preventDefault();
    const next = (index + step + SHOWN.length) % SHOWN.length;
    const target = SHOWN[next];
    if (!target) return;
    choose(target.name);
    tabs.current[next]?.focus();
  };
  return (
    <section>
      <h1>Lists</h1>
      <div className="tabs" role="tablist" aria-label="Lists">
        {SHOWN.map((l, i) => (
          <button
            key={l.name}
            ref={(element) => {
              tabs.current[i] = element;
            }}
            type="button"
            role="tab"
            id={`tab-${l.name}`}
            aria-controls="list-panel"
            aria-selected={name === l.name}
            tabIndex={name === l.name ? 0 : -1}
            onClick={() => choose(l.name)}
            onKeyDown={(e) => onKey(e, i)}
          >
            {l.label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id="list-panel" aria-labelledby={`tab-${name}`}>
        <StatusView loaded={list}>
          {(data) => (
            <>
              <p className="lead">
                {data.description} ({data.total.toLocaleString('en')} people; top{' '}
                {data.entries.length})
              </p>
              <ReviewNotice personIds={data.entries.map((e) => e.personId)} />
              {data.notes.map((note) => (
                <p key={note} className="muted">
                  {note}
                </p>
              ))}
              <ol className="cards">
                {data.entries.map((e) => (
                  <li key={e.personId} className="card">
                    <h3>
                      <Link to={`/people/${e.personId}`}>{e.name || `#${e.personId}`}</Link>
                    </h3>
                    <p className="muted">
                      {[e.title, e.company].filter(Boolean).join(' at ')} · {e.tieClass} · score{' '}
                      {e.score.toFixed(2)}
                    </p>
                    <p>{e.reason}</p>
                    <p>
                      <strong>Next:</strong> {e.nextAction}
                    </p>
                    <ProfileLink href={e.profileLink} />
                  </li>
                ))}
              </ol>
            </>
          )}
        </StatusView>
        <p>
          <Link to={`/people?list=${name}`}>See the whole list in the people table</Link>, to filter
          and sort it by any score.
        </p>
      </div>
    </section>
  );
}
