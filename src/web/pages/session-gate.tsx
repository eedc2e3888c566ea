import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { accountsApi, loadSessionView, type SessionView } from '../../server/accounts-client.js';
import { navigate } from '../router.js';
import { AccountPage } from './account-page.js';
import { AdminPage } from './admin-page.js';
import { CoachPage } from './coach-page.js';
import { InvitationPage } from './invitation-page.js';
import { ResetPage } from './reset-page.js';
import { AccountBar, describeError, ServerFrame } from './server-frame.js';
import { SetupPage } from './setup-page.js';
import { SignInPage } from './sign-in-page.js';

type Gate =
  | { state: 'loading' }
  | { state: 'error'; message: string }
  | { state: 'single-user' }
  | { state: 'server'; view: SessionView };

/**
 * Server mode's front door (issue 9). The single-user app has no /api/auth routes, so there
 * the member app shows as it always did. In server mode: setup and invitation links, sign-in,
 * and then the page of the signed-in role: the member's own app, the coach's aggregates or the
 * administrator's organisation page.
 */
export function SessionGate(props: { path: string; children: ReactNode }) {
  const [gate, setGate] = useState<Gate>({ state: 'loading' });
  useEffect(() => {
    loadSessionView().then(
      (view) => setGate(view ? { state: 'server', view } : { state: 'single-user' }),
      (error: unknown) => setGate({ state: 'error', message: describeError(error) }),
    );
  }, []);
  const enter = useCallback((view: SessionView) => {
    setGate({ state: 'server', view });
    navigate('/');
  }, []);
  const signOut = useCallback(() => {
    accountsApi
      .signOut()
      .then(enter, (error: unknown) => setGate({ state: 'error', message: describeError(error) }));
  }, [enter]);
  // After erasing the account the session is gone: ask the server where that leaves us.
  const signedOut = useCallback(() => {
    loadSessionView().then(
      (view) => (view ? enter(view) : setGate({ state: 'single-user' })),
      (error: unknown) => setGate({ state: 'error', message: describeError(error) }),
    );
  }, [enter]);

  if (gate.state === 'loading') return <p role="status">Loading...</p>;
  if (gate.state === 'error') {
    return (
      <p role="alert" className="error">
        {gate.message}
      </p>
    );
  }
  if (gate.state === 'single-user') return <>{props.children}</>;
  const { view } = gate;
  const frame = (page: ReactNode) => (
    <ServerFrame view={view} onSignOut={signOut}>
      {page}
    </ServerFrame>
  );
  if (props.path === '/setup') return frame(<SetupPage onSignedIn={enter} />);
  if (props.path === '/invitation') return frame(<InvitationPage onSignedIn={enter} />);
  if (props.path === '/reset') return frame(<ResetPage onSignedIn={enter} />);
  if (!view.user) return frame(<SignInPage view={view} onSignedIn={enter} />);
  if (props.path === '/account') {
    return frame(<AccountPage role={view.user.role} onDeleted={signedOut} />);
  }
  if (view.user.role === 'administrator') return frame(<AdminPage selfId={view.user.id} />);
  if (view.user.role === 'coach') return frame(<CoachPage />);
  return (
    <>
      <AccountBar view={view} onSignOut={signOut} />
      {props.children}
    </>
  );
}
