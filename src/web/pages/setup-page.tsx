import { useState, type FormEvent } from 'react';
import { accountsApi, type SessionView } from '../../server/accounts-client.js';
import { useLinkToken } from './link-token.js';
import { describeError } from './server-frame.js';
import { NameField, NewPasswordField, SubmitRow } from './account-fields.js';

/** First run: the administrator names the organisation and creates their own account. */
export function SetupPage(props: { onSignedIn: (view: SessionView) => void }) {
  const token = useLinkToken();
  const [organisation, setOrganisation] = useState('');
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const [isBusy, setBusy] = useState(false);

  if (token === '') {
    return (
      <section>
        <h1>Set up the organisation</h1>
        <p role="alert" className="error">
          Open the complete link printed on the server&apos;s console; this address has no setup
          code.
        </p>
      </section>
    );
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setMessage(null);
    accountsApi.setUp({ token, organisation, name, email, password }).then(
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
      <h1>Set up the organisation</h1>
      <p className="lead">
        You become its administrator: you invite members and coaches and read the audit log. You
        will not see anyone&apos;s contacts.
      </p>
      <form className="goals-form" onSubmit={submit}>
        <label htmlFor="setup-organisation">Organisation</label>
        <input
          id="setup-organisation"
          required
          maxLength={120}
          value={organisation}
          onChange={(e) => setOrganisation(e.target.value)}
        />
        <NameField id="setup-name" value={name} onChange={setName} />
        <label htmlFor="setup-email">Your email (you sign in with it)</label>
        <input
          id="setup-email"
          type="email"
          required
          maxLength={254}
          autoComplete="username"
          value={email}
          onChange={(e) => setEmail(e.target.value)}
        />
        <NewPasswordField id="setup-password" value={password} onChange={setPassword} />
        <SubmitRow label="Set up" busyLabel="Setting up..." isBusy={isBusy} message={message} />
      </form>
    </section>
  );
}
