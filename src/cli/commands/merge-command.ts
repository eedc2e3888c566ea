import { AppError } from '../../core/app-error.js';
import { resolvePersonId } from '../../services/people-queries.js';
import {
  mergePeople,
  parseIdentityArgument,
  splitPerson,
  undoAutoMerges,
  undoMerge,
} from '../../services/resolve-identities.js';
import { listIdentityMerges, setAutoMerge } from '../../services/fuse-identities.js';
import { formatBits } from '../../core/identity/match-model.js';
import { safeText } from '../terminal-text.js';
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
  usage: 'weakties undo-merge <merge-id> | --all-auto',
  details:
    'Undoing an automatic merge also remembers the two as different people, so the next import does not merge them again.',
  options: { 'all-auto': { type: 'boolean' } },
  async run(ctx) {
    if (ctx.values['all-auto'] === true) {
      const result = await undoAutoMerges(await ctx.openStore());
      if (ctx.json) ctx.printJson(result);
      else ctx.print(`Undid ${result.undone} automatic merge(s).`);
      return;
    }
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

export const mergesCommand: Command = {
  name: 'merges',
  summary: 'the merges that stand, with their reasons; automatic ones with --auto',
  usage: 'weakties merges [--auto] [--threshold P | --default-threshold] [--off | --on]',
  details:
    'Imports merge people automatically when the evidence is decisive (posterior at or above the threshold). --threshold sets it (0.5 to 0.999), --off stops automatic merging. Undo one with weakties undo-merge <id>, all automatic ones with weakties undo-merge --all-auto.',
  options: {
    auto: { type: 'boolean' },
    threshold: { type: 'string' },
    'default-threshold': { type: 'boolean' },
    off: { type: 'boolean' },
    on: { type: 'boolean' },
  },
  async run(ctx) {
    const store = await ctx.openStore();
    const { values } = ctx;
    if (
      values.threshold !== undefined ||
      values['default-threshold'] === true ||
      values.off === true ||
      values.on === true
    ) {
      if (values.off === true && values.on === true) {
        throw new AppError('usage', 'choose one of --off and --on');
      }
      const threshold =
        values['default-threshold'] === true
          ? null
          : typeof values.threshold === 'string'
            ? Number(values.threshold)
            : undefined;
      const settings = await setAutoMerge(store, {
        ...(values.off === true
          ? { autoMerge: false }
          : values.on === true
            ? { autoMerge: true }
            : {}),
        ...(threshold !== undefined ? { threshold } : {}),
      });
      if (ctx.json) ctx.printJson(settings);
      else
        ctx.print(
          `Automatic merging is ${settings.autoMerge ? 'on' : 'off'}, from ${(settings.threshold * 100).toFixed(1)} % the same person.`,
        );
      return;
    }
    const merges = await listIdentityMerges(store, { auto: values.auto === true });
    if (ctx.json) {
      ctx.printJson({ total: merges.length, merges });
      return;
    }
    if (merges.length === 0) {
      ctx.print(values.auto === true ? 'No automatic merges stand.' : 'No merges stand.');
      return;
    }
    ctx.print(`${merges.length} merge(s) stand, newest first:`);
    for (const m of merges) {
      ctx.print('');
      ctx.print(
        `merge ${m.id}: #${m.mergedPersonId} into #${m.keptPersonId} (${m.source === 'auto' ? 'automatic' : 'by you'}, ${m.createdAt.slice(0, 10)})${m.posterior !== undefined ? `, ${(m.posterior * 100).toFixed(1)} % the same person` : ''}`,
      );
      for (const r of m.reasons) ctx.print(`  - ${safeText(r.text)} (${formatBits(r.bits)})`);
      if (m.reasons.length === 0 && m.reason) ctx.print(`  - ${safeText(m.reason)}`);
      ctx.print(`  undo: weakties undo-merge ${m.id}`);
    }
  },
};
