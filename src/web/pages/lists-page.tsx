import { useState } from 'react';
import type { ListName } from '../../server/api-client.js';
import { Link } from '../router.js';
import { api, useApi } from '../use-api.js';
import { ProfileLink } from './profile-link.js';
import { StatusView } from './status-view.js';

// The five lists of issue 8; the others (helpers, wave) are reachable from the CLI.
const SHOWN: { name: ListName; label: string }[] = [
  { name: 'ask', label: 'Ask' },
  { name: 'reconnect', label: 'Reconnect' },
  { name: 'recruiters', label: 'Recruiters' },
  { name: 'invite', label: 'Invite' },
  { name: 'prune', label: 'Prune' },
];

export function ListsPage() {
  const [name, setName] = useState<ListName>('ask');
  const list = useApi(() => api.list(name, 50), `list-${name}`);
  return (
    <section>
      <h1>Lists</h1>
      <div className="tabs" role="tablist" aria-label="Lists">
        {SHOWN.map((l) => (
          <button
            key={l.name}
            type="button"
            role="tab"
            aria-selected={name === l.name}
            onClick={() => setName(l.name)}
          >
            {l.label}
          </button>
        ))}
      </div>
      <StatusView loaded={list}>
        {(data) => (
          <>
            <p className="lead">
              {data.description} ({data.total.toLocaleString('en')} people; top{' '}
              {data.entries.length})
            </p>
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
    </section>
  );
}
