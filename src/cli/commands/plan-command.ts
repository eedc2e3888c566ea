import { AppError } from '../../core/app-error.js';
import type { DayPlan } from '../../core/outreach/planner.js';
import type { ShownPlan } from '../../services/plan-outreach.js';
import {
  markPlanItem,
  planOutreach,
  planWeekAhead,
  updateOutreachSettings,
  writePlanCsv,
} from '../../services/plan-outreach.js';
import type { CliContext, Command } from '../cli-context.js';
import { safeText } from '../terminal-text.js';

const text = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

function whole(value: unknown, name: string): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !/^\d{1,7}$/.test(value)) {
    throw new AppError('usage', `${name} must be a whole number`);
  }
  return Number(value);
}

export const planCommand: Command = {
  name: 'plan',
  summary: "today's paced outreach plan: invitations, reconnections, asks, follow-ups, nurture",
  usage:
    'weakties plan [--date D] [--week] [--csv FILE] | plan done|snooze|skip <item> [--until D] | plan settings [options]',
  details: `  <item> is the item's number in the day's plan (or its key).
  settings --account free|premium  --minutes N  --weekly-posts N  --set weeklyInvitations=80,...
weakties never sends anything: each item has the profile link and the text to copy.`,
  options: {
    date: { type: 'string' },
    week: { type: 'boolean' },
    csv: { type: 'string' },
    until: { type: 'string' },
    account: { type: 'string' },
    minutes: { type: 'string' },
    'weekly-posts': { type: 'string' },
    set: { type: 'string' },
  },
  async run(ctx) {
    const action = ctx.positionals[0];
    const day = text(ctx.values.date);
    const store = await ctx.openStore();
    if (action === 'done' || action === 'snooze' || action === 'skip') {
      const ref = ctx.positionals[1];
      if (!ref) throw new AppError('usage', `name the item: weakties plan ${action} <number>`);
      const status = action === 'done' ? 'done' : action === 'snooze' ? 'snoozed' : 'skipped';
      const result = await markPlanItem(store, ref, status, {
        ...(day ? { day } : {}),
        ...(text(ctx.values.until) ? { until: text(ctx.values.until) } : {}),
      });
      if (ctx.json) ctx.printJson(result);
      else {
        const moved = result.moves.map((m) => m.stage).join(', ');
        ctx.print(
          `${status}: ${result.item.kind} for ${safeText(result.item.name)}${moved ? ` (pipeline: ${moved})` : ''}`,
        );
      }
      return;
    }
    if (action === 'settings') {
      const pacing: Record<string, number> = {};
      for (const pair of (text(ctx.values.set) ?? '').split(',').filter(Boolean)) {
        const [key, value] = pair.split('=');
        const n = whole(value, `--set ${key ?? ''}`);
        if (!key || n === undefined)
          throw new AppError('usage', `--set takes key=value pairs, not "${pair}"`);
        pacing[key.trim()] = n;
      }
      const view = await updateOutreachSettings(store, {
        ...(text(ctx.values.account) ? { accountType: text(ctx.values.account) } : {}),
        ...(ctx.values.minutes !== undefined
          ? { dailyMinutes: whole(ctx.values.minutes, '--minutes') }
          : {}),
        ...(ctx.values['weekly-posts'] !== undefined
          ? { weeklyPosts: whole(ctx.values['weekly-posts'], '--weekly-posts') }
          : {}),
        pacing,
      });
      if (ctx.json) ctx.printJson(view);
      else {
        ctx.print(
          [
            `account            ${view.accountType}`,
            `minutes a day      ${view.dailyMinutes}`,
            `posts a week goal  ${view.weeklyPosts}`,
            `pacing overrides   ${JSON.stringify(view.overrides)}`,
            ...view.issues.map((i) => `  ignored: ${safeText(i)}`),
          ].join('\n'),
        );
      }
      return;
    }
    if (action !== undefined) {
      throw new AppError('usage', `unknown action "${action}": use done, snooze, skip or settings`);
    }
    const csv = text(ctx.values.csv);
    if (csv) {
      const n = await writePlanCsv(store, csv, {
        ...(day ? { day } : {}),
        week: ctx.values.week === true,
      });
      ctx.print(`wrote ${n} plan item${n === 1 ? '' : 's'} to ${safeText(csv)}`);
      return;
    }
    if (ctx.values.week === true) {
      const plans = await planWeekAhead(store, day ? { day } : {});
      if (ctx.json) ctx.printJson(plans);
      else ctx.print(renderWeek(plans));
      return;
    }
    const plan = await planOutreach(store, day ? { day } : {});
    if (ctx.json) ctx.printJson(plan);
    else ctx.print(renderPlan(plan, ctx));
  },
};

function renderPlan(plan: ShownPlan, ctx: CliContext): string {
  const lines = [
    `Plan for ${plan.day}: ${plan.items.length} item${plan.items.length === 1 ? '' : 's'}, ${plan.minutesPlanned} of ${plan.minutesAvailable} minutes`,
  ];
  if (!plan.goalsConfirmed) lines.push('(goals pre-filled from your export; see weakties goals)');
  for (const note of plan.notes) lines.push(`! ${safeText(note)}`);
  if (plan.items.length === 0) lines.push('', 'Nothing due today.');
  for (const item of plan.items) {
    const status =
      item.status === 'shown'
        ? ''
        : `  [${item.status}${item.snoozeUntil ? ` until ${item.snoozeUntil}` : ''}]`;
    lines.push(
      '',
      `${String(item.position).padStart(2)}. ${item.kind.toUpperCase()}  ${safeText(item.name)}  (${item.minutes} min, ${item.list})${status}`,
    );
    if (item.carriedOverFrom) lines.push(`    carried over from ${item.carriedOverFrom}`);
    lines.push(`    why:  ${safeText(item.reason)}`);
    lines.push(`    do:   ${safeText(item.action)}`);
    if (item.limit) lines.push(`    limit: ${safeText(item.limit)}`);
    if (item.profileLink) lines.push(`    ${safeText(item.profileLink)}`);
    if (item.draft) {
      lines.push(
        `    draft (${[...item.draft.text].length}/${item.draft.maxLength}, template ${item.draft.templateId}):`,
      );
      lines.push(`      ${safeText(item.draft.text)}`);
      for (const p of item.draft.problems) lines.push(`      ✗ ${safeText(p.reason)}`);
      if (item.draft.problems.length === 0) lines.push('      ✓ passes every check');
    }
    for (const reply of item.replies ?? []) {
      lines.push(
        `    if they ask "are you hiring?" (${reply.templateId}):`,
        `      ${safeText(reply.text)}`,
      );
    }
  }
  if (plan.shapedBy.length) {
    lines.push('', 'Limits that shaped this plan:');
    for (const s of plan.shapedBy) lines.push(`  - ${s.limit}: ${safeText(s.message)}`);
  }
  lines.push('', 'Invitation limits today:');
  for (const l of plan.limits)
    lines.push(`  ${l.name.padEnd(15)} ${l.used} used, ${l.remaining} left`);
  if (!ctx.quiet) lines.push('', 'Mark items: weakties plan done|snooze|skip <number>');
  return lines.join('\n');
}

function renderWeek(plans: DayPlan[]): string {
  const lines = ['The week ahead (assuming each item is done on its day and nobody answers yet):'];
  for (const plan of plans) {
    const kinds = new Map<string, number>();
    for (const i of plan.items) kinds.set(i.kind, (kinds.get(i.kind) ?? 0) + 1);
    const summary = [...kinds].map(([k, n]) => `${n} ${k}`).join(', ') || 'nothing due';
    lines.push(`  ${plan.day}  ${String(plan.minutesPlanned).padStart(3)} min  ${summary}`);
    for (const s of plan.shapedBy.filter(
      (x) => x.limit !== 'daily-minutes' && x.limit !== 'reinvite-block',
    )) {
      lines.push(`              limit ${s.limit}: ${safeText(s.message)}`);
    }
  }
  return lines.join('\n');
}
