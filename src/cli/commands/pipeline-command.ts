import { AppError } from '../../core/app-error.js';
import { STAGES } from '../../core/outreach/pipeline.js';
import { listPipeline, movePipeline } from '../../services/outreach-log.js';
import type { Command } from '../cli-context.js';
import { formatTable, safeText } from '../terminal-text.js';

const text = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

export const pipelineCommand: Command = {
  name: 'pipeline',
  summary: 'who is at which stage of your outreach, and who you are losing touch with',
  usage:
    'weakties pipeline [--date D] | pipeline move <person> <stage> [--help-kind KIND] [--until D] [--reason withdrawn] [--note TEXT]',
  details: `Stages: ${STAGES.join(', ')}.
  helped needs --help-kind referral|introduction|advice|interview; snoozed needs --until YYYY-MM-DD;
  closed-lost --reason withdrawn marks a withdrawn invitation (no re-invite for 3 weeks).`,
  helpMisuse: 'say what help it was with --help-kind, e.g. --help-kind referral',
  options: {
    date: { type: 'string' },
    'help-kind': { type: 'string' },
    until: { type: 'string' },
    reason: { type: 'string' },
    note: { type: 'string' },
    limit: { type: 'string' },
  },
  async run(ctx) {
    const store = await ctx.openStore();
    const day = text(ctx.values.date);
    if (ctx.positionals[0] === 'move') {
      const stage = ctx.positionals.at(-1);
      const person = ctx.positionals.slice(1, -1).join(' ').trim();
      if (!stage || !person) throw new AppError('usage', 'weakties pipeline move <person> <stage>');
      const move = await movePipeline(store, person, stage, {
        ...(day ? { day } : {}),
        ...(text(ctx.values['help-kind']) ? { help: text(ctx.values['help-kind']) } : {}),
        ...(text(ctx.values.until) ? { until: text(ctx.values.until) } : {}),
        ...(text(ctx.values.reason) ? { reason: text(ctx.values.reason) } : {}),
        ...(text(ctx.values.note) ? { note: text(ctx.values.note) } : {}),
      });
      if (ctx.json) ctx.printJson(move);
      else ctx.print(`#${move.personId} moved to ${move.stage} on ${move.at.slice(0, 10)}`);
      return;
    }
    if (ctx.positionals.length > 0)
      throw new AppError('usage', `unknown action "${ctx.positionals[0] ?? ''}": use move`);
    const result = await listPipeline(store, day ? { day } : {});
    if (ctx.json) {
      ctx.printJson(result);
      return;
    }
    const limit = Number(text(ctx.values.limit) ?? 40);
    const lines = [
      `Pipeline on ${result.day}: ${
        Object.entries(result.counts)
          .map(([s, n]) => `${n} ${s}`)
          .join(', ') || 'empty'
      }`,
      '',
      formatTable(
        ['#', 'name', 'stage', 'since', 'last contact', 'from'],
        result.rows
          .slice(0, Number.isFinite(limit) ? limit : 40)
          .map((r) => [
            r.personId,
            r.name,
            `${r.stage}${r.help ? ` (${r.help})` : ''}${r.snoozeUntil ? ` until ${r.snoozeUntil}` : ''}`,
            r.since,
            r.lastContact ?? '',
            r.fromImport ? 'import' : 'you',
          ]),
      ),
    ];
    if (result.rows.length > limit)
      lines.push(`… and ${result.rows.length - limit} more (--limit N or --json)`);
    if (result.losingTouch.length) {
      lines.push('', 'Losing touch:');
      for (const r of result.losingTouch)
        lines.push(
          `  ${safeText(r.name)} (#${r.personId}): last contact ${r.lastContact ?? 'unknown'}`,
        );
    }
    ctx.print(lines.join('\n'));
  },
};
