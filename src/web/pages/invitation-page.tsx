import { useEffect, useState, type FormEvent } from 'react';
import { accountsApi, type SessionView, type UserRole } from '../../server/accounts-client.js';
import { useLinkToken } from './link-token.js';
import { describeError } from './server-frame.js';
import { NameField, NewPasswordField, SubmitRow } from './account-fields.js';

const ROLE_TEXT: Record<UserRole, string> = {
  member: 'as a member: your network stays yours, and you choose which coach sees your progress',
  coach:
    'as a coach: you will see the progress of members who choose to share it, never their contacts',
  administrator: 'as the administrator',
};

type Invitation =
  | { state: 'loading' }
  | { state: 'invalid'; message: string }
  | { state: 'ready'; role: UserRole; email: string; organisation: string };

/** The invitee names themself and sets a password; the link works once. */
export function InvitationPage(props: { onSignedIn: (view: SessionView) => void }) {
  const token = useLinkToken();
  const [invitation, setInvitation] = useState<Invitation>({ state: 'loading' });
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const [isBusy, setBusy] = useState(false);

  useEffect(() => {
    if (token === '') {
      setInvitation({
        state: 'invalid',
        message: 'Open the complete invitation link you were sent.',
      });
      return;
    }
    accountsApi.invitation(token).then(
      (found) => setInvitation({ state: 'ready', ...found }),
      (error: unknown) => setInvitation({ state: 'invalid', message: describeError(error) }),
    );
  }, [token]);

  if (invitation.state === 'loading') return <p role="status">Loading...</p>;
  if (invitation.state === 'invalid') {
    return (
      <section>
        <h1>Invitation</h1>
        <p role="alert" className="error">
          {invitation.message}
        </p>
      </section>
    );
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setMessage(null);
    accountsApi.acceptInvitation(token, name, password).then(
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
      <h1>Join {invitation.organisation}</h1>
      <p className="lead">
        You are invited {ROLE_TEXT[invitation.role]}. You will sign in as{' '}
        <strong>{invitation.email}</strong>.
      </p>
      <form className="goals-form" onSubmit={submit}>
        <NameField id="invitation-name" value={name} onChange={setName} />
        <NewPasswordField id="invitation-password" value={password} onChange={setPassword} />
        <SubmitRow label="Join" busyLabel="Joining..." isBusy={isBusy} message={message} />
      </form>
    </section>
  );
}
