import { Link } from '../router.js';
import { api, useApi } from '../use-api.js';
import { CopyButton } from './copy-button.js';
import { ProfileLink } from './profile-link.js';
import { StatusView } from './status-view.js';

const EFFECT_LABELS = { raises: '+', lowers: '-', neutral: '=', unknown: '?' } as const;

export function PersonPage(props: { id: number }) {
  const person = useApi(() => api.person(props.id), `person-${props.id}`);
  const plan = useApi(() => api.plan(), 'plan');
  const planned =
    plan.state === 'ready'
      ? plan.data.items.filter((i) => i.personId === String(props.id) && i.draft)
      : [];
  return (
    <section>
      <p>
        <Link to="/people">Back to people</Link>
      </p>
      <StatusView loaded={person}>
        {(p) => (
          <>
            <h1>{p.displayName}</h1>
            <p className="lead">
              {[p.title, p.company].filter(Boolean).join(' at ') || 'No title or company known'}
            </p>
            <p>
              <ProfileLink href={p.profileLink} />
              {p.profileLink ? <CopyButton text={p.profileLink} label="Copy profile link" /> : null}
            </p>
            <p>
              {p.connection
                ? `Connected on ${p.connection.connectedOn || 'an unknown date'}`
                : 'Not a LinkedIn connection'}
            </p>

            <h2>Score</h2>
            {p.score ? (
              <>
                <p>
                  Tie class <strong>{p.score.tieClass}</strong>, opportunity{' '}
                  <strong>{p.score.opportunity.toFixed(2)}</strong>
                </p>
                <p className="explanation">{p.score.explanation}</p>
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
                        <td>{f.value}</td>
                        <td aria-label={f.effect}>{EFFECT_LABELS[f.effect]}</td>
                        <td className="wide-only">{f.note}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </>
            ) : (
              <p>Not scored: weakties scores the people you have a tie with.</p>
            )}

            {planned.length ? (
              <>
                <h2>In today&apos;s plan</h2>
                {planned.map((item) => (
                  <article key={item.key} className="card">
                    <p>{item.action}</p>
                    <pre className="draft">{item.draft?.text}</pre>
                    <CopyButton text={item.draft?.text ?? ''} label="Copy draft" />
                  </article>
                ))}
              </>
            ) : null}

            <h2>Messages</h2>
            <p>
              {p.messages.sent + p.messages.received > 0
                ? `${p.messages.sent} sent, ${p.messages.received} received in ${p.messages.conversations} conversation(s), ${p.messages.firstAt?.slice(0, 10)} to ${p.messages.lastAt?.slice(0, 10)}`
                : 'No messages'}
            </p>
            {p.recentMessages.length ? (
              <ol className="timeline">
                {p.recentMessages.map((m, i) => (
                  <li key={`${m.sentAt}-${i}`}>
                    <time dateTime={m.sentAt}>{m.sentAt.slice(0, 10)}</time>{' '}
                    {m.direction === 'out' ? 'you wrote' : 'they wrote'} ({m.channel}
                    {m.wordCount ? `, ${m.wordCount} words` : ''})
                    {m.subject || m.conversationTitle
                      ? `: ${m.subject || m.conversationTitle}`
                      : ''}
                  </li>
                ))}
              </ol>
            ) : null}

            <h2>Known as</h2>
            <table>
              <thead>
                <tr>
                  <th scope="col">Kind</th>
                  <th scope="col">Value</th>
                  <th scope="col" className="wide-only">
                    Source
                  </th>
                </tr>
              </thead>
              <tbody>
                {p.identities.map((i) => (
                  <tr key={`${i.kind}-${i.value}-${i.sourceFile}-${i.sourceLine}`}>
                    <td>{i.kind}</td>
                    <td className="break">{i.raw}</td>
                    <td className="wide-only">
                      {i.source}, {i.sourceFile}:{i.sourceLine}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        )}
      </StatusView>
    </section>
  );
}
