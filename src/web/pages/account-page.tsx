import { useState, type FormEvent } from 'react';
import { accountsApi, EXPORT_PATH, type CoachChoice } from '../../server/accounts-client.js';
import { useApi } from '../use-api.js';
import { describeError } from './server-frame.js';
import { StatusView } from './status-view.js';

function CoachList(props: { initial: CoachChoice[] }) {
  const [coaches, setCoaches] = useState(props.initial);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const change = (coach: CoachChoice) => {
    const call = coach.sharedSince
      ? accountsApi.revokeConsent(coach.id)
      : accountsApi.grantConsent(coach.id);
    call.then(
      (result) => {
        setCoaches(result.coaches);
        setMessage({
          ok: true,
          text: coach.sharedSince
            ? `${coach.name} no longer sees your progress.`
            : `${coach.name} now sees your progress.`,
        });
      },
      (error: unknown) => setMessage({ ok: false, text: describeError(error) }),
    );
  };
  if (coaches.length === 0) return <p className="note">Your organisation has no coach yet.</p>;
  return (
    <>
      <ul className="plain coaches">
        {coaches.map((coach) => (
          <li key={coach.id} data-testid="coach-choice">
            <strong>{coach.name}</strong>{' '}
            {coach.sharedSince ? `(sharing since ${coach.sharedSince.slice(0, 10)}) ` : ''}
            <button type="button" onClick={() => change(coach)}>
              {coach.sharedSince ? `Stop sharing with ${coach.name}` : `Share with ${coach.name}`}
            </button>
          </li>
        ))}
      </ul>
      {message ? (
        <p role={message.ok ? 'status' : 'alert'} className={message.ok ? 'note' : 'error'}>
          {message.text}
        </p>
      ) : null}
    </>
  );
}

function DeleteAccount(props: { onDeleted: () => void }) {
  const [password, setPassword] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    accountsApi.deleteAccount(password).then(props.onDeleted, (error: unknown) => {
      setPassword('');
      setMessage(describeError(error));
    });
  };
  return (
    <form className="goals-form" onSubmit={submit}>
      <label htmlFor="delete-password">Your password, to erase your account and all its data</label>
      <input
        id="delete-password"
        type="password"
        required
        autoComplete="current-password"
        value={password}
        onChange={(e) => setPassword(e.target.value)}
      />
      <div>
        <button type="submit">Erase my account</button>
      </div>
      {message ? (
        <p role="alert" className="error">
          {message}
        </p>
      ) : null}
    </form>
  );
}

/** A member's consent settings and their own data. */
export function AccountPage(props: { onDeleted: () => void }) {
  const consents = useApi(() => accountsApi.consents(), 'consents');
  return (
    <section>
      <h1>Sharing and your data</h1>
      <h2>Share your progress with a coach</h2>
      <p className="lead">
        A coach you choose sees your progress as numbers: invitations sent per week against your
        pace, conversations and asks by tie class, referrals, interviews and offers, and how your
        tie mix changes. Never a name, a message or any of your contacts. While you share with any
        coach, your figures also count, anonymously, in the career centre&apos;s totals, which never
        show a figure of fewer than 5 members. Stopping takes effect at once.
      </p>
      <StatusView loaded={consents}>{(data) => <CoachList initial={data.coaches} />}</StatusView>
      <h2>Your data</h2>
      <p>
        <a href={EXPORT_PATH} download>
          Download all your data (JSON)
        </a>
      </p>
      <DeleteAccount onDeleted={props.onDeleted} />
    </section>
  );
}
