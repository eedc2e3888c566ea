import { AppError } from '../../core/app-error.js';
import { resolvePersonId } from '../../services/people-queries.js';
import {
  dismissCandidate,
  reviewQueue,
  type ReviewItem,
} from '../../services/resolve-identities.js';
import type { CliContext, Command } from '../cli-context.js';
import { safeText } from '../terminal-text.js';
import { formatBits } from '../../core/identity/match-model.js';

export const reviewCommand: Command = {
  name: 'review',
  summary: 'people who may be one person across sources, with the reasons, best first',
  usage: 'weakties review [--limit N]',
  details:
    'Merge a pair with: weakties merge <A> <B>; or say they differ: weakties not-same <A> <B>.',
  options: { limit: { type: 'string' } },
  async run(ctx) {
    const limit = ctx.values.limit === undefined ? undefined : Number(ctx.values.limit);
    const store = await ctx.openStore();
    const queue = await reviewQueue(store, { limit });
    if (ctx.json) {
      ctx.printJson(queue);
      return;
    }
    if (queue.items.length === 0) {
      ctx.print('Nothing to review: every likely pair was merged or set apart.');
      return;
    }
    ctx.print(
      `${queue.total} pair(s) to review${queue.total > queue.items.length ? `, the best ${queue.items.length} shown` : ''}:`,
    );
    for (const item of queue.items) ctx.print(renderItem(item));
  },
};

const GUARD_TEXT: Record<NonNullable<ReviewItem['guard']>, string> = {
  'names-differ': 'not merged automatically: the names differ',
  'name-only': 'not merged automatically: nothing but the name agrees',
  'employers-differ': 'not merged automatically: the employers differ',
  ambiguous: 'not merged automatically: another person fits as well',
};

function renderItem(item: ReviewItem): string {
  const who = (p: ReviewItem['a']) =>
    `#${p.id} ${safeText(p.displayName)}${p.company ? ` (${safeText(p.company)})` : ''}${p.isConnection ? ', connection' : ''}`;
  return [
    '',
    `${who(item.a)}  and  ${who(item.b)}   ${(item.posterior * 100).toFixed(0)} % the same person`,
    ...item.reasons.map((r) => `  - ${safeText(r.text)} (${formatBits(r.bits)})`),
    ...(item.guard ? [`  ${GUARD_TEXT[item.guard]}`] : []),
    `  weakties merge ${item.a.id} ${item.b.id}   |   weakties not-same ${item.a.id} ${item.b.id}`,
  ].join('\n');
}

/** The two people a command names, by id, profile URL, email or unambiguous name. */
export async function resolvePair(ctx: CliContext, what: string): Promise<[number, number]> {
  const [first, second, ...rest] = ctx.positionals;
  if (first === undefined || second === undefined || rest.length > 0) {
    throw new AppError(
      'usage',
      `${what} takes two people: ids, profile URLs, emails or quoted names`,
    );
  }
  const store = await ctx.openStore();
  return [await resolvePersonId(store, first), await resolvePersonId(store, second)];
}

export const notSameCommand: Command = {
  name: 'not-same',
  summary: 'say two people are not one: review stops proposing them',
  usage: 'weakties not-same <A> <B>',
  options: {},
  async run(ctx) {
    const [a, b] = await resolvePair(ctx, 'not-same');
    const result = await dismissCandidate(await ctx.openStore(), a, b);
    if (ctx.json) ctx.printJson(result);
    else ctx.print(`Noted: #${result.a} and #${result.b} are two people.`);
  },
};
