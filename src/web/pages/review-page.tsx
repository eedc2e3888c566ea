import { useState } from 'react';
import type { MergeView, ReviewPairView } from '../../server/api-client.js';
import { Link } from '../router.js';
import { api, useApi } from '../use-api.js';
import { StatusView } from './status-view.js';
import './review-page.css';

const GUARD_TEXT: Record<NonNullable<ReviewPairView['guard']>, string> = {
  'names-differ': 'Not merged automatically: the names differ.',
  'name-only': 'Not merged automatically: nothing but the name agrees.',
  'employers-differ': 'Not merged automatically: the employers differ.',
  ambiguous: 'Not merged automatically: another person fits as well.',
};

const percent = (p: number) => `${Math.round(p * 100)} %`;
const bits = (b: number) => `${b >= 0 ? '+' : '−'}${Math.abs(b).toFixed(1)} bits`;

function Side(props: { person: ReviewPairView['a'] }) {
  const { person } = props;
  return (
    <div className="card review-side">
      <Link to={`/people/${person.id}`}>{person.displayName || `#${person.id}`}</Link>
      <p className="muted">
        {person.company || 'no company'}
        {person.isConnection ? ' · LinkedIn connection' : ''}
      </p>
      <p className="muted">seen in {person.sources.join(', ') || 'no source'}</p>
    </div>
  );
}

function Reasons(props: { reasons: ReviewPairView['reasons'] }) {
  return (
    <ul className="review-reasons">
      {props.reasons.map((r) => (
        <li key={`${r.comparison}:${r.level}`}>
          {r.text} <span className="muted">({bits(r.bits)})</span>
        </li>
      ))}
    </ul>
  );
}

type Status = { ok: boolean; text: string; undo?: number } | null;

export function ReviewPage() {
  const review = useApi(() => api.identityReview(), 'identity-review');
  const merges = useApi(() => api.identityMerges(true), 'identity-merges');
  const [status, setStatus] = useState<Status>(null);
  const [isBusy, setBusy] = useState(false);

  const act = (work: () => Promise<Status>) => {
    setBusy(true);
    work()
      .then(
        (next) => setStatus(next),
        (error: unknown) =>
          setStatus({ ok: false, text: error instanceof Error ? error.message : String(error) }),
      )
      .finally(() => {
        setBusy(false);
        review.reload();
        merges.reload();
      });
  };
  const name = (p: ReviewPairView['a']) => p.displayName || `#${p.id}`;
  const merge = (pair: ReviewPairView) =>
    act(async () => {
      const keep = pair.a.isConnection || !pair.b.isConnection ? pair.a : pair.b;
      const gone = keep === pair.a ? pair.b : pair.a;
      const result = await api.mergePeople(keep.id, gone.id);
      return { ok: true, text: `Merged ${name(gone)} into ${name(keep)}.`, undo: result.mergeId };
    });
  const notSame = (pair: ReviewPairView) =>
    act(async () => {
      await api.notSamePeople(pair.a.id, pair.b.id);
      return { ok: true, text: `Noted: ${name(pair.a)} and ${name(pair.b)} are two people.` };
    });
  const undo = (id: number) =>
    act(async () => {
      await api.undoMerge(id);
      return { ok: true, text: 'Undone: the two are apart again.' };
    });
  const undoAll = () =>
    act(async () => {
      const result = await api.undoAutoMerges();
      return { ok: true, text: `Undid ${result.undone} automatic merge(s).` };
    });

  return (
    <section>
      <h1>Review: one person or two?</h1>
      <p className="lead">
        When the evidence is decisive, people who appear in several sources are merged
        automatically. These pairs are the uncertain ones, those that change your lists most first.
        Every merge can be undone.
      </p>
      {status ? (
        <p role={status.ok ? 'status' : 'alert'} className={status.ok ? 'note' : 'error'}>
          {status.text}{' '}
          {status.undo !== undefined ? (
            <button type="button" disabled={isBusy} onClick={() => undo(status.undo as number)}>
              Undo
            </button>
          ) : null}
        </p>
      ) : null}
      <StatusView loaded={review}>
        {(data) => (
          <section aria-label="Pairs to decide">
            <h2>
              To decide <span className="muted">({data.total})</span>
            </h2>
            {data.items.length === 0 ? (
              <p>Nothing to decide: every likely pair was merged or set apart.</p>
            ) : (
              <ol className="plain review-list">
                {data.items.map((pair) => (
                  <li
                    key={`${pair.a.id}:${pair.b.id}`}
                    className="review-pair"
                    data-pair={`${pair.a.id}:${pair.b.id}`}
                  >
                    <div className="review-sides">
                      <Side person={pair.a} />
                      <Side person={pair.b} />
                    </div>
                    <p>
                      <strong>{percent(pair.posterior)} the same person.</strong>{' '}
                      {pair.guard ? GUARD_TEXT[pair.guard] : null}
                    </p>
                    <Reasons reasons={pair.reasons} />
                    <div className="board-actions">
                      <button
                        type="button"
                        disabled={isBusy}
                        aria-label={`Merge ${name(pair.a)} and ${name(pair.b)}`}
                        onClick={() => merge(pair)}
                      >
                        Merge
                      </button>
                      <button
                        type="button"
                        disabled={isBusy}
                        aria-label={`${name(pair.a)} and ${name(pair.b)} are not the same`}
                        onClick={() => notSame(pair)}
                      >
                        Not the same
                      </button>
                    </div>
                  </li>
                ))}
              </ol>
            )}
          </section>
        )}
      </StatusView>
      <StatusView loaded={merges}>
        {(list: MergeView[]) => (
          <section aria-label="Merged automatically">
            <h2>
              Merged automatically <span className="muted">({list.length})</span>
            </h2>
            {list.length > 0 ? (
              <button type="button" disabled={isBusy} onClick={undoAll}>
                Undo all automatic merges
              </button>
            ) : (
              <p>No automatic merges stand.</p>
            )}
            <ul className="plain review-list">
              {list.map((m) => (
                <li key={m.id} className="review-pair">
                  <p>
                    <Link to={`/people/${m.keptPersonId}`}>#{m.keptPersonId}</Link> took in #
                    {m.mergedPersonId}
                    {m.posterior !== undefined ? `, ${percent(m.posterior)} the same person` : ''}
                  </p>
                  <Reasons reasons={m.reasons} />
                  <button
                    type="button"
                    disabled={isBusy}
                    aria-label={`Undo merge ${m.id}`}
                    onClick={() => undo(m.id)}
                  >
                    Undo
                  </button>
                </li>
              ))}
            </ul>
          </section>
        )}
      </StatusView>
    </section>
  );
}

/**
 * A notice for pages that show people (Today's plan, Lists): some of them may be one person
 * with someone else, and the Review page decides.
 */
export function ReviewNotice(props: { personIds: readonly (number | string)[] }) {
  const review = useApi(() => api.identityReview(), 'identity-review-notice');
  if (review.state !== 'ready') return null;
  const shown = new Set(props.personIds.map(String));
  const touching = review.data.items.filter(
    (p) => shown.has(String(p.a.id)) || shown.has(String(p.b.id)),
  );
  if (touching.length === 0) return null;
  return (
    <p className="note" role="note">
      {touching.length === 1
        ? 'One person here may be the same as someone else in your sources.'
        : `${touching.length} people here may be the same as someone else in your sources.`}{' '}
      <Link to="/review">Review them</Link>
    </p>
  );
}
