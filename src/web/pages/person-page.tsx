import { useState, type FormEvent } from 'react';
import type { MutualView, NextStep, PersonOutreach, PersonView } from '../../server/api-client.js';
import { Link } from '../router.js';
import { api, useApi } from '../use-api.js';
import { CopyButton } from './copy-button.js';
import './data-pages.css';
import { ProfileLink } from './profile-link.js';
import { StatusView } from './status-view.js';
import { CLASS_LABELS } from './tie-mix-chart.js';

const EFFECT_LABELS = { raises: '+', lowers: '-', neutral: '=', unknown: '?' } as const;

const EVIDENCE_WORDS: Readonly<Record<string, string>> = {
  email: 'on an email with you',
  meeting: 'at a meeting with you',
  'group-chat': 'in a group chat with you',
  'same-employer': 'both work at',
  imported: 'a tie you imported',
  owner: 'your contact',
};

const score = (x: number) => x.toFixed(2);

// Mutuals listed before "Show all" (design choice: a glance; the API sends up to 50).
const MUTUALS_AT_FIRST = 10;
// Details named per kind of evidence, e.g. three of the threads two people share.
const DETAILS_PER_KIND = 3;

/** Evidence grouped by kind: "in a group chat with you: Team A, Team B and 4 more". */
function groupEvidence(mutual: MutualView): { kind: string; text: string }[] {
  const byKind = new Map<string, string[]>();
  for (const e of mutual.evidence) {
    const details = byKind.get(e.kind) ?? [];
    if (e.detail && !details.includes(e.detail)) details.push(e.detail);
    byKind.set(e.kind, details);
  }
  return [...byKind].map(([kind, details]) => {
    const named = details.slice(0, DETAILS_PER_KIND).join(', ');
    const more = details.length - DETAILS_PER_KIND;
    return {
      kind,
      text: `${EVIDENCE_WORDS[kind] ?? kind}${named ? `${kind === 'same-employer' ? ' ' : ': '}${named}` : ''}${more > 0 ? ` and ${more} more` : ''}`,
    };
  });
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** One field: the count LinkedIn shows on the profile, which replaces the estimate at once. */
function MutualsEntry(props: { personId: number; onRecorded(): void }) {
  const [count, setCount] = useState('');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState('');
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const value = Number(count);
    if (!/^\d+$/.test(count.trim()) || !Number.isSafeInteger(value)) {
      setMessage('Type the whole number LinkedIn shows, e.g. 12.');
      return;
    }
    setBusy(true);
    try {
      const result = await api.recordMutuals(props.personId, value);
      setMessage(`Recorded ${result.count}; the scores use it now.`);
      setCount('');
      props.onRecorded();
    } catch (error) {
      setMessage(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="event-form" onSubmit={submit} aria-label="Record mutual connections">
      <label>
        Mutual connections LinkedIn shows
        <input
          inputMode="numeric"
          value={count}
          onChange={(e) => setCount(e.target.value)}
          aria-label="Mutual connections LinkedIn shows"
        />
      </label>
      <button type="submit" disabled={busy || count.trim() === ''}>
        Record
      </button>
      {message ? <p role="status">{message}</p> : null}
    </form>
  );
}

function MutualsSection(props: {
  mutuals: PersonView['mutuals'];
  personId: number;
  onRecorded(): void;
}) {
  const m = props.mutuals;
  const [isAll, setAll] = useState(false);
  const listed = isAll ? m.mutuals : m.mutuals.slice(0, MUTUALS_AT_FIRST);
  const shown = m.mutuals.length;
  let summary: string;
  if (m.count === null) {
    summary = `Unknown: no email, meeting, chat or employer ties them to your other contacts, and LinkedIn's export names no mutual connections. Record the count LinkedIn shows below.`;
  } else if (m.source === 'recorded' || m.source === 'imported') {
    summary = `${m.count} mutual connection${m.count === 1 ? '' : 's'} (${m.source === 'recorded' ? 'the count you recorded from LinkedIn' : 'imported'}); the score uses it. weakties found ${m.found} of them in your data.`;
  } else {
    summary = `${capitalise(m.words ?? `about ${m.count} mutual connections (estimated)`)}. LinkedIn's export names no mutual connections; the profile shows the real count, and recording it replaces the estimate.`;
  }
  return (
    <>
      <p data-testid="mutuals-summary">{summary}</p>
      <MutualsEntry personId={props.personId} onRecorded={props.onRecorded} />
      {shown > 0 ? (
        <ul className="mutual-list" aria-label="Mutual connections and why">
          {listed.map((mutual: MutualView) => (
            <li key={mutual.personId}>
              <Link to={`/people/${mutual.personId}`}>{mutual.name || `#${mutual.personId}`}</Link>
              {mutual.company ? <span className="muted"> · {mutual.company}</span> : null}
              <ul className="evidence">
                {groupEvidence(mutual).map((e) => (
                  <li key={e.kind} data-evidence={e.kind}>
                    {e.text}
                  </li>
                ))}
                {mutual.evidenceCount > mutual.evidence.length ? (
                  <li>{mutual.evidenceCount - mutual.evidence.length} more pieces of evidence</li>
                ) : null}
              </ul>
            </li>
          ))}
        </ul>
      ) : null}
      {listed.length < shown ? (
        <button type="button" onClick={() => setAll(true)}>
          Show all {shown}
        </button>
      ) : null}
      {m.found > shown ? <p className="muted">and {m.found - shown} more.</p> : null}
    </>
  );
}

function DraftView(props: { label: string; draft: NonNullable<NextStep['draft']> }) {
  const d = props.draft;
  const length = [...d.text].length;
  return (
    <div className="draft-block">
      <p className="muted">
        {props.label} ({length}/{d.maxLength} characters, template {d.templateId})
      </p>
      <pre className="draft">{d.text}</pre>
      <CopyButton text={d.text} label="Copy draft" />
      <ul className="checks">
        {d.problems.length === 0 ? (
          <li className="ok">
            Passes every check (length, placeholders, a specific ask, a personal detail).
          </li>
        ) : (
          d.problems.map((p) => <li key={p.code}>{p.reason}</li>)
        )}
      </ul>
    </div>
  );
}

function NextStepSection(props: { outreach: PersonOutreach; profileLink: string | null }) {
  const step = props.outreach.nextStep;
  if (!step) {
    return (
      <p>
        {props.outreach.isPlannable
          ? 'Nothing is due for them today: the plan follows up when the cadence says so.'
          : 'Not on a ranked list or in the pipeline yet: put them in the pipeline to plan a step.'}
      </p>
    );
  }
  return (
    <article className="card">
      <p>
        <strong>{step.kind}</strong>: {step.action}
      </p>
      <p className="muted">{step.reason}</p>
      {step.limit ? <p className="note">{step.limit}</p> : null}
      {step.draft ? <DraftView label="Draft" draft={step.draft} /> : null}
      {(step.replies ?? []).map((r) => (
        <DraftView key={r.templateId} label={'If they ask "are you hiring?"'} draft={r} />
      ))}
      <p>
        <ProfileLink href={step.profileLink ?? props.profileLink} />
      </p>
      <p className="muted">weakties never sends anything: copy the text and send it yourself.</p>
    </article>
  );
}

function EventForm(props: { outreach: PersonOutreach; personId: number; onLogged(): void }) {
  const [kind, setKind] = useState('answer');
  const [help, setHelp] = useState('advice');
  const [note, setNote] = useState('');
  const [date, setDate] = useState('');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState('');
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    try {
      const result = await api.logEvent({
        person: props.personId,
        kind,
        ...(note.trim() ? { note } : {}),
        ...(kind === 'help-received' ? { help } : {}),
        ...(date ? { date } : {}),
      });
      setMessage(
        `Logged ${result.event.kind}${result.move ? `; pipeline: ${result.move.stage}` : '; the stage stays'}.`,
      );
      setNote('');
      props.onLogged();
    } catch (error) {
      setMessage(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="event-form" onSubmit={submit} aria-label="Log an event">
      <label>
        What happened
        <select value={kind} onChange={(e) => setKind(e.target.value)}>
          {props.outreach.eventKinds.map((k) => (
            <option key={k.kind} value={k.kind}>
              {k.kind}: {k.description}
            </option>
          ))}
        </select>
      </label>
      {kind === 'help-received' ? (
        <label>
          How they helped
          <select value={help} onChange={(e) => setHelp(e.target.value)}>
            {props.outreach.helpKinds.map((h) => (
              <option key={h} value={h}>
                {h}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      <label>
        Note (optional, private)
        <textarea
          value={note}
          maxLength={2000}
          rows={2}
          onChange={(e) => setNote(e.target.value)}
        />
      </label>
      <label>
        Day (empty for today)
        <input type="date" value={date} onChange={(e) => setDate(e.target.value)} />
      </label>
      <button type="submit" disabled={busy}>
        Log event
      </button>
      <p role="status" className="note" data-testid="event-status">
        {message}
      </p>
    </form>
  );
}

function PipelineSection(props: {
  outreach: PersonOutreach;
  person: PersonView;
  onChanged(): void;
}) {
  const o = props.outreach;
  const [message, setMessage] = useState('');
  const start = async (stage: 'to-invite' | 'to-reconnect') => {
    try {
      await api.movePipeline({ person: props.person.id, stage });
      setMessage(`Moved to ${stage}.`);
      props.onChanged();
    } catch (error) {
      setMessage(error instanceof Error ? error.message : String(error));
    }
  };
  return (
    <>
      <p>
        Stage:{' '}
        <strong className="stage" data-testid="pipeline-stage">
          {o.stage ?? 'not in the pipeline'}
        </strong>
        {o.since ? ` since ${o.since.slice(0, 10)}` : ''}
        {o.path ? ` (${o.path} path)` : ''}
        {o.help ? `; they helped with ${o.help}` : ''}
        {o.snoozeUntil ? `; snoozed until ${o.snoozeUntil}` : ''}
        {o.fromImport ? '; from your export' : ''}
      </p>
      {o.stage === null ? (
        <p>
          <button
            type="button"
            onClick={() => start(props.person.connection ? 'to-reconnect' : 'to-invite')}
          >
            {props.person.connection ? 'Plan to reconnect' : 'Plan to invite'}
          </button>{' '}
          <span className="note" role="status">
            {message}
          </span>
        </p>
      ) : null}
      {o.history.length ? (
        <ol className="timeline" aria-label="Pipeline history">
          {o.history.map((h, i) => (
            <li key={`${h.at}-${h.what}-${i}`}>
              <time dateTime={h.at}>{h.at.slice(0, 10)}</time>{' '}
              {h.kind === 'move' ? 'moved to' : 'logged'} {h.what}
              {h.help ? ` (${h.help})` : ''} <span className="muted">({h.source})</span>
              {h.note ? `: ${h.note}` : ''}
            </li>
          ))}
        </ol>
      ) : null}
      <EventForm outreach={o} personId={props.person.id} onLogged={props.onChanged} />
    </>
  );
}

export function PersonPage(props: { id: number }) {
  const person = useApi(() => api.person(props.id), `person-${props.id}`);
  const outreach = useApi(() => api.personOutreach(props.id), `person-outreach-${props.id}`);
  const refresh = () => {
    outreach.reload();
    person.reload();
  };
  return (
    <section>
      <p>
        <Link to="/people">Back to people</Link>
      </p>
      <StatusView loaded={person}>
        {(p) => {
          const sources = [...new Set(p.identities.map((i) => i.source.split(':')[0] ?? i.source))];
          return (
            <>
              <h1>
                {p.displayName}
                {p.credentials ? `, ${p.credentials}` : ''}
              </h1>
              <p className="lead">
                {[p.title, p.company].filter(Boolean).join(' at ') || 'No title or company known'}
              </p>
              <div className="person-head">
                <ProfileLink href={p.profileLink} />
                {p.profileLink ? (
                  <CopyButton text={p.profileLink} label="Copy profile link" />
                ) : null}
                <span>
                  {p.connection
                    ? `Connected on ${p.connection.connectedOn || 'an unknown date'}`
                    : 'Not a LinkedIn connection'}
                </span>
              </div>
              <ul className="badges" aria-label="Sources">
                {sources.map((s) => (
                  <li key={s}>{s}</li>
                ))}
              </ul>

              <div className="two-columns">
                <section aria-labelledby="score-heading">
                  <h2 id="score-heading">Score</h2>
                  {p.score ? (
                    <>
                      <p>
                        Tie class{' '}
                        <strong className={`class-badge class-${p.score.tieClass}`}>
                          {CLASS_LABELS[p.score.tieClass]}
                        </strong>
                      </p>
                      <dl className="score-figures">
                        <div>
                          <dt>Opportunity</dt>
                          <dd>{score(p.score.opportunity)}</dd>
                        </div>
                        <div>
                          <dt>Novelty</dt>
                          <dd>{score(p.score.novelty)}</dd>
                        </div>
                        <div>
                          <dt>Relevance</dt>
                          <dd>{score(p.score.relevance)}</dd>
                        </div>
                        <div>
                          <dt>Closeness</dt>
                          <dd>{score(p.score.closeness)}</dd>
                        </div>
                      </dl>
                      <p className="explanation">{p.score.explanation}</p>
                      <div className="table-scroll">
                        <table>
                          <caption>What the score rests on</caption>
                          <thead>
                            <tr>
                              <th scope="col">Input</th>
                              <th scope="col">Value</th>
                              <th scope="col">Effect</th>
                              <th scope="col" className="wide-only">
                                Why
                              </th>
                            </tr>
                          </thead>
                          <tbody>
                            {p.score.factors.map((f) => (
                              <tr key={f.key}>
                                <th scope="row">{f.label}</th>
                                <td className="break-word">{f.value}</td>
                                <td aria-label={f.effect}>{EFFECT_LABELS[f.effect]}</td>
                                <td className="wide-only">{f.note}</td>
                              </tr>
                            ))}
                          </tbody>
                        </table>
                      </div>
                    </>
                  ) : (
                    <p>Not scored: weakties scores the people you have a tie with.</p>
                  )}

                  <h2>Mutual connections</h2>
                  <MutualsSection mutuals={p.mutuals} personId={p.id} onRecorded={refresh} />
                </section>

                <section aria-labelledby="pipeline-heading">
                  <h2 id="pipeline-heading">Pipeline</h2>
                  <StatusView loaded={outreach}>
                    {(o) => <PipelineSection outreach={o} person={p} onChanged={refresh} />}
                  </StatusView>

                  <h2>Next step</h2>
                  <StatusView loaded={outreach}>
                    {(o) => <NextStepSection outreach={o} profileLink={p.profileLink} />}
                  </StatusView>
                </section>
              </div>

              <h2>Timeline</h2>
              <p>
                {p.messages.sent + p.messages.received > 0
                  ? `${p.messages.sent} sent, ${p.messages.received} received in ${p.messages.conversations} conversation(s), ${p.messages.firstAt?.slice(0, 10)} to ${p.messages.lastAt?.slice(0, 10)}`
                  : 'No messages'}
                {p.recentMessages.length < p.messages.sent + p.messages.received
                  ? `; the latest ${p.recentMessages.length} are listed.`
                  : '.'}
              </p>
              {p.timeline.length ? (
                <ol className="timeline" aria-label="Timeline">
                  {p.timeline.map((t, i) => (
                    <li key={`${t.at}-${t.kind}-${i}`} data-kind={t.kind}>
                      <time dateTime={t.at}>{t.at.slice(0, 10)}</time> {t.text}
                    </li>
                  ))}
                </ol>
              ) : null}

              <h2>Known as</h2>
              <div className="table-scroll">
                <table>
                  <thead>
                    <tr>
                      <th scope="col">Kind</th>
                      <th scope="col">Value</th>
                      <th scope="col">Source</th>
                    </tr>
                  </thead>
                  <tbody>
                    {p.identities.map((i) => (
                      <tr key={`${i.kind}-${i.value}-${i.sourceFile}-${i.sourceLine}`}>
                        <td>{i.kind}</td>
                        <td className="break">{i.raw}</td>
                        <td className="break-word">
                          {i.source}, {i.sourceFile}:{i.sourceLine}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </>
          );
        }}
      </StatusView>
    </section>
  );
}
