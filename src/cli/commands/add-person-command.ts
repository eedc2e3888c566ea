import { AppError } from '../../core/app-error.js';
import { addPersonByHand } from '../../services/add-person.js';
import type { Command } from '../cli-context.js';
import { safeText } from '../terminal-text.js';
import { parseWhole } from './people-command.js';

export const addPersonCommand: Command = {
  name: 'add-person',
  summary: 'add someone you found (a 2nd/3rd-degree prospect) for the invite list',
  usage:
    'weakties add-person <name> [--url PROFILE_URL] [--email E] [--title T] [--company C] [--mutuals N]',
  details: `  --mutuals N   the mutual connections LinkedIn shows on their profile (the export has none)
weakties never visits LinkedIn: copy what you see on the profile.`,
  options: {
    url: { type: 'string' },
    email: { type: 'string' },
    title: { type: 'string' },
    company: { type: 'string' },
    mutuals: { type: 'string' },
  },
  async run(ctx) {
    const name = ctx.positionals.join(' ').trim();
    if (!name) throw new AppError('usage', 'give the person a name');
    const text = (v: unknown) => (typeof v === 'string' ? v : undefined);
    const store = await ctx.openStore();
    const result = await addPersonByHand(store, {
      name,
      profileUrl: text(ctx.values.url),
      email: text(ctx.values.email),
      title: text(ctx.values.title),
      company: text(ctx.values.company),
      mutuals:
        ctx.values.mutuals === undefined
          ? undefined
          : parseWhole(ctx.values.mutuals, '--mutuals', 0),
    });
    if (ctx.json) ctx.printJson(result);
    else
      ctx.print(
        `${result.isNew ? 'Added' : 'Updated'} ${safeText(name)} (#${result.personId}). See: weakties recommend invite`,
      );
  },
};
