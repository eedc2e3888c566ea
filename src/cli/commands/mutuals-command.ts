import { AppError } from '../../core/app-error.js';
import { recordMutuals } from '../../services/record-mutuals.js';
import type { Command } from '../cli-context.js';
import { safeText } from '../terminal-text.js';
import { parseWhole } from './people-command.js';

export const mutualsCommand: Command = {
  name: 'mutuals',
  summary: 'record the number of mutual connections LinkedIn shows for a person',
  usage: 'weakties mutuals <id | profile URL | email | name> <count>',
  details: `LinkedIn's export has no mutual connections; the count on a profile page is the structural
tie strength of Rajkumar et al. 2022. A recorded count replaces the one weakties infers.`,
  options: {},
  async run(ctx) {
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
