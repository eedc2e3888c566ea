/**
 * The typed client for server mode's own routes (multi-user-app.ts): sign-in, setup,
 * invitations, consents, the coach and administrator views. Like api-client.ts it imports types
 * only, so the browser bundle holds none of the server's code; it keeps the session's CSRF
 * token there, where every state change of the member API picks it up.
 */
import type {
  AuditEntry,
  InvitationSummary,
  UserRole,
  UserSummary,
} from '../services/accounts-service.js';
import type { CoachedMember, CohortSummary } from '../services/coach-view.js';
import type { SessionListing } from '../services/account-lifecycle.js';
import type { CoachChoice } from '../services/consent-service.js';
import { ApiError, setCsrfToken, stateChangeHeaders } from './api-client.js';
import type { SessionView } from './multi-user-app.js';

export type {
  AuditEntry,
  CoachChoice,
  CoachedMember,
  CohortSummary,
  InvitationSummary,
  SessionListing,
  SessionView,
  UserRole,
  UserSummary,
};
export type InvitationView = InvitationSummary & { status: 'open' | 'accepted' | 'expired' };
export interface CreatedInvitationView {
  /** An email that already has an account gets a password reset link instead. */
  kind: 'invitation' | 'password-reset';
  role: 'member' | 'coach';
  email: string;
  expiresAt: string;
  link: string;
}

async function callJson<T>(path: string, init: RequestInit = {}): Promise<T> {
  const response = await fetch(path, { credentials: 'same-origin', ...init });
  const text = await response.text();
  let body: unknown;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    throw new ApiError(
      response.status,
      'bad-response',
      `the server answered: ${text.slice(0, 200)}`,
    );
  }
  if (!response.ok) {
    const error = (body as { error?: { code?: string; message?: string } } | undefined)?.error;
    throw new ApiError(
      response.status,
      error?.code ?? 'http',
      error?.message ?? `HTTP ${response.status}`,
    );
  }
  return body as T;
}

function send<T>(method: string, path: string, body?: unknown): Promise<T> {
  return callJson<T>(path, {
    method,
    headers: { ...stateChangeHeaders(), 'content-type': 'application/json' },
    body: JSON.stringify(body ?? {}),
  });
}

/** Keeps the token of whatever session the server reports, or forgets it when signed out. */
function remember(view: SessionView): SessionView {
  setCsrfToken(view.csrfToken);
  return view;
}

/** The session, or null in the single-user app (which has no accounts). */
export async function loadSessionView(): Promise<SessionView | null> {
  const answer = await callJson<SessionView | { mode: 'single-user' }>('/api/auth/me');
  return answer.mode === 'server' ? remember(answer) : null;
}

export const accountsApi = {
  signIn: async (email: string, password: string) =>
    remember(await send<SessionView>('POST', '/api/auth/login', { email, password })),
  signOut: async () => remember(await send<SessionView>('POST', '/api/auth/logout')),
  setUp: async (input: {
    token: string;
    organisation: string;
    name: string;
    email: string;
    password: string;
  }) => remember(await send<SessionView>('POST', '/api/auth/setup', input)),
  invitation: (token: string) =>
    callJson<{ role: UserRole; email: string; organisation: string }>(
      `/api/auth/invitations/${encodeURIComponent(token)}`,
    ),
  acceptInvitation: async (token: string, name: string, password: string) =>
    remember(
      await send<SessionView>('POST', `/api/auth/invitations/${encodeURIComponent(token)}`, {
        name,
        password,
      }),
    ),
  invite: (role: 'member' | 'coach', email: string) =>
    send<CreatedInvitationView>('POST', '/api/admin/invitations', { role, email }),
  invitations: () => callJson<InvitationView[]>('/api/admin/invitations'),
  users: () => callJson<UserSummary[]>('/api/admin/users'),
  audit: (before?: number) =>
    callJson<AuditEntry[]>(`/api/admin/audit${before !== undefined ? `?before=${before}` : ''}`),
  organisationCohort: () => callJson<CohortSummary>('/api/admin/cohort'),
  consents: () => callJson<{ coaches: CoachChoice[] }>('/api/consents'),
  grantConsent: (coachId: number) =>
    send<{ coaches: CoachChoice[] }>('POST', '/api/consents', { coachId }),
  revokeConsent: (coachId: number) =>
    send<{ coaches: CoachChoice[] }>('DELETE', `/api/consents/${coachId}`),
  deleteAccount: (password: string) =>
    send<{ deleted: true }>('DELETE', '/api/account', { password }),
  passwordReset: (token: string) =>
    callJson<{ email: string; name: string }>(`/api/auth/resets/${encodeURIComponent(token)}`),
  completePasswordReset: async (token: string, password: string) =>
    remember(
      await send<SessionView>('POST', `/api/auth/resets/${encodeURIComponent(token)}`, {
        password,
      }),
    ),
  changePassword: (currentPassword: string, newPassword: string) =>
    send<{ changed: true }>('POST', '/api/account/password', { currentPassword, newPassword }),
  sessions: () => callJson<SessionListing[]>('/api/account/sessions'),
  endSession: (id: string) =>
    send<{ ended: true }>('DELETE', `/api/account/sessions/${encodeURIComponent(id)}`),
  endOtherSessions: () => send<{ ended: number }>('DELETE', '/api/account/sessions'),
  resetUser: (userId: number) =>
    send<{ email: string; expiresAt: string; link: string }>(
      'POST',
      `/api/admin/users/${userId}/reset`,
    ),
  setUserEnabled: (userId: number, enabled: boolean) =>
    send<{ id: number; disabled: boolean }>(
      'POST',
      `/api/admin/users/${userId}/${enabled ? 'enable' : 'disable'}`,
    ),
  removeUser: (userId: number) => send<{ removed: true }>('DELETE', `/api/admin/users/${userId}`),
  withdrawInvitation: (invitationId: number) =>
    send<{ withdrawn: true }>('DELETE', `/api/admin/invitations/${invitationId}`),
  coachedMembers: () => callJson<CoachedMember[]>('/api/coach/members'),
  coachCohort: () => callJson<CohortSummary>('/api/coach/cohort'),
};

/** Where a person's own data downloads from (a plain link: the cookie goes with it). */
export const EXPORT_PATH = '/api/account/export';
