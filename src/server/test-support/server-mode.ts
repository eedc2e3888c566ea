/**
 * A server-mode organisation for a test, through the HTTP API only (app.request(), no port): the
 * administrator set up by the setup link, and helpers to invite, join, sign in and ask as
 * someone. The store is a real one (SQLite, or PostgreSQL in the postgres project).
 */
import { expect } from 'vitest';
import { issueSetupLink } from '../../services/accounts-service.js';
import { openTempStore, type TempStore } from '../../services/test-support/temp-store.js';
import { createMultiUserApp, type MultiUserApp, type SessionView } from '../multi-user-app.js';

// Cheap scrypt for tests (2^10, not 2^15): the cost is stored with each hash, so this changes
// nothing but the time; password-hash.test.ts checks the default cost.
export const TEST_COST = { log2N: 10, r: 8, p: 1 };
export const PASSWORD = 'correct horse battery staple';

export interface Person {
  email: string;
  cookie: string | null;
  csrf: string | null;
  userId: number;
}

export interface AskOptions {
  body?: unknown;
  headers?: Record<string, string>;
  cookie?: string | null;
  /** The client's address (X-Forwarded-For; the app trusts the proxy). */
  ip?: string;
}

export interface ServerMode {
  store: TempStore;
  app: MultiUserApp;
  admin: Person;
  clock: { now: Date };
  ask(who: Person | null, method: string, path: string, options?: AskOptions): Promise<Response>;
  invite(role: 'member' | 'coach', email: string): Promise<string>;
  join(role: 'member' | 'coach', email: string, name: string, password?: string): Promise<Person>;
  signIn(email: string, password?: string, ip?: string): Promise<Response>;
  cleanup(): Promise<void>;
}

/** The session cookie a response sets last (a browser applies Set-Cookie headers in order). */
export function cookieOf(response: Response): string | null {
  const header = response.headers.get('set-cookie') ?? '';
  const values = [...header.matchAll(/(?:^|[\s,])weakties-session=([^;]*)/g)].map((m) => m[1]);
  const last = values.at(-1);
  return last ? last : null;
}

export async function startServerMode(start: Date): Promise<ServerMode> {
  const store = await openTempStore();
  const clock = { now: start };
  const app = createMultiUserApp(store, {
    now: () => clock.now,
    passwordCost: TEST_COST,
    trustProxy: true,
  });
  const ask: ServerMode['ask'] = (who, method, path, options = {}) => {
    const headers: Record<string, string> = {};
    const isSafe = method === 'GET' || method === 'HEAD';
    if (!isSafe) headers['content-type'] = 'application/json';
    const cookie = options.cookie !== undefined ? options.cookie : who?.cookie;
    if (cookie) headers.cookie = `weakties-session=${cookie}`;
    if (!isSafe && who?.csrf) headers['x-csrf-token'] = who.csrf;
    headers['x-forwarded-for'] = options.ip ?? '192.0.2.1';
    return Promise.resolve(
      app.request(path, {
        method,
        headers: { ...headers, ...options.headers },
        ...(isSafe ? {} : { body: JSON.stringify(options.body ?? {}) }),
      }),
    );
  };
  const toPerson = async (response: Response, email: string): Promise<Person> => {
    const view = (await response.json()) as SessionView;
    return { email, cookie: cookieOf(response), csrf: view.csrfToken, userId: view.user?.id ?? 0 };
  };
  const { token } = await issueSetupLink(store, clock.now);
  const setup = await ask(null, 'POST', '/api/auth/setup', {
    body: {
      token,
      organisation: 'Northfield Careers',
      name: 'Ada Admin',
      email: 'admin@northfield.example',
      password: PASSWORD,
    },
  });
  expect(setup.status).toBe(201);
  const admin = await toPerson(setup, 'admin@northfield.example');
  const invite: ServerMode['invite'] = async (role, email) => {
    const response = await ask(admin, 'POST', '/api/admin/invitations', { body: { role, email } });
    expect(response.status).toBe(201);
    const { link } = (await response.json()) as { link: string };
    const inviteToken = link.split('#')[1];
    if (!inviteToken) throw new Error(`no token in ${link}`);
    return inviteToken;
  };
  return {
    store,
    app,
    admin,
    clock,
    ask,
    invite,
    async join(role, email, name, password = PASSWORD) {
      const inviteToken = await invite(role, email);
      const response = await ask(null, 'POST', `/api/auth/invitations/${inviteToken}`, {
        body: { name, password },
      });
      expect(response.status).toBe(201);
      return toPerson(response, email);
    },
    signIn(email, password = PASSWORD, ip = '192.0.2.1') {
      return ask(null, 'POST', '/api/auth/login', { body: { email, password }, ip });
    },
    cleanup: () => store.cleanup(),
  };
}

/** The person a successful sign-in response makes (cookie and CSRF token). */
export async function personOf(response: Response, email: string): Promise<Person> {
  const view = (await response.json()) as SessionView;
  return { email, cookie: cookieOf(response), csrf: view.csrfToken, userId: view.user?.id ?? 0 };
}
