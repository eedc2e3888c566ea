import type { NetworkHealth } from '../../server/api-client.js';
import { api, useApi } from '../use-api.js';
import './data-pages.css';
import { GrowthChart } from './growth-chart.js';
import { PaceChart } from './pace-chart.js';
import { ShareBars } from './share-bars.js';
import { StatusView } from './status-view.js';
import { CLASS_LABELS, CLASS_ORDER, TieMixChart } from './tie-mix-chart.js';

const percent = (x: number) => `${(x * 100).toFixed(1)} %`;
const whole = (n: number) => n.toLocaleString('en');
// Clusters drawn in the cluster chart (design choice: the largest ten; the rest are summed).
const CLUSTERS_SHOWN = 10;

function TieStrength(props: { health: NetworkHealth }) {
  const h = props.health;
  const total = Math.max(1, h.connections);
  return (
    <>
      <p>
        Dormant share: <strong data-testid="dormant-share">{percent(h.dormantShare)}</strong> of
        your connections, last in touch 3 or more years ago (as useful as current ties, and more
        novel: Levin et al. 2011). Relevant to your goals:{' '}
        <strong>{percent(h.relevantShare)}</strong>.
      </p>
      <TieMixChart mix={h.tieClassMix} />
      <div className="table-scroll">
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
            {CLASS_ORDER.map((c) => (
              <tr key={c} data-class={c}>
                <th scope="row">{CLASS_LABELS[c]}</th>
                <td>{whole(h.tieClassMix[c])}</td>
                <td>{percent(h.tieClassMix[c] / total)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ShareBars
        title="Shares of your connections"
        bars={[
          {
            label: 'Dormant (3+ years)',
            value: h.dormantShare,
            text: percent(h.dormantShare),
          },
          {
            label: 'Never interacted',
            value: h.neverInteractedShare,
            text: percent(h.neverInteractedShare),
            reference: { value: 0.9, label: '90 % in a public 2024 LinkedIn export' },
          },
          {
            label: 'Relevant to your goals',
            value: h.relevantShare,
            text: percent(h.relevantShare),
          },
        ]}
      />
      <ul className="plain">
        {h.comparisons.map((c) => (
          <li key={c.figure}>
            {c.figure}: yours {c.yours}; research {c.research} ({c.source})
          </li>
        ))}
      </ul>
    </>
  );
}

function Diversity(props: { health: NetworkHealth }) {
  const { companyDiversity: companies, functionDiversity: functions } = props.health;
  const clusters = useApi(() => api.clusters(), 'clusters');
  return (
    <div className="chart-grid">
      <div className="chart-card">
        <h3>Across companies and functions</h3>
        <ShareBars
          title="Evenness of your connections (Shannon entropy over its maximum)"
          bars={[
            {
              label: `${whole(companies.groups)} companies`,
              value: companies.evenness,
              text: companies.evenness.toFixed(2),
            },
            {
              label: `${whole(functions.groups)} functions`,
              value: functions.evenness,
              text: functions.evenness.toFixed(2),
            },
          ]}
        />
        <p className="muted">
          Evenness 1 means connections spread equally over every company (or function); near 0, most
          sit in one. Companies: {companies.entropyBits.toFixed(2)} bits; functions:{' '}
          {functions.entropyBits.toFixed(2)} bits.
        </p>
      </div>
      <div className="chart-card">
        <h3>Across clusters of your network</h3>
        <StatusView loaded={clusters}>
          {(report) => {
            const shown = report.clusters.slice(0, CLUSTERS_SHOWN);
            const clustered = report.clusters.reduce((n, c) => n + c.size, 0);
            const everyone = Math.max(1, clustered + report.unclustered);
            if (shown.length === 0) {
              return (
                <p className="muted">
                  No clusters found yet: weakties needs ties among your contacts.
                </p>
              );
            }
            return (
              <>
                <ShareBars
                  title="Largest clusters by members"
                  bars={shown.map((c) => ({
                    label: c.label.length > 24 ? `${c.label.slice(0, 23)}…` : c.label,
                    value: c.size / (shown[0]?.size ?? 1),
                    text: whole(c.size),
                  }))}
                />
                <p className="muted">
                  {whole(report.clusters.length)} clusters hold {percent(clustered / everyone)} of
                  your contacts; {whole(report.unclustered)} are in none.
                </p>
              </>
            );
          }}
        </StatusView>
      </div>
    </div>
  );
}

export function DashboardPage() {
  const stats = useApi(() => api.stats(), 'stats');
  const health = useApi(() => api.health(), 'health');
  const goals = useApi(() => api.goals(), 'goals');
  const pace = useApi(() => api.pace(), 'pace');
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
                <dd data-testid="people">{whole(s.people)}</dd>
              </div>
              <div>
                <dt>Companies</dt>
                <dd data-testid="companies">{whole(s.distinctCompanies)}</dd>
              </div>
              <div>
                <dt>Ever messaged</dt>
                <dd data-testid="messaged-share">{percent(s.messagedShare)}</dd>
              </div>
              <div>
                <dt>Messages</dt>
                <dd data-testid="messages">{whole(s.messages)}</dd>
              </div>
              <div>
                <dt>Invitations sent</dt>
                <dd data-testid="invitations-out">{whole(s.invitationsOut)}</dd>
              </div>
            </dl>
          </>
        )}
      </StatusView>

      <h2>Network size and growth</h2>
      <StatusView loaded={health}>{(h) => <GrowthChart months={h.growthByMonth} />}</StatusView>

      <h2>Tie strength</h2>
      <StatusView loaded={health}>{(h) => <TieStrength health={h} />}</StatusView>

      <h2>Diversity</h2>
      <StatusView loaded={health}>{(h) => <Diversity health={h} />}</StatusView>

      <h2>Your goal and this week</h2>
      <div className="chart-grid">
        <div className="chart-card">
          <h3>Invitations against the pace</h3>
          <StatusView loaded={pace}>
            {(p) => (
              <>
                <PaceChart pace={p} />
                <ul className="pace-figures">
                  <li>
                    Conversations: <strong>{p.conversations}</strong>
                  </li>
                  <li>
                    Asks: <strong>{p.asks}</strong>
                  </li>
                  <li>
                    Referrals: <strong>{p.referrals}</strong>
                  </li>
                  <li>
                    Interviews: <strong>{p.interviews}</strong>
                  </li>
                  <li>
                    Offers: <strong>{p.offers}</strong>
                  </li>
                </ul>
                <p className="muted">
                  The pace: {p.perDay} invitations a day this week, at most {p.weeklyCap} in 7 days
                  (start with 5 a day and add 5 each week, as career coaches advise; LinkedIn allows
                  about 100 a week).
                </p>
              </>
            )}
          </StatusView>
        </div>
        <div className="chart-card">
          <h3>Your goal</h3>
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
                  <dt>What you solve</dt>
                  <dd>{g.goals.solution || 'not written yet'}</dd>
                </dl>
              </>
            )}
          </StatusView>
        </div>
      </div>
    </section>
  );
}
