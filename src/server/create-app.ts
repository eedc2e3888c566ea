/**
 * The local web app's HTTP side (issue 8; docs/architecture.md "server"): a JSON API over the same
 * services as the CLI, thin routes, errors mapped to statuses in one place (http-status.ts), and
 * the built web app's static files with an SPA fallback.
 */
import { Hono, type Context, type Env, type MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { compress } from 'hono/compress';
import { AppError } from '../core/app-error.js';
import type { ScoredTie } from '../core/ties/score-tie.js';
import { loadGoals, updateGoals, type GoalsChange } from '../services/goals-service.js';
import { importFiles } from '../services/import-files.js';
import { queueImport } from '../services/import-queue.js';
import { findClusters, summariseNetwork } from '../services/network-analysis.js';
import { computeNetworkHealth } from '../services/network-health.js';
import { computeStats, listImports } from '../services/network-stats.js';
import { listPipeline, logOutreachEvent, movePipeline } from '../services/outreach-log.js';
import {
  buildTimeline,
  describePerson,
  MAX_PAGE,
  resolvePersonId,
} from '../services/people-queries.js';
import {
  describePeopleFacets,
  queryPeopleTable,
  readPeopleTableQuery,
} from '../services/people-table.js';
import { listMutualConnections } from '../services/person-mutuals.js';
import { recordMutuals } from '../services/record-mutuals.js';
import { describePersonOutreach } from '../services/person-outreach.js';
import { ensurePlanSaved, savePlan, showPlan } from '../services/plan-preview.js';
import { markPlanItem } from '../services/plan-outreach.js';
import {
  LIST_DESCRIPTIONS,
  LIST_NAMES,
  recommend,
  tiesByPerson,
  type ScoredNetwork,
} from '../services/recommend.js';
import { measureWeekPace } from '../services/weekly-pace.js';
import { LOCAL_ACCOUNT_ID, type Store } from '../services/store-access.js';
import { createAccountCache, MAX_CACHED_ACCOUNTS, MAX_CACHED_TIES } from './account-cache.js';
import { describeHttpFailure } from './http-status.js';
import { createNetworkMaps, MAX_MAP_NODES } from './network-map.js';
import { guardLaunchKey } from './launch-secret.js';
import { guardRequests, readJsonObject } from './request-guards.js';
import { identityRoutes } from './identity-routes.js';
import { setSecurityHeaders } from './security-headers.js';
import { createUploadGate, type UploadLimits } from './upload-limits.js';
import { serveWebApp } from './serve-web-app.js';

export interface AppOptions {
  /** The built web app (vite's outDir); without it only the API is served. */
  webDir?: string;
  /** The clock, for tests; the real one by default. */
  now?: () => Date;
  /**
   * This launch's key (launch-secret.ts): every request must hold it. `weakties serve` always
   * sets one; tests of the API alone leave it out.
   */
  launchKey?: string;
  /** Bounds on uploads (upload-limits.ts); the defaults unless a test lowers them. */
  uploadLimits?: UploadLimits;
}

// JSON bodies are small forms (goals, a logged event): 1 MiB is generous (design choice).
export const MAX_JSON_BYTES = 1024 ** 2;
export { MAX_UPLOAD_BYTES } from './upload-limits.js';

const PLAN_ACTIONS = { done: 'done', snooze: 'snoozed', skip: 'skipped' } as const;

function tooLarge(limit: number) {
  return bodyLimit({
    maxSize: limit,
    onError: () => {
      throw new AppError('too-large', `the request body is over ${limit / 1024 ** 2} MiB`);
    },
  });
}

function parseWholeParam(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  if (!/^\d{1,9}$/.test(value)) throw new AppError('usage', `${name} must be a whole number`);
  return Number(value);
}

function optionalText(body: Record<string, unknown>, key: string): string | undefined {
  const value = body[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw new AppError('usage', `${key} must be text`);
  return value;
}

function optionalTextList(body: Record<string, unknown>, key: string): string[] | undefined {
  const value = body[key];
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value) || !value.every((v): v is string => typeof v === 'string')) {
    throw new AppError('usage', `${key} must be a list of texts`);
  }
  return value;
}

/** What the person page shows of a tie's score (issue 4): the figures and their explanation. */
function viewScore(tie: ScoredTie) {
  return {
    tieClass: tie.tieClass,
    opportunity: tie.opportunity,
    novelty: tie.novelty,
    relevance: tie.relevance,
    closeness: tie.closeness,
    mutuals: tie.mutuals ?? null,
    explanation: tie.explanation,
    factors: tie.factors,
  };
}

export type ScoreView = ReturnType<typeof viewScore>;

/** What the member routes know of a request: whose network it is (set by the app around them). */
export interface MemberEnv {
  Variables: { accountId: number };
}

function parsePersonId(id: string): string {
  if (!/^\d{1,12}$/.test(id)) throw new AppError('usage', 'a person is named by a numeric id');
  return id;
}

// Messages a person page lists in its timeline (design choice: a page, not a mailbox).
const TIMELINE_MESSAGES = 50;

/**
 * The member API: every route of one person's own network (people, lists, plan, pipeline,
 * goals, imports). The account comes from the request context, which the surrounding app sets:
 * the local account in single-user mode, the signed-in member in server mode
 * (src/server/multi-user-app.ts). Every service call passes it on, and the store scopes each
 * query by it.
 */
export function createMemberApi(
  store: Store,
  options: Pick<AppOptions, 'now'> & {
    /** Told of every network the member API scores (server mode records progress with it). */
    onScored?: (accountId: number, network: ScoredNetwork) => void;
    /** Bounds on uploads; DEFAULT_UPLOAD_LIMITS unless a test lowers them. */
    uploadLimits?: UploadLimits;
  } = {},
) {
  const now = options.now ?? (() => new Date());
  // Scoring reads the whole network; keep it, and what is built from it, per account and day
  // until something changes (account-cache.ts).
  const cache = createAccountCache(
    store,
    now,
    MAX_CACHED_ACCOUNTS,
    MAX_CACHED_TIES,
    options.onScored,
  );
  const scored = cache.scored;
  const forgetScores = cache.forget;
  const forgetOutreach = cache.forgetOutreach;
  const networkMap = createNetworkMaps(store, scored);
  const uploads = createUploadGate(options.uploadLimits);

  return (
    new Hono<MemberEnv>()
      .route(
        '/api/identity',
        identityRoutes(store, {
          now,
          changed: (accountId) => {
            forgetScores(accountId);
            forgetOutreach(accountId);
          },
        }),
      )
      .get('/api/stats', async (c) => c.json(await computeStats(store, c.get('accountId'))))
      .get('/api/health', async (c) =>
        c.json(
          await computeNetworkHealth(store, {
            accountId: c.get('accountId'),
            now: now(),
            network: await scored(c.get('accountId')),
          }),
        ),
      )
      .get('/api/goals', async (c) => c.json(await loadGoals(store, c.get('accountId'))))
      .put('/api/goals', tooLarge(MAX_JSON_BYTES), async (c) => {
        const body = await readJsonObject(c.req.raw);
        const change: GoalsChange = {
          targetCompanies: optionalTextList(body, 'targetCompanies'),
          targetRoles: optionalTextList(body, 'targetRoles'),
          targetIndustries: optionalTextList(body, 'targetIndustries'),
          location: optionalText(body, 'location'),
          ownerLevel: optionalText(body, 'ownerLevel'),
          stance: optionalText(body, 'stance'),
          style: optionalText(body, 'style'),
          solution: optionalText(body, 'solution'),
        };
        const view = await updateGoals(store, c.get('accountId'), change, now());
        forgetScores(c.get('accountId'));
        return c.json(view);
      })
      .get('/api/people', async (c) => {
        const query = readPeopleTableQuery(c.req.query());
        const table = await cache.table(c.get('accountId'));
        return c.json({ ...queryPeopleTable(table, query), maxPage: MAX_PAGE });
      })
      .get('/api/people/facets', async (c) =>
        c.json(describePeopleFacets(await cache.table(c.get('accountId')))),
      )
      .get('/api/people/:id', async (c) => {
        const accountId = c.get('accountId');
        const id = parsePersonId(c.req.param('id'));
        const person = await describePerson(store, id, accountId, TIMELINE_MESSAGES);
        const [network, egoNetwork] = await Promise.all([
          scored(accountId),
          cache.egoNetwork(accountId),
        ]);
        const tie = tiesByPerson(network).get(String(person.id));
        return c.json({
          ...person,
          score: tie ? viewScore(tie) : null,
          mutuals: listMutualConnections(egoNetwork, person.id),
          timeline: buildTimeline(person),
        });
      })
      .get('/api/people/:id/outreach', async (c) => {
        const accountId = c.get('accountId');
        const personId = await resolvePersonId(store, parsePersonId(c.req.param('id')), accountId);
        return c.json(describePersonOutreach(await cache.outreach(accountId), personId));
      })
      .get('/api/pace', async (c) =>
        c.json(await measureWeekPace(store, { accountId: c.get('accountId'), now: now() })),
      )
      .get('/api/lists', (c) =>
        c.json(LIST_NAMES.map((name) => ({ name, description: LIST_DESCRIPTIONS[name] }))),
      )
      .get('/api/lists/:name', async (c) => {
        const limit = parseWholeParam(c.req.query('limit'), 'limit', 25);
        if (limit < 1 || limit > MAX_PAGE) {
          throw new AppError('usage', `limit must be from 1 to ${MAX_PAGE}`);
        }
        return c.json(
          await recommend(store, c.req.param('name'), {
            accountId: c.get('accountId'),
            now: now(),
            limit,
            network: await scored(c.get('accountId')),
          }),
        );
      })
      .get('/api/graph', async (c) =>
        c.json(await summariseNetwork(store, { accountId: c.get('accountId') })),
      )
      .get('/api/graph/clusters', async (c) =>
        c.json(await findClusters(store, { accountId: c.get('accountId'), now: now() })),
      )
      // The whole map of a 30,000-connection network is about 4 MB of JSON, under 1 MB gzipped.
      .get('/api/graph/network', compress(), async (c) => {
        const limit = parseWholeParam(c.req.query('limit'), 'limit', MAX_MAP_NODES);
        if (limit < 1 || limit > MAX_MAP_NODES) {
          throw new AppError('usage', `limit must be from 1 to ${MAX_MAP_NODES}`);
        }
        return c.json(await networkMap(c.get('accountId'), limit));
      })
      // Reading the plan never writes it (plan-preview.ts); the first action on it does.
      .get('/api/plan', async (c) => {
        const accountId = c.get('accountId');
        const date = c.req.query('date');
        const isToday = !date || date === cache.today();
        return c.json(
          await showPlan(
            store,
            { accountId, now: now(), ...(date ? { day: date } : {}) },
            isToday ? () => cache.outreach(accountId) : undefined,
          ),
        );
      })
      .post('/api/plan', tooLarge(MAX_JSON_BYTES), async (c) => {
        const body = await readJsonObject(c.req.raw);
        const date = optionalText(body, 'date');
        const plan = await savePlan(store, {
          accountId: c.get('accountId'),
          now: now(),
          ...(date ? { day: date } : {}),
        });
        forgetOutreach(c.get('accountId'));
        return c.json(plan);
      })
      .post('/api/plan/items/:ref/:action', tooLarge(MAX_JSON_BYTES), async (c) => {
        const action = c.req.param('action');
        if (!Object.hasOwn(PLAN_ACTIONS, action)) {
          throw new AppError('usage', 'the action is done, snooze or skip');
        }
        const body = await readJsonObject(c.req.raw);
        const date = optionalText(body, 'date');
        const until = optionalText(body, 'until');
        const day = { accountId: c.get('accountId'), now: now(), ...(date ? { day: date } : {}) };
        // Acting on a plan that was only shown stores it first (plan-preview.ts).
        await ensurePlanSaved(store, day);
        const result = await markPlanItem(
          store,
          c.req.param('ref'),
          PLAN_ACTIONS[action as keyof typeof PLAN_ACTIONS],
          { ...day, ...(until ? { until } : {}) },
        );
        forgetOutreach(c.get('accountId'));
        return c.json(result);
      })
      .get('/api/pipeline', async (c) => {
        const date = c.req.query('date');
        return c.json(
          await listPipeline(store, {
            accountId: c.get('accountId'),
            now: now(),
            ...(date ? { day: date } : {}),
          }),
        );
      })
      .post('/api/people/:id/mutuals', tooLarge(MAX_JSON_BYTES), async (c) => {
        // The count LinkedIn shows on the profile; it replaces the estimate in every score.
        const body = await readJsonObject(c.req.raw);
        const count = body.count;
        if (typeof count !== 'number') {
          throw new AppError('usage', 'count is the number of mutual connections LinkedIn shows');
        }
        const accountId = c.get('accountId');
        const recorded = await recordMutuals(store, c.req.param('id'), count, {
          accountId,
          now: now(),
        });
        forgetScores(accountId);
        return c.json(recorded);
      })
      .post('/api/pipeline/move', tooLarge(MAX_JSON_BYTES), async (c) => {
        const body = await readJsonObject(c.req.raw);
        const person = body.person;
        if (typeof person !== 'string' && typeof person !== 'number') {
          throw new AppError('usage', 'person is an id, a profile URL, an email or a name');
        }
        const stage = optionalText(body, 'stage');
        if (!stage) throw new AppError('usage', 'stage names the pipeline stage to move to');
        const help = optionalText(body, 'help');
        const until = optionalText(body, 'until');
        const reason = optionalText(body, 'reason');
        const note = optionalText(body, 'note');
        const date = optionalText(body, 'date');
        const move = await movePipeline(store, String(person), stage, {
          accountId: c.get('accountId'),
          now: now(),
          ...(help !== undefined ? { help } : {}),
          ...(until ? { until } : {}),
          ...(reason ? { reason } : {}),
          ...(note !== undefined ? { note } : {}),
          ...(date ? { day: date } : {}),
        });
        forgetOutreach(c.get('accountId'));
        return c.json(move);
      })
      .post('/api/events', tooLarge(MAX_JSON_BYTES), async (c) => {
        const body = await readJsonObject(c.req.raw);
        const person = body.person;
        if (typeof person !== 'string' && typeof person !== 'number') {
          throw new AppError('usage', 'person is an id, a profile URL, an email or a name');
        }
        const kind = optionalText(body, 'kind');
        if (!kind) throw new AppError('usage', 'kind names the event');
        const note = optionalText(body, 'note');
        const help = optionalText(body, 'help');
        const date = optionalText(body, 'date');
        const result = await logOutreachEvent(store, String(person), kind, {
          accountId: c.get('accountId'),
          now: now(),
          ...(note !== undefined ? { note } : {}),
          ...(help !== undefined ? { help } : {}),
          ...(date ? { day: date } : {}),
        });
        forgetOutreach(c.get('accountId'));
        return c.json(result, 201);
      })
      .get('/api/imports', async (c) => c.json(await listImports(store, c.get('accountId'))))
      // Streamed to a private temporary file, bounded per member and per server (upload-limits.ts).
      .post('/api/imports', async (c) => {
        const accountId = c.get('accountId');
        const summary = await uploads.run(accountId, now(), c.req.raw, (upload) =>
          queueImport(store, () => importFiles(store, [upload.path], { accountId, now: now() })),
        );
        forgetScores(accountId);
        return c.json(summary, summary.alreadyImported ? 200 : 201);
      })
  );
}

/** Maps every thrown error to its status and JSON body in one place (http-status.ts). */
export function answerFailure(error: Error, c: Context): Response {
  const failure = describeHttpFailure(error);
  if (failure.status === 500) console.error(error);
  return c.json(failure.body, failure.status);
}

/** Ends an app: unknown API routes are 404s, and the built web app (if any) serves the rest. */
export function finishApp<E extends Env>(app: Hono<E>, webDir: string | undefined): void {
  app.all('/api/*', () => {
    throw new AppError('not-found', 'no such API route');
  });
  app.onError(answerFailure);
  if (webDir) {
    app.get('*', (c) => serveWebApp(c, webDir));
  }
  app.notFound((c) => c.json({ error: { code: 'not-found', message: 'not found' } }, 404));
}

const passThrough: MiddlewareHandler = async (_c, next) => {
  await next();
};

/** The single-user local app (`weakties serve`): one store, one account, no sign-in. */
export function createApp(store: Store, options: AppOptions = {}) {
  const app = new Hono<MemberEnv>()
    .use('*', setSecurityHeaders())
    .use('/api/*', guardRequests())
    .use('*', options.launchKey !== undefined ? guardLaunchKey(options.launchKey) : passThrough)
    .use('/api/*', async (c, next) => {
      c.set('accountId', LOCAL_ACCOUNT_ID);
      await next();
    })
    // No accounts here: the web app asks this first and, told so, skips sign-in (multi-user-app.ts
    // answers the same route with the session).
    .get('/api/auth/me', (c) => c.json({ mode: 'single-user' as const }))
    .route('/', createMemberApi(store, options));
  finishApp(app, options.webDir);
  return app;
}

export type WeaktiesApp = ReturnType<typeof createApp>;
