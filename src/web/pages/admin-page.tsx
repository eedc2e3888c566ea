import { useState, type FormEvent } from 'react';
import {
  accountsApi,
  type AuditEntry,
  type CreatedInvitationView,
  type UserSummary,
} from '../../server/accounts-client.js';
import { useApi } from '../use-api.js';
import { CohortView } from './cohort-view.js';
import { CopyButton } from './copy-button.js';
import { describeError } from './server-frame.js';
import { StatusView } from './status-view.js';

const day = (iso: string | null) => (iso ? iso.slice(0, 16).replace('T', ' ') : '–');

function InviteForm(props: { onInvited: () => void }) {
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<'member' | 'coach'>('member');
  const [created, setCreated] = useState<CreatedInvitationView | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setMessage(null);
    accountsApi.invite(role, email).then(
      (invitation) => {
        setCreated(invitation);
        setEmail('');
        props.onInvited();
      },
      (error: unknown) => setMessage(describeError(error)),
    );
  };

  return (
    <form className="goals-form" onSubmit={submit}>
      <label htmlFor="invite-email">Email of the person to invite</label>
      <input
        id="invite-email"
        type="email"
        required
        maxLength={254}
        value={email}
        onChange={(e) => setEmail(e.target.value)}
      />
      <label htmlFor="invite-role">Role</label>
      <select
        id="invite-role"
        value={role}
        onChange={(e) => setRole(e.target.value === 'coach' ? 'coach' : 'member')}
      >
        <option value="member">member: brings their own network</option>
        <option value="coach">coach: sees progress of members who consent</option>
      </select>
      <div>
        <button type="submit">Create invitation link</button>
      </div>
      {message ? (
        <p role="alert" className="error">
          {message}
        </p>
      ) : null}
      {created ? (
        <div className="invitation-link" role="status">
          <p>
            {created.kind === 'password-reset'
              ? `${created.email} already has an account: this link lets them choose a new password.`
              : `Send this link to ${created.email} (${created.role}).`}{' '}
            It works once, until {day(created.expiresAt)} UTC. It is shown only now.
          </p>
          <p>
            <code data-testid="invitation-link">{created.link}</code>
          </p>
          <CopyButton text={created.link} label="Copy the link" />
        </div>
      ) : null}
    </form>
  );
}

function AuditLog() {
  const [older, setOlder] = useState<AuditEntry[]>([]);
  const first = useApi(() => accountsApi.audit(), 'audit');
  const [message, setMessage] = useState<string | null>(null);
  return (
    <StatusView loaded={first}>
      {(entries) => {
        const all = [...entries, ...older];
        const last = all[all.length - 1];
        return (
          <>
            <table className="audit">
              <thead>
                <tr>
                  <th scope="col">Time (UTC)</th>
                  <th scope="col">Event</th>
                  <th scope="col">By</th>
                  <th scope="col">About</th>
                  <th scope="col">Address</th>
                  <th scope="col">Detail</th>
                </tr>
              </thead>
              <tbody>
                {all.map((e) => (
                  <tr key={e.id}>
                    <td>{day(e.at)}</td>
                    <td>{e.event}</td>
                    <td>{e.actorName ?? (e.actorUserId !== null ? `#${e.actorUserId}` : '–')}</td>
                    <td>
                      {e.subjectName ?? (e.subjectUserId !== null ? `#${e.subjectUserId}` : '')}
                    </td>
                    <td>{e.ip}</td>
                    <td>{e.detail}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            {last && all.length % 100 === 0 ? (
              <button
                type="button"
                onClick={() =>
                  accountsApi.audit(last.id).then(
                    (more) => setOlder((o) => [...o, ...more]),
                    (error: unknown) => setMessage(describeError(error)),
                  )
                }
              >
                Older entries
              </button>
            ) : null}
            {message ? (
              <p role="alert" className="error">
                {message}
              </p>
            ) : null}
          </>
        );
      }}
    </StatusView>
  );
}

/** What the administrator can do to someone else's account, and what it did. */
function UserActions(props: {
  user: UserSummary;
  onChanged: () => void;
  onLink: (link: ShownLink) => void;
  onError: (message: string) => void;
}) {
  const { user } = props;
  const fail = (error: unknown) => props.onError(describeError(error));
  const reset = () =>
    accountsApi
      .resetUser(user.id)
      .then(
        (made) => props.onLink({ email: made.email, link: made.link, expiresAt: made.expiresAt }),
        fail,
      );
  const toggle = () =>
    accountsApi.setUserEnabled(user.id, user.disabledAt !== null).then(props.onChanged, fail);
  const remove = () => {
    const what = user.role === 'member' ? ' and all of their data' : '';
    if (!window.confirm(`Remove ${user.name}${what}? This cannot be undone.`)) return;
    accountsApi.removeUser(user.id).then(props.onChanged, fail);
  };
  return (
    <span className="actions">
      <button type="button" onClick={reset}>
        Reset link
      </button>{' '}
      <button type="button" onClick={toggle}>
        {user.disabledAt !== null ? 'Enable' : 'Disable'}
      </button>{' '}
      <button type="button" onClick={remove}>
        Remove
      </button>
    </span>
  );
}

interface ShownLink {
  email: string;
  link: string;
  expiresAt: string;
}

/** The administrator's page: invitations, people and roles, the cohort, the audit log. */
export function AdminPage(props: { selfId: number }) {
  const [shown, setShown] = useState<ShownLink | null>(null);
  const [actionError, setActionError] = useState<string | null>(null);
  const users = useApi(() => accountsApi.users(), 'users');
  const invitations = useApi(() => accountsApi.invitations(), 'invitations');
  const cohort = useApi(() => accountsApi.organisationCohort(), 'organisation-cohort');
  const refresh = () => {
    users.reload();
    invitations.reload();
  };
  return (
    <section>
      <h1>Organisation</h1>
      <h2>Invite someone</h2>
      <InviteForm onInvited={refresh} />
      <h2>People</h2>
      <StatusView loaded={users}>
        {(list) => (
          <table className="users">
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Email</th>
                <th scope="col">Role</th>
                <th scope="col">Shares with coaches</th>
                <th scope="col">Last sign-in (UTC)</th>
                <th scope="col">Account</th>
              </tr>
            </thead>
            <tbody>
              {list.map((u) => (
                <tr key={u.id} data-testid="user-row">
                  <th scope="row" className="name">
                    {u.name}
                  </th>
                  <td>{u.email}</td>
                  <td>{u.role}</td>
                  <td className="num">{u.role === 'member' ? u.coachesSharedWith : ''}</td>
                  <td>{day(u.lastSignInAt)}</td>
                  <td>
                    {u.disabledAt !== null ? 'disabled ' : ''}
                    {u.id !== props.selfId ? (
                      <UserActions
                        user={u}
                        onChanged={refresh}
                        onLink={setShown}
                        onError={setActionError}
                      />
                    ) : (
                      'you'
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </StatusView>
      {actionError ? (
        <p role="alert" className="error">
          {actionError}
        </p>
      ) : null}
      {shown ? (
        <div className="invitation-link" role="status">
          <p>
            Send this link to {shown.email}: it lets them choose a new password, once, until{' '}
            {day(shown.expiresAt)} UTC. It is shown only now.
          </p>
          <p>
            <code data-testid="reset-link">{shown.link}</code>
          </p>
          <CopyButton text={shown.link} label="Copy the link" />
        </div>
      ) : null}
      <h2>Invitations</h2>
      <StatusView loaded={invitations}>
        {(list) =>
          list.length === 0 ? (
            <p className="note">No invitations yet.</p>
          ) : (
            <table className="invitations">
              <thead>
                <tr>
                  <th scope="col">Email</th>
                  <th scope="col">Role</th>
                  <th scope="col">Status</th>
                  <th scope="col">Expires (UTC)</th>
                  <th scope="col">Withdraw</th>
                </tr>
              </thead>
              <tbody>
                {list.map((i) => (
                  <tr key={i.id}>
                    <td>{i.email}</td>
                    <td>{i.role}</td>
                    <td>{i.status}</td>
                    <td>{day(i.expiresAt)}</td>
                    <td>
                      {i.status === 'open' ? (
                        <button
                          type="button"
                          onClick={() =>
                            accountsApi
                              .withdrawInvitation(i.id)
                              .then(refresh, (error: unknown) =>
                                setActionError(describeError(error)),
                              )
                          }
                        >
                          Withdraw
                        </button>
                      ) : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )
        }
      </StatusView>
      <h2>Cohort</h2>
      <p className="note">
        Members who share their progress with at least one coach, as aggregates only.
      </p>
      <StatusView loaded={cohort}>
        {(c) => <CohortView cohort={c} caption="The career centre's cohort" />}
      </StatusView>
      <h2>Audit log</h2>
      <AuditLog />
    </section>
  );
}
