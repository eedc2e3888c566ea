import type { OutcomeRow } from '../../core/outreach/outcomes.js';
import { exportReminders, reviewOutreach } from '../../services/outreach-insights.js';
import { AppError } from '../../core/app-error.js';
import type { Command } from '../cli-context.js';
import { formatTable, safeText } from '../terminal-text.js';

function table(title: string, rows: OutcomeRow[]): string[] {
  if (rows.length === 0) return [title, '  nobody contacted through the plan yet'];
  return [
    title,
    formatTable(
      ['group', 'contacted', 'replies', 'meetings', 'referrals', 'interviews', 'offers'],
      rows.map((r) => [
        r.group,
        r.contacted,
        r.replies,
        r.meetings,
        r.referrals,
        r.interviews,
        r.offers,
      ]),
    ),
    ...rows.filter((r) => r.research).map((r) => `  ${r.group}: research: ${r.research ?? ''}`),
  ];
}

export const outcomesCommand: Command = {
  name: 'outcomes',
  summary:
    'your own experiment: outcomes per tie class, list and template; give-and-take; posting rhythm',
  usage: 'weakties outcomes [--date D]',
  options: { date: { type: 'string' } },
  async run(ctx) {
    const store = await ctx.openStore();
    const day = typeof ctx.values.date === 'string' ? ctx.values.date : undefined;
    const review = await reviewOutreach(store, day ? { day } : {});
    if (ctx.json) {
      ctx.printJson(review);
      return;
    }
    const p = review.posting;
    const lines = [
      ...table('Per tie class:', review.outcomes.byTieClass),
      '',
      ...table('Per list:', review.outcomes.byList),
      '',
      ...table('Per template:', review.outcomes.byTemplate),
      '',
      `Reciprocity ledger (${review.ledger.length} people):`,
      ...review.ledger
        .slice(0, 20)
        .map(
          (l) =>
            `  ${safeText(l.name)}: gave ${l.given.length}, received ${l.received.length}${l.balance > 0 ? ' — offer something back' : ''}`,
        ),
      '',
      `Posting: ${p.thisWeek} this week against a goal of ${p.goalPerWeek}; streak ${p.streak} week${p.streak === 1 ? '' : 's'}.`,
      `  ${p.weeks.map((w) => `${w.weekOf.slice(5)}:${w.posts}`).join('  ')}`,
      `  ${safeText(p.advice)}`,
    ];
    ctx.print(lines.join('\n'));
  },
};

export const exportRemindersCommand: Command = {
  name: 'export-reminders',
  summary: 'follow-up, circle-back and nurture reminders as an .ics calendar file',
  usage: 'weakties export-reminders --ics FILE [--days N] [--date D]',
  options: { ics: { type: 'string' }, days: { type: 'string' }, date: { type: 'string' } },
  async run(ctx) {
    const path = typeof ctx.values.ics === 'string' ? ctx.values.ics : undefined;
    if (!path)
      throw new AppError('usage', 'name the file: weakties export-reminders --ics reminders.ics');
    const days = typeof ctx.values.days === 'string' ? Number(ctx.values.days) : 90;
    if (!Number.isInteger(days) || days < 1 || days > 366)
      throw new AppError('usage', '--days is 1 to 366');
    const store = await ctx.openStore();
    const day = typeof ctx.values.date === 'string' ? ctx.values.date : undefined;
    const reminders = await exportReminders(store, path, {
      horizonDays: days,
      ...(day ? { day } : {}),
    });
    if (ctx.json) ctx.printJson({ path, reminders });
    else
      ctx.print(
        `wrote ${reminders.length} reminder${reminders.length === 1 ? '' : 's'} to ${safeText(path)}`,
      );
  },
};
