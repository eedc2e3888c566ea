import { useEffect, useState, type FormEvent } from 'react';
import { accountsApi, type SessionView } from '../../server/accounts-client.js';
import { NewPasswordField, SubmitRow } from './account-fields.js';
import { useLinkToken } from './link-token.js';
import { describeError } from './server-frame.js';

type Reset =
  | { state: 'loading' }
  | { state: 'invalid'; message: string }
  | { state: 'ready'; email: string; name: string };

/** A one-time link from the administrator: the person chooses a new password and is signed in. */
export function ResetPage(props: { onSignedIn: (view: SessionView) => void }) {
  const token = useLinkToken();
  const [reset, setReset] = useState<Reset>({ state: 'loading' });
  const [password, setPassword] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const [isBusy, setBusy] = useState(false);

  useEffect(() => {
    if (token === '') {
      setReset({ state: 'invalid', message: 'Open the complete link you were given.' });
      return;
    }
    accountsApi.passwordReset(token).then(
      (found) => setReset({ state: 'ready', ...found }),
      (error: unknown) => setReset({ state: 'invalid', message: describeError(error) }),
    );
  }, [token]);

  if (reset.state === 'loading') return <p role="status">Loading...</p>;
  if (reset.state === 'invalid') {
    return (
      <section>
        <h1>New password</h1>
        <p role="alert" className="error">
          {reset.message}
        </p>
      </section>
    );
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setMessage(null);
    accountsApi.completePasswordReset(token, password).then(
      (view) => {
        setBusy(false);
        props.onSignedIn(view);
      },
      (error: unknown) => {
        setBusy(false);
        setMessage(describeError(error));
      },
    );
  };

  return (
    <section>
      <h1>Choose a new password</h1>
      <p className="lead">
        For <strong>{reset.name}</strong> ({reset.email}). Every place you were signed in is signed
        out; this link works once.
      </p>
      <form className="goals-form" onSubmit={submit}>
        <NewPasswordField id="reset-password" value={password} onChange={setPassword} />
        <SubmitRow
          label="Set the password"
          busyLabel="Saving..."
          isBusy={isBusy}
          message={message}
        />
      </form>
    </section>
  );
}
