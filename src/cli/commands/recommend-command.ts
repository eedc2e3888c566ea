import { AppError } from '../../core/app-error.js';
import { LIST_DESCRIPTIONS, LIST_NAMES, recommend } from '../../services/recommend.js';
import type { Command } from '../cli-context.js';
import { safeText } from '../terminal-text.js';
import { parseWhole } from './people-command.js';

/** Source names as people say them. */
export const SOURCE_NAMES: Readonly<Record<string, string>> = {
  vcard: 'phone book',
  'google-contacts': 'Google contacts',
  'outlook-contacts': 'Outlook contacts',
  whatsapp: 'WhatsApp',
  email: 'mail',
  calendar: 'calendar',
};

export const recommendCommand: Command = {
  name: 'recommend',
  summary:
    'ranked, explained lists: ask, more, helpers, reconnect, wave, recruiters, invite, prune',
  usage: `weakties recommend <${LIST_NAMES.join('|')}> [--limit N]`,
  details: LIST_NAMES.map((n) => `  ${n.padEnd(11)} ${LIST_DESCRIPTIONS[n]}`).join('\n'),
  options: { limit: { type: 'string' } },
  async run(ctx) {
    const list = ctx.positionals[0];
    if (!list) throw new AppError('usage', `name a list: ${LIST_NAMES.join(', ')}`);
    const limit = parseWhole(ctx.values.limit, '--limit', 25);
    const store = await ctx.openStore();
    const result = await recommend(store, list, { limit });
    if (ctx.json) {
      ctx.printJson(result);
      return;
    }
    const lines = [`${result.list}: ${result.description} (${result.total} in all)`];
    if (!result.goals.confirmed)
      lines.push('(goals pre-filled from your export; see weakties goals)');
    for (const note of result.notes) lines.push(safeText(note));
    if (result.list === 'ask')
      lines.push('(everyone else at your targets: weakties recommend more)');
    if (result.entries.length === 0) {
      lines.push(
        '',
        result.list === 'prune' && result.goals.goals.style !== 'curator'
          ? 'Nobody: pruning is for curators (weakties goals set --style curator).'
          : 'Nobody on this list yet.',
      );
    }
    for (const e of result.entries) {
      const job = [e.title, e.company].filter(Boolean).join(' at ');
      lines.push(
        '',
        `${String(e.rank).padStart(2)}. ${safeText(e.name)}${job ? ` - ${safeText(job)}` : ''}  [#${e.personId}, score ${e.score.toFixed(3)}]`,
      );
      lines.push(`    why:  ${safeText(e.reason)}`);
      if (e.sources.length)
        lines.push(
          `    from: ${e.sources.map((source) => SOURCE_NAMES[source] ?? source).join(', ')}`,
        );
      lines.push(`    next: ${safeText(e.nextAction)}`);
      if (e.profileLink) lines.push(`    ${safeText(e.profileLink)}`);
    }
    ctx.print(lines.join('\n'));
  },
};
