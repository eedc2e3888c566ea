import { AppError } from '../../core/app-error.js';
import { EVENT_DESCRIPTIONS, EVENT_KINDS } from '../../core/outreach/outreach-events.js';
import { HELP_KINDS } from '../../core/outreach/pipeline.js';
import { logOutreachEvent } from '../../services/outreach-log.js';
import type { Command } from '../cli-context.js';
import { safeText } from '../terminal-text.js';

const text = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

export const logCommand: Command = {
  name: 'log',
  summary:
    'record what happened outside weakties: a call, a coffee, an answer, help given or received',
  usage: `weakties log <person> <${EVENT_KINDS.join('|')}> [--note TEXT] [--help-kind KIND] [--date D]`,
  details: `${EVENT_KINDS.map((k) => `  ${k.padEnd(14)} ${EVENT_DESCRIPTIONS[k]}`).join('\n')}
  --help-kind    with help-received or help-given: ${HELP_KINDS.join(', ')}`,
  helpMisuse: `say what help it was with --help-kind, e.g. --help-kind ${HELP_KINDS[0] ?? 'advice'}`,
  options: {
    note: { type: 'string' },
    'help-kind': { type: 'string' },
    date: { type: 'string' },
  },
  async run(ctx) {
    const kind = ctx.positionals.at(-1);
    const person = ctx.positionals.slice(0, -1).join(' ').trim();
    if (!kind || !person)
      throw new AppError('usage', 'name the person and the event: weakties log <person> <event>');
    const store = await ctx.openStore();
    const result = await logOutreachEvent(store, person, kind, {
      ...(text(ctx.values.note) !== undefined ? { note: text(ctx.values.note) } : {}),
      ...(text(ctx.values['help-kind']) !== undefined
        ? { help: text(ctx.values['help-kind']) }
        : {}),
      ...(text(ctx.values.date) !== undefined ? { day: text(ctx.values.date) } : {}),
    });
    if (ctx.json) ctx.printJson(result);
    else {
      ctx.print(
        `logged ${result.event.kind} for #${result.personId} on ${result.event.at.slice(0, 10)}${result.move ? `; pipeline: ${result.move.stage}${result.move.help ? ` (${result.move.help})` : ''}` : ''}${result.event.note ? ` — ${safeText(result.event.note)}` : ''}`,
      );
    }
  },
};
