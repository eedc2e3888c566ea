import { AppError } from '../../core/app-error.js';
import { nextMutualsToRecord, recordMutuals } from '../../services/record-mutuals.js';
import type { Command } from '../cli-context.js';
import { safeText } from '../terminal-text.js';
import { parseWhole } from './people-command.js';

export const mutualsCommand: Command = {
  name: 'mutuals',
  summary: 'record the number of mutual connections LinkedIn shows for a person',
  usage:
    'weakties mutuals <id | profile URL | email | name> <count>\n       weakties mutuals --next [--limit N]',
  details: `LinkedIn's export has no mutual connections; the count on a profile page is the structural
tie strength of Rajkumar et al. 2022. weakties estimates it from your data (about N, with a likely
range); a count you record replaces the estimate at once.
  --next       the people whose place in your ask list would change most if their real count
               were known: look them up on LinkedIn first
  --limit N    how many to list with --next (default 10)`,
  options: { next: { type: 'boolean' }, limit: { type: 'string' } },
  async run(ctx) {
    if (ctx.values.next === true) {
      const store = await ctx.openStore();
      const limit = parseWhole(ctx.values.limit, '--limit', 10);
      const queue = await nextMutualsToRecord(store, { limit });
      if (ctx.json) {
        ctx.printJson(queue);
        return;
      }
      if (queue.length === 0) {
        ctx.print('Nobody to look up: every person in your ask list has a recorded count.');
        return;
      }
      ctx.print(
        'Record these first: their real count of mutual connections would move them most in your ask list.',
      );
      for (const e of queue) {
        const company = e.company ? ` (${safeText(e.company)})` : '';
        ctx.print(
          `  #${e.personId} ${safeText(e.name)}${company}: ${e.current}; now #${e.rank} by score, between #${Math.min(e.rankIfLow, e.rankIfHigh)} and #${Math.max(e.rankIfLow, e.rankIfHigh)} depending on the real count`,
        );
      }
      ctx.print('Open their LinkedIn profile, then: weakties mutuals <id> <count>');
      return;
    }
    const count = ctx.positionals[ctx.positionals.length - 1];
    const query = ctx.positionals.slice(0, -1).join(' ').trim();
    if (count === undefined || query === '') {
      throw new AppError('usage', 'name the person, then the count: weakties mutuals 42 12');
    }
    const store = await ctx.openStore();
    const result = await recordMutuals(store, query, parseWhole(count, 'the count', 0));
    if (ctx.json) ctx.printJson(result);
    else {
      ctx.print(
        `Recorded ${result.count} mutual connection${result.count === 1 ? '' : 's'} with ${safeText(result.name)} [#${result.personId}] on ${result.recordedOn}.`,
      );
    }
  },
};
