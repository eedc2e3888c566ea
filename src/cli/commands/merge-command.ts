import { AppError } from '../../core/app-error.js';
import { resolvePersonId } from '../../services/people-queries.js';
import {
  mergePeople,
  parseIdentityArgument,
  splitPerson,
  undoMerge,
} from '../../services/resolve-identities.js';
import type { Command } from '../cli-context.js';
import { resolvePair } from './review-command.js';

export const mergeCommand: Command = {
  name: 'merge',
  summary: 'merge person B into person A (undo with weakties undo-merge <id>)',
  usage: 'weakties merge <A> <B> [--reason TEXT]',
  details: 'A and B are ids, profile URLs, emails or quoted names. A keeps its id.',
  options: { reason: { type: 'string' } },
  async run(ctx) {
    const [kept, merged] = await resolvePair(ctx, 'merge');
    const reason =
      typeof ctx.values.reason === 'string' ? ctx.values.reason.slice(0, 500) : undefined;
    const result = await mergePeople(await ctx.openStore(), kept, merged, reason);
    if (ctx.json) ctx.printJson(result);
    else
      ctx.print(
        `Merged #${merged} into #${kept} (merge ${result.mergeId}: ${result.moved} row(s) moved, ${result.deleted} duplicate(s) set aside). Undo: weakties undo-merge ${result.mergeId}`,
      );
  },
};

export const undoMergeCommand: Command = {
  name: 'undo-merge',
  summary: 'undo a merge exactly, bringing the merged person back',
  usage: 'weakties undo-merge <merge-id>',
  options: {},
  async run(ctx) {
    const [id, ...rest] = ctx.positionals;
    if (id === undefined || rest.length > 0 || !/^\d+$/.test(id)) {
      throw new AppError('usage', 'name one merge by its id (weakties merge prints it)');
    }
    const result = await undoMerge(await ctx.openStore(), Number(id));
    if (ctx.json) ctx.printJson(result);
    else
      ctx.print(
        `Undid merge ${id}: #${result.restoredPersonId} is back, apart from #${result.keptPersonId}.`,
      );
  },
};

export const splitCommand: Command = {
  name: 'split',
  summary: 'split a person: undo the merge that made them, or move one identity out',
  usage: 'weakties split <person> [--identity KIND:VALUE]',
  details: 'KIND is email, phone, profile-url or name, e.g. --identity email:ana@acme.com',
  options: { identity: { type: 'string' } },
  async run(ctx) {
    const query = ctx.positionals.join(' ').trim();
    if (!query) throw new AppError('usage', 'name the person to split');
    const identity =
      typeof ctx.values.identity === 'string'
        ? parseIdentityArgument(ctx.values.identity)
        : undefined;
    const store = await ctx.openStore();
    const result = await splitPerson(store, await resolvePersonId(store, query), identity);
    if (ctx.json) ctx.printJson(result);
    else if (result.kind === 'undo-merge')
      ctx.print(
        `Undid merge ${result.mergeId}: #${result.newPersonId} is apart from #${result.personId} again.`,
      );
    else
      ctx.print(
        `Moved ${ctx.values.identity} out of #${result.personId} into new person #${result.newPersonId}.`,
      );
  },
};
