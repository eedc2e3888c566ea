/**
 * The identity API of the Review page (docs/science.md section 8): the uncertain pairs, the
 * merges that stand, and merge, "not the same" and undo. Thin: each route is one service call.
 */
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { AppError } from '../core/app-error.js';
import { identityReview, listIdentityMerges } from '../services/fuse-identities.js';
import {
  dismissCandidate,
  mergePeople,
  undoAutoMerges,
  undoMerge,
} from '../services/resolve-identities.js';
import type { Store } from '../services/store-access.js';
import { readJsonObject } from './request-guards.js';

interface IdentityEnv {
  Variables: { accountId: number };
}

const MAX_BODY_BYTES = 64 * 1024;
// Pairs one page shows (design choice: the queue is ordered, the rest waits its turn).
const REVIEW_PAGE = 100;

function limitBody() {
  return bodyLimit({
    maxSize: MAX_BODY_BYTES,
    onError: () => {
      throw new AppError('too-large', 'the request body is too large');
    },
  });
}

function personId(body: Record<string, unknown>, name: string): number {
  const value = body[name];
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 1) {
    throw new AppError('usage', `${name} is a person id`);
  }
  return value;
}

/** Mounted under /api/identity; `changed` tells the caches that people were merged or split. */
export function identityRoutes(
  store: Store,
  options: { now: () => Date; changed: (accountId: number) => void },
) {
  const at = () => options.now().toISOString();
  return new Hono<IdentityEnv>()
    .get('/review', async (c) =>
      c.json(await identityReview(store, { accountId: c.get('accountId'), limit: REVIEW_PAGE })),
    )
    .get('/merges', async (c) =>
      c.json(
        await listIdentityMerges(store, {
          accountId: c.get('accountId'),
          auto: c.req.query('auto') === '1',
        }),
      ),
    )
    .post('/merge', limitBody(), async (c) => {
      const body = await readJsonObject(c.req.raw);
      const accountId = c.get('accountId');
      const result = await mergePeople(
        store,
        personId(body, 'keep'),
        personId(body, 'merge'),
        'merged by the user on the Review page',
        { accountId, now: at() },
      );
      options.changed(accountId);
      return c.json(result);
    })
    .post('/not-same', limitBody(), async (c) => {
      const body = await readJsonObject(c.req.raw);
      const result = await dismissCandidate(store, personId(body, 'a'), personId(body, 'b'), {
        accountId: c.get('accountId'),
        now: at(),
      });
      return c.json(result);
    })
    .post('/merges/:id/undo', async (c) => {
      const id = c.req.param('id');
      if (!/^\d{1,12}$/.test(id)) throw new AppError('usage', 'a merge is named by a numeric id');
      const accountId = c.get('accountId');
      const result = await undoMerge(store, Number(id), { accountId, now: at() });
      options.changed(accountId);
      return c.json(result);
    })
    .post('/merges/undo-auto', async (c) => {
      const accountId = c.get('accountId');
      const result = await undoAutoMerges(store, { accountId, now: at() });
      options.changed(accountId);
      return c.json(result);
    });
}
