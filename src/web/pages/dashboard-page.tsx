import { api, useApi } from '../use-api.js';
import { GrowthChart } from './growth-chart.js';
import { StatusView } from './status-view.js';

const CLASS_LABELS: Record<string, string> = {
  strong: 'Strong',
  'moderately-weak': 'Moderately weak',
  weak: 'Weak',
  dormant: 'Dormant',
  'never-interacted': 'Never interacted',
};

const percent = (x: number) => `${(x * 100).toFixed(1)} %`;
const whole = (n: number) => n.toLocaleString('en');

export function DashboardPage() {
  const stats = useApi(() => api.stats(), 'stats');
  const health = useApi(() => api.health(), 'health');
  const goals = useApi(() => api.goals(), 'goals');
  return (
    <section>
      <h1>Dashboard</h1>
      <StatusView loaded={stats}>
        {(s) => (
          <>
            {s.owner ? <p className="lead">{s.owner.name}</p> : null}
            <dl className="figures">
              <div>
                <dt>Connections</dt>
                <dd data-testid="connections">{whole(s.connections)}</dd>
              </div>
              <div>
                <dt>People known</dt>
                <dd>{whole(s.people)}</dd>
              </div>
              <div>
                <dt>Companies</dt>
                <dd>{whole(s.distinctCompanies)}</dd>
              </div>
              <div>
                <dt>Ever messaged</dt>
                <dd>{percent(s.messagedShare)}</dd>
              </div>
            </dl>
            <GrowthChart byYear={s.connectionsByYear} />
          </>
        )}
      </StatusView>
      <h2>Tie strength</h2>
      <StatusView loaded={health}>
        {(h) => {
          const total = Math.max(1, h.connections);
          return (
            <>
              <p>
                Dormant share: <strong>{percent(h.dormantShare)}</strong>. Relevant to your goals:{' '}
                <strong>{percent(h.relevantShare)}</strong>.
              </p>
              <table className="mix">
                <caption>Connections by tie class</caption>
                <thead>
                  <tr>
                    <th scope="col">Class</th>
                    <th scope="col">Connections</th>
                    <th scope="col">Share</th>
                  </tr>
                </thead>
                <tbody>
                  {Object.entries(h.tieClassMix).map(([cls, n]) => (
                    <tr key={cls}>
                      <th scope="row">{CLASS_LABELS[cls] ?? cls}</th>
                      <td>{whole(n)}</td>
                      <td>
                        <span className="meter" aria-hidden="true">
                          <span className="meter-fill" style={{ width: `${(n / total) * 100}%` }} />
                        </span>{' '}
                        {percent(n / total)}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          );
        }}
      </StatusView>
      <h2>Goals</h2>
      <StatusView loaded={goals}>
        {(g) => (
          <>
            {!g.confirmed ? (
              <p className="note">
                Pre-filled from your export, not confirmed yet
                {g.prefilledFrom.length ? `: ${g.prefilledFrom.join('; ')}` : ''}.
              </p>
            ) : null}
            <dl className="goals">
              <dt>Target companies</dt>
              <dd>{g.goals.targetCompanies.join(', ') || 'none yet'}</dd>
              <dt>Target roles</dt>
              <dd>{g.goals.targetRoles.join(', ') || 'none yet'}</dd>
              <dt>Stance</dt>
              <dd>{g.goals.stance}</dd>
            </dl>
          </>
        )}
      </StatusView>
    </section>
  );
}
