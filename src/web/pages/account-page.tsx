import { useState, type FormEvent } from 'react';
import {
  accountsApi,
  EXPORT_PATH,
  type CoachChoice,
  type UserRole,
} from '../../server/accounts-client.js';
import { useApi } from '../use-api.js';
import { NewPasswordField } from './account-fields.js';
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

function ChangePassword() {
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [isBusy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setMessage(null);
    accountsApi.changePassword(current, next).then(
      () => {
        setBusy(false);
        setCurrent('');
        setNext('');
        setMessage({ ok: true, text: 'Password changed; you are signed out everywhere else.' });
      },
      (error: unknown) => {
        setBusy(false);
        setMessage({ ok: false, text: describeError(error) });
      },
    );
  };
  return (
    <form className="goals-form" onSubmit={submit}>
      <label htmlFor="current-password">Your current password</label>
      <input
        id="current-password"
        type="password"
        required
        autoComplete="current-password"
        value={current}
        onChange={(e) => setCurrent(e.target.value)}
      />
      <NewPasswordField id="new-password" value={next} onChange={setNext} />
      <div>
        <button type="submit" disabled={isBusy}>
          {isBusy ? 'Changing...' : 'Change the password'}
        </button>
      </div>
      {message ? (
        <p role={message.ok ? 'status' : 'alert'} className={message.ok ? 'note' : 'error'}>
          {message.text}
        </p>
      ) : null}
    </form>
  );
}

const when = (iso: string) => iso.slice(0, 16).replace('T', ' ');

function Sessions() {
  const sessions = useApi(() => accountsApi.sessions(), 'sessions');
  const [message, setMessage] = useState<string | null>(null);
  const fail = (error: unknown) => setMessage(describeError(error));
  return (
    <StatusView loaded={sessions}>
      {(list) => (
        <>
          <table className="sessions">
            <thead>
              <tr>
                <th scope="col">Browser</th>
                <th scope="col">Address</th>
                <th scope="col">Signed in (UTC)</th>
                <th scope="col">Last active (UTC)</th>
                <th scope="col">Sign out</th>
              </tr>
            </thead>
            <tbody>
              {list.map((s) => (
                <tr key={s.id} data-testid="session-row">
                  <td>{s.userAgent || 'unknown browser'}</td>
                  <td>{s.ip}</td>
                  <td>{when(s.createdAt)}</td>
                  <td>{when(s.lastSeenAt)}</td>
                  <td>
                    {s.current ? (
                      'this one'
                    ) : (
                      <button
                        type="button"
                        onClick={() => accountsApi.endSession(s.id).then(sessions.reload, fail)}
                      >
                        Sign that browser out
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {list.length > 1 ? (
            <button
              type="button"
              onClick={() => accountsApi.endOtherSessions().then(sessions.reload, fail)}
            >
              Sign out everywhere else
            </button>
          ) : null}
          {message ? (
            <p role="alert" className="error">
              {message}
            </p>
          ) : null}
        </>
      )}
    </StatusView>
  );
}

function Consents() {
  const consents = useApi(() => accountsApi.consents(), 'consents');
  return (
    <>
      <h2>Share your progress with a coach</h2>
      <p className="lead">
        A coach you choose sees your progress as numbers: invitations sent per week against your
        pace, conversations and asks by tie class, referrals, interviews and offers, and how your
        tie mix changes. Never a name, a message or any of your contacts. While you share with any
        coach, your figures also count, anonymously, in the career centre&apos;s totals, which never
        show a figure of fewer than 5 members. Stopping takes effect at once.
      </p>
      <StatusView loaded={consents}>{(data) => <CoachList initial={data.coaches} />}</StatusView>
    </>
  );
}

/** A person's own account: password, sessions, their data; a member's consents too. */
export function AccountPage(props: { role: UserRole; onDeleted: () => void }) {
  const isMember = props.role === 'member';
  return (
    <section>
      <h1>{isMember ? 'Sharing and your data' : 'Your account'}</h1>
      {isMember ? <Consents /> : null}
      <h2>Password</h2>
      <ChangePassword />
      <h2>Where you are signed in</h2>
      <Sessions />
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
