import type { ReactNode } from 'react';
import type { SessionView } from '../../server/accounts-client.js';
import { Link } from '../router.js';

const ROLE_LABELS = { administrator: 'administrator', member: 'member', coach: 'coach' } as const;

/** Who is signed in, where, and the way out: shown on every server-mode page. */
export function AccountBar(props: { view: SessionView; onSignOut: () => void }) {
  const { view } = props;
  if (!view.user) return null;
  return (
    <div className="top account-bar">
      <span>
        {view.organisation ?? 'weakties'}: signed in as <strong>{view.user.name}</strong> (
        {ROLE_LABELS[view.user.role]})
      </span>
      <nav aria-label="Account">
        <Link to="/">{view.user.role === 'member' ? 'Your network' : 'Home'}</Link>
        <Link to="/account">
          {view.user.role === 'member' ? 'Sharing and your data' : 'Your account'}
        </Link>
      </nav>
      <button type="button" onClick={props.onSignOut}>
        Sign out
      </button>
    </div>
  );
}

/** The page frame of server mode's own pages (sign-in, setup, coach, administrator). */
export function ServerFrame(props: {
  view: SessionView;
  onSignOut: () => void;
  children: ReactNode;
}) {
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      {props.view.user ? (
        <AccountBar view={props.view} onSignOut={props.onSignOut} />
      ) : (
        <header className="top">
          <span className="brand">weakties</span>
          {props.view.organisation ? <span>{props.view.organisation}</span> : null}
        </header>
      )}
      <main id="main" tabIndex={-1}>
        {props.children}
      </main>
    </>
  );
}

/** The message of a failed call, for a status line. */
export function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
