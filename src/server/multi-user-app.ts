/**
 * Server mode (`weakties serve --multi-user`; issue 9, docs/product.md C10): one organisation, its
 * administrator, members and coaches. Members use the same member API as the single-user app,
 * on their own data account; coaches see the progress aggregates of members who consent to
 * them; the administrator invites people, reads the audit log and sees the cohort's aggregates.
 * Errors go through the same mapping as the local app (http-status.ts via finishApp).
 *
 * Routes (the authorisation matrix in authorisation.test.ts walks every one):
 *   anyone:         GET /api/auth/me, POST /api/auth/setup, POST /api/auth/login,
 *                   GET|POST /api/auth/invitations/:token, GET|POST /api/auth/resets/:token
 *   signed in:      POST /api/auth/logout, POST /api/account/password,
 *                   GET|DELETE /api/account/sessions, DELETE /api/account/sessions/:id,
 *                   GET /api/account/export, DELETE /api/account
 *   administrator:  POST|GET /api/admin/invitations, DELETE /api/admin/invitations/:id,
 *                   GET /api/admin/users, POST /api/admin/users/:id/reset|disable|enable,
 *                   DELETE /api/admin/users/:id, GET /api/admin/audit, GET /api/admin/cohort
 *   member:         GET|POST /api/consents, DELETE /api/consents/:coachId, and the member API
 *                   (createMemberApi: people, lists, graph, plan, pipeline, goals, imports)
 *   coach:          GET /api/coach/members, GET /api/coach/members/:userId/progress,
 *                   GET /api/coach/cohort
 */
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { AppError } from '../core/app-error.js';
import {
  acceptInvitation,
  describeInvitation,
  describeOrganisation,
  KNOWN_DEVICE_LIFETIME_MS,
  listOrganisationInvitations,
  listOrganisationUsers,
  needsSetup,
  readAuditLog,
  setUpOrganisation,
  signIn,
  signOut,
  type AccountSettings,
  type ActiveSession,
  type NewSession,
  type RequestFacts,
  type UserRole,
} from '../services/accounts-service.js';
import {
  listCoachedMembers,
  readCoachedMember,
  summariseCoachCohort,
  summariseOrganisationCohort,
} from '../services/coach-view.js';
import { grantConsent, listConsentChoices, withdrawConsent } from '../services/consent-service.js';
import { recordProgressSnapshot } from '../services/member-progress.js';
import {
  changePassword,
  completePasswordReset,
  describePasswordReset,
  endOtherSessions,
  endOwnSession,
  inviteOrReset,
  issuePasswordReset,
  listOwnSessions,
  removeUser,
  setUserEnabled,
  withdrawInvitation,
} from '../services/account-lifecycle.js';
import { deleteOwnAccount, exportOwnData } from '../services/own-account.js';
import type { Store } from '../services/store-access.js';
import { createMemberApi, finishApp, MAX_JSON_BYTES } from './create-app.js';
import { readJsonObject } from './request-guards.js';
import { setSecurityHeaders } from './security-headers.js';
import {
  clearSessionCookie,
  guardSite,
  isSecureSite,
  loadSession,
  readDeviceCookie,
  readSessionCookie,
  requireMemberAccount,
  requireRole,
  requireSession,
  setDeviceCookie,
  setSessionCookie,
  type ServerEnv,
  type SiteSettings,
} from './session-guard.js';

export interface MultiUserAppOptions extends SiteSettings, AccountSettings {
  /** The built web app (vite's outDir); without it only the API is served. */
  webDir?: string;
  /** The clock, for tests; the real one by default. */
  now?: () => Date;
}

/** What the web app learns from /api/auth/me and from every sign-in. */
export interface SessionView {
  /** The single-user app answers /api/auth/me with `{ mode: 'single-user' }` instead. */
  mode: 'server';
  signedIn: boolean;
  /** No administrator yet: the server's console holds the setup link. */
  needsSetup: boolean;
  organisation: string | null;
  user: { id: number; name: string; email: string; role: UserRole } | null;
  /** Send it as X-CSRF-Token with every state change while signed in. */
  csrfToken: string | null;
}

const AUDIT_PAGE = 100;

function limitJson() {
  return bodyLimit({
    maxSize: MAX_JSON_BYTES,
    onError: () => {
      throw new AppError('too-large', 'the request body is over 1 MiB');
    },
  });
}

function parseOptionalWhole(value: string | undefined, name: string): number | undefined {
  if (value === undefined || value === '') return undefined;
  if (!/^\d{1,9}$/.test(value)) throw new AppError('usage', `${name} must be a whole number`);
  return Number(value);
}

export function createMultiUserApp(store: Store, options: MultiUserAppOptions = {}) {
  const now = options.now ?? (() => new Date());
  const site: SiteSettings = {
    ...(options.publicUrl !== undefined ? { publicUrl: options.publicUrl } : {}),
    ...(options.trustProxy ? { trustProxy: true } : {}),
  };
  const settings: AccountSettings = options.passwordCost
    ? { passwordCost: options.passwordCost }
    : {};
  const factsOf = (c: Context<ServerEnv>): RequestFacts => ({
    now: now(),
    ip: c.get('clientIp'),
    userAgent: c.req.header('user-agent') ?? '',
  });
  const baseUrl = (c: Context<ServerEnv>) =>
    (options.publicUrl ?? new URL(c.req.url).origin).replace(/\/+$/, '');

  const viewSession = async (session: ActiveSession | undefined): Promise<SessionView> => ({
    mode: 'server',
    signedIn: session !== undefined,
    needsSetup: await needsSetup(store),
    organisation: (await describeOrganisation(store))?.name ?? null,
    user: session
      ? {
          id: session.user.id,
          name: session.user.name,
          email: session.user.email,
          role: session.user.role,
        }
      : null,
    csrfToken: session?.csrfToken ?? null,
  });

  // The cookie the request came with, so that the session it names ends when a new one starts,
  // and the device cookie, so that a browser that signed in before is known (login-throttle.ts).
  const replacing = (c: Context<ServerEnv>) => {
    const current = readSessionCookie(c, site);
    const device = readDeviceCookie(c, site);
    return {
      ...(current !== undefined ? { replacedSessionId: current } : {}),
      ...(device !== undefined ? { deviceToken: device } : {}),
    };
  };

  const startSession = async (c: Context<ServerEnv>, session: NewSession, status: 200 | 201) => {
    setSessionCookie(c, site, session.sessionId, session.expiresAt, now());
    setDeviceCookie(c, site, session.deviceToken, KNOWN_DEVICE_LIFETIME_MS);
    return c.json(await viewSession(session), status);
  };

  const app = new Hono<ServerEnv>()
    .use('*', setSecurityHeaders())
    .use('*', async (c, next) => {
      await next();
      // Served over https: browsers keep to https for a year (RFC 6797; a year is the usual
      // preload minimum, design choice).
      if (isSecureSite(site)) c.header('Strict-Transport-Security', 'max-age=31536000');
    })
    .use('/api/*', guardSite(site))
    .use('/api/*', loadSession(store, site, now))

    /* Sign-in and invitations */
    .get('/api/auth/me', async (c) => {
      const session = c.get('session');
      return c.json(await viewSession(session));
    })
    .post('/api/auth/setup', limitJson(), async (c) => {
      const body = await readJsonObject(c.req.raw);
      const session = await setUpOrganisation(
        store,
        {
          token: body.token,
          organisation: body.organisation,
          name: body.name,
          email: body.email,
          password: body.password,
          ...replacing(c),
        },
        factsOf(c),
        settings,
      );
      return startSession(c, session, 201);
    })
    .post('/api/auth/login', limitJson(), async (c) => {
      const body = await readJsonObject(c.req.raw);
      const session = await signIn(
        store,
        {
          email: body.email,
          password: body.password,
          ...replacing(c),
        },
        factsOf(c),
        settings,
      );
      return startSession(c, session, 200);
    })
    .post('/api/auth/logout', async (c) => {
      await signOut(store, requireSession(c), factsOf(c));
      clearSessionCookie(c, site);
      return c.json(await viewSession(undefined));
    })
    .get('/api/auth/invitations/:token', async (c) =>
      c.json(await describeInvitation(store, c.req.param('token'), now())),
    )
    .post('/api/auth/invitations/:token', limitJson(), async (c) => {
      const body = await readJsonObject(c.req.raw);
      const session = await acceptInvitation(
        store,
        c.req.param('token'),
        { name: body.name, password: body.password, ...replacing(c) },
        factsOf(c),
        settings,
      );
      return startSession(c, session, 201);
    })

    .get('/api/auth/resets/:token', async (c) =>
      c.json(await describePasswordReset(store, c.req.param('token'), now())),
    )
    .post('/api/auth/resets/:token', limitJson(), async (c) => {
      const body = await readJsonObject(c.req.raw);
      const session = await completePasswordReset(
        store,
        c.req.param('token'),
        { password: body.password, ...replacing(c) },
        factsOf(c),
        settings,
      );
      return startSession(c, session, 200);
    })

    /* Anyone signed in: their password, sessions and own data */
    .post('/api/account/password', limitJson(), async (c) => {
      const body = await readJsonObject(c.req.raw);
      await changePassword(
        store,
        requireSession(c),
        { currentPassword: body.currentPassword, newPassword: body.newPassword },
        factsOf(c),
        settings,
      );
      return c.json({ changed: true });
    })
    .get('/api/account/sessions', async (c) =>
      c.json(await listOwnSessions(store, requireSession(c))),
    )
    .delete('/api/account/sessions', async (c) =>
      c.json(await endOtherSessions(store, requireSession(c), factsOf(c))),
    )
    .delete('/api/account/sessions/:id', async (c) => {
      await endOwnSession(store, requireSession(c), c.req.param('id'), factsOf(c));
      return c.json({ ended: true });
    })
    .get('/api/account/export', async (c) => {
      const data = await exportOwnData(store, requireSession(c).user, factsOf(c));
      return c.body(data.body, 200, {
        'Content-Type': data.contentType,
        'Content-Disposition': `attachment; filename="${data.fileName}"`,
      });
    })
    .delete('/api/account', limitJson(), async (c) => {
      const body = await readJsonObject(c.req.raw);
      await deleteOwnAccount(store, requireSession(c).user, body.password, factsOf(c));
      clearSessionCookie(c, site);
      return c.json({ deleted: true });
    })

    /* The administrator */
    .post('/api/admin/invitations', limitJson(), async (c) => {
      const admin = requireRole(c, 'administrator');
      const body = await readJsonObject(c.req.raw);
      const made = await inviteOrReset(
        store,
        admin,
        { role: body.role, email: body.email },
        factsOf(c),
      );
      return c.json(
        {
          kind: made.kind,
          role: made.role,
          email: made.email,
          expiresAt: made.expiresAt.toISOString(),
          // The token sits after '#': browsers never send the fragment to a server, so the link
          // leaves no trace in access logs or Referer headers. An email that already has an
          // account gets a password reset link instead.
          link: `${baseUrl(c)}/${made.kind === 'invitation' ? 'invitation' : 'reset'}#${made.token}`,
        },
        201,
      );
    })
    .delete('/api/admin/invitations/:id', async (c) => {
      await withdrawInvitation(
        store,
        requireRole(c, 'administrator'),
        c.req.param('id'),
        factsOf(c),
      );
      return c.json({ withdrawn: true });
    })
    .post('/api/admin/users/:id/reset', async (c) => {
      const reset = await issuePasswordReset(
        store,
        requireRole(c, 'administrator'),
        c.req.param('id'),
        factsOf(c),
      );
      return c.json(
        {
          email: reset.email,
          expiresAt: reset.expiresAt.toISOString(),
          link: `${baseUrl(c)}/reset#${reset.token}`,
        },
        201,
      );
    })
    .post('/api/admin/users/:id/disable', async (c) =>
      c.json(
        await setUserEnabled(
          store,
          requireRole(c, 'administrator'),
          c.req.param('id'),
          false,
          factsOf(c),
        ),
      ),
    )
    .post('/api/admin/users/:id/enable', async (c) =>
      c.json(
        await setUserEnabled(
          store,
          requireRole(c, 'administrator'),
          c.req.param('id'),
          true,
          factsOf(c),
        ),
      ),
    )
    .delete('/api/admin/users/:id', async (c) => {
      await removeUser(store, requireRole(c, 'administrator'), c.req.param('id'), factsOf(c));
      return c.json({ removed: true });
    })
    .get('/api/admin/invitations', async (c) =>
      c.json(await listOrganisationInvitations(store, requireRole(c, 'administrator'), now())),
    )
    .get('/api/admin/users', async (c) =>
      c.json(await listOrganisationUsers(store, requireRole(c, 'administrator'))),
    )
    .get('/api/admin/audit', async (c) => {
      const admin = requireRole(c, 'administrator');
      const before = parseOptionalWhole(c.req.query('before'), 'before');
      const limit = parseOptionalWhole(c.req.query('limit'), 'limit') ?? AUDIT_PAGE;
      return c.json(
        await readAuditLog(store, admin, {
          limit,
          ...(before !== undefined ? { beforeId: before } : {}),
        }),
      );
    })
    .get('/api/admin/cohort', async (c) =>
      c.json(
        await summariseOrganisationCohort(store, requireRole(c, 'administrator'), {
          now: now(),
        }),
      ),
    )

    /* A member's consents and own data */
    .get('/api/consents', async (c) =>
      c.json(await listConsentChoices(store, requireRole(c, 'member'))),
    )
    .post('/api/consents', limitJson(), async (c) => {
      const member = requireRole(c, 'member');
      const body = await readJsonObject(c.req.raw);
      return c.json(await grantConsent(store, member, body.coachId, factsOf(c)), 201);
    })
    .delete('/api/consents/:coachId', async (c) =>
      c.json(
        await withdrawConsent(store, requireRole(c, 'member'), c.req.param('coachId'), factsOf(c)),
      ),
    )

    /* Coaches: aggregates of consenting members only */
    .get('/api/coach/members', async (c) =>
      c.json(await listCoachedMembers(store, requireRole(c, 'coach'), { now: now() })),
    )
    .get('/api/coach/members/:userId/progress', async (c) =>
      c.json(
        await readCoachedMember(store, requireRole(c, 'coach'), c.req.param('userId'), {
          now: now(),
        }),
      ),
    )
    .get('/api/coach/cohort', async (c) =>
      c.json(await summariseCoachCohort(store, requireRole(c, 'coach'), { now: now() })),
    )

    /* The member API, on the signed-in member's own data account */
    .use('/api/*', requireMemberAccount())
    .route(
      '/',
      createMemberApi(store, {
        now,
        // The week's progress snapshot, from the network just scored, so the tie mix a coach
        // sees over time has the weeks a member works in even when no coach looked that week.
        onScored: (accountId, network) => {
          recordProgressSnapshot(store, accountId, { now: now(), network }).catch(
            (error: unknown) => console.error('recording a progress snapshot failed:', error),
          );
        },
      }),
    );
  finishApp(app, options.webDir);
  return app;
}

export type MultiUserApp = ReturnType<typeof createMultiUserApp>;
