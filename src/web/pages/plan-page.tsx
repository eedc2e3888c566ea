import { useState } from 'react';
import type { PlanAction } from '../../server/api-client.js';
import { Link } from '../router.js';
import { api, useApi } from '../use-api.js';
import { CopyButton } from './copy-button.js';
import { ProfileLink } from './profile-link.js';
import { ReviewNotice } from './review-page.js';
import { StatusView } from './status-view.js';

const ACTIONS: { action: PlanAction; label: string }[] = [
  { action: 'done', label: 'Done' },
  { action: 'snooze', label: 'Snooze a day' },
  { action: 'skip', label: 'Skip' },
];

/**
 * Today's plan (issue 8). Opening the page only shows the plan; the server stores it when the
 * user first acts on an item or keeps it (services/plan-preview.ts), as `weakties plan` stores
 * it on first show. Items are acted on by key, which names the same action whatever its place.
 */
export function PlanPage() {
  const plan = useApi(() => api.plan(), 'plan');
  const [message, setMessage] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const keep = async () => {
    setBusy(true);
    try {
      const saved = await api.savePlan();
      setMessage(`Kept the plan for ${saved.day}: it reads the same all day.`);
      plan.reload();
    } catch (error) {
      setMessage(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(false);
    }
  };
  const act = async (ref: string, action: PlanAction, name: string) => {
    setBusy(true);
    try {
      const result = await api.markPlanItem(ref, action);
      const moves = result.moves.map((m) => m.stage).join(', ');
      setMessage(`${name}: ${result.status}${moves ? ` (pipeline: ${moves})` : ''}`);
      plan.reload();
    } catch (error) {
      setMessage(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section>
      <h1>Today&apos;s plan</h1>
      <p role="status" className="note">
        {message ?? ''}
      </p>
      <StatusView loaded={plan}>
        {(p) => (
          <>
            <p className="lead">
              {p.day}: {p.minutesPlanned} of {p.minutesAvailable} minutes planned.
              {p.goalsConfirmed ? '' : ' Your goals are not confirmed yet.'}
            </p>
            <ReviewNotice personIds={p.items.map((i) => i.personId)} />
            {p.isSaved ? null : (
              <p className="muted">
                Not kept yet: the plan is stored when you act on an item, or now with{' '}
                <button type="button" disabled={busy} onClick={keep}>
                  Keep this plan
                </button>
              </p>
            )}
            {p.shapedBy.length ? (
              <ul className="plain muted" aria-label="Limits that shaped this plan">
                {p.shapedBy.map((s) => (
                  <li key={`${s.limit}-${s.message}`}>{s.message}</li>
                ))}
              </ul>
            ) : null}
            {p.notes.map((n) => (
              <p key={n} className="note">
                {n}
              </p>
            ))}
            <ol className="cards">
              {p.items.map((item) => (
                <li key={item.key} className={`card status-${item.status}`}>
                  <h3>
                    {item.position}. <Link to={`/people/${item.personId}`}>{item.name}</Link>{' '}
                    <span className="muted">
                      {item.kind} · {item.minutes} min · {item.status}
                      {item.snoozeUntil ? ` until ${item.snoozeUntil}` : ''}
                    </span>
                  </h3>
                  <p>{item.action}</p>
                  <p className="muted">{item.reason}</p>
                  {item.draft ? (
                    <>
                      <pre className="draft">{item.draft.text}</pre>
                      <CopyButton text={item.draft.text} label="Copy draft" />
                    </>
                  ) : null}{' '}
                  <ProfileLink href={item.profileLink} />
                  {item.status === 'shown' || item.status === 'snoozed' ? (
                    <div className="actions">
                      {ACTIONS.map((a) => (
                        <button
                          key={a.action}
                          type="button"
                          disabled={busy}
                          aria-label={`${a.label}: ${item.kind} for ${item.name}`}
                          onClick={() => act(item.key, a.action, item.name)}
                        >
                          {a.label}
                        </button>
                      ))}
                    </div>
                  ) : null}
                </li>
              ))}
            </ol>
          </>
        )}
      </StatusView>
    </section>
  );
}
