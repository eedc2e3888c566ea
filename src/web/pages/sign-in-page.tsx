import { useState, type FormEvent } from 'react';
import { accountsApi, type SessionView } from '../../server/accounts-client.js';
import { describeError } from './server-frame.js';

export function SignInPage(props: { view: SessionView; onSignedIn: (view: SessionView) => void }) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const [isBusy, setBusy] = useState(false);

  if (props.view.needsSetup) {
    return (
      <section>
        <h1>Not set up yet</h1>
        <p>
          This server has no administrator yet. Open the one-time setup link that{' '}
          <code>weakties serve --multi-user</code> printed on the server&apos;s console.
        </p>
      </section>
    );
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setMessage(null);
    accountsApi.signIn(email, password).then(
      (view) => {
        setBusy(false);
        props.onSignedIn(view);
      },
      (error: unknown) => {
        setBusy(false);
        setPassword('');
        setMessage(describeError(error));
      },
    );
  };

  return (
    <section>
      <h1>Sign in</h1>
      <form className="goals-form" onSubmit={submit}>
        <label htmlFor="sign-in-email">Email</label>
        <input
          id="sign-in-email"
          type="email"
          autoComplete="username"
          required
          maxLength={254}
          value={email}
          onChange={(e) => setEmail(e.target.value)}
        />
        <label htmlFor="sign-in-password">Password</label>
        <input
          id="sign-in-password"
          type="password"
          autoComplete="current-password"
          required
          maxLength={256}
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />
        <div>
          <button type="submit" disabled={isBusy}>
            {isBusy ? 'Signing in...' : 'Sign in'}
          </button>
        </div>
        {message ? (
          <p role="alert" className="error">
            {message}
          </p>
        ) : null}
      </form>
    </section>
  );
}
