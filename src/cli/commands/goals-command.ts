import { AppError } from '../../core/app-error.js';
import { naicsSectorName } from '../../core/industries/naics-sectors.js';
import { loadGoals, updateGoals, type GoalsView } from '../../services/goals-service.js';
import { LOCAL_ACCOUNT_ID } from '../../services/store-access.js';
import type { Command } from '../cli-context.js';
import { safeText } from '../terminal-text.js';

const splitComma = (v: unknown): string[] | undefined =>
  typeof v === 'string'
    ? v
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
    : undefined;
const text = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

function yesNo(v: string | undefined): boolean | undefined {
  if (v === undefined) return undefined;
  if (v === 'yes') return true;
  if (v === 'no') return false;
  throw new AppError('usage', `--internal-move is "yes" or "no", not "${v}"`);
}

export const goalsCommand: Command = {
  name: 'goals',
  summary:
    'show, confirm or change what you are after (target companies, roles, industries, stance)',
  usage: 'weakties goals [show | confirm | set [options]]',
  details: `  set --companies "Acme,Globex"   target companies (replaces the list)
      --roles "Product Manager,Head of Data"
      --industries "51,54"         NAICS sectors or LinkedIn industry names
      --location TEXT  --level senior|lead|manager|head|director|vp|c-level|...
      --stance active|contemplating  --style open|curator
      --solution TEXT              the problems you solve, used in every draft
      --discretion discreet|open|default
                                   discreet (the default while employed): current colleagues
                                   stay out of the ask, wave and reconnect lists
      --internal-move yes|no       yes: your current employer may be a target company
Until you confirm or set them, goals are pre-filled from your export (Job Seeker Preferences,
Saved Jobs, Company Follows).`,
  options: {
    companies: { type: 'string' },
    roles: { type: 'string' },
    industries: { type: 'string' },
    location: { type: 'string' },
    level: { type: 'string' },
    stance: { type: 'string' },
    style: { type: 'string' },
    solution: { type: 'string' },
    discretion: { type: 'string' },
    'internal-move': { type: 'string' },
  },
  async run(ctx) {
    const action = ctx.positionals[0] ?? 'show';
    const store = await ctx.openStore();
    let view: GoalsView;
    if (action === 'show') view = await loadGoals(store, LOCAL_ACCOUNT_ID);
    else if (action === 'confirm') view = await updateGoals(store, LOCAL_ACCOUNT_ID, {});
    else if (action === 'set') {
      view = await updateGoals(store, LOCAL_ACCOUNT_ID, {
        targetCompanies: splitComma(ctx.values.companies),
        targetRoles: splitComma(ctx.values.roles),
        targetIndustries: splitComma(ctx.values.industries),
        location: text(ctx.values.location),
        ownerLevel: text(ctx.values.level),
        stance: text(ctx.values.stance),
        style: text(ctx.values.style),
        solution: text(ctx.values.solution),
        discretion: text(ctx.values.discretion),
        internalMove: yesNo(text(ctx.values['internal-move'])),
      });
    } else throw new AppError('usage', `unknown action "${action}": use show, confirm or set`);
    if (ctx.json) ctx.printJson(view);
    else ctx.print(renderGoals(view));
  },
};

export function renderGoals(view: GoalsView): string {
  const g = view.goals;
  const list = (items: readonly string[]) =>
    items.length ? items.map(safeText).join(', ') : '(none)';
  const lines = [
    view.confirmed
      ? 'Your goals:'
      : 'Your goals, pre-filled from your export (check them, then: weakties goals confirm):',
    `  target companies   ${list(g.targetCompanies)}`,
    `  target roles       ${list(g.targetRoles)}`,
    `  target industries  ${g.targetIndustries.length ? g.targetIndustries.map((c) => `${c} ${naicsSectorName(c)}`).join(', ') : '(none)'}`,
    `  location           ${safeText(g.location ?? '(any)')}`,
    `  your level         ${g.ownerLevel ?? '(unknown)'}`,
    `  stance             ${g.stance === 'active' ? 'actively looking' : 'contemplating my next opportunity'}`,
    `  style              ${g.style === 'open' ? 'open networker' : 'curator'}`,
    `  solution message   ${safeText(g.solution ?? '(none: say what problems you solve, with --solution)')}`,
    `  current employer   ${list(g.currentEmployers ?? [])}${view.internalMove ? ' (open to an internal move: it may be a target)' : ''}`,
    `  discretion         ${g.discretion === 'discreet' ? 'discreet: current colleagues stay out of ask, wave and reconnect' : 'open: current colleagues may appear in every list'}${view.discretionSetting === '' ? ' (the default)' : ''}`,
  ];
  if (view.excludedTargets.length)
    lines.push(
      '',
      `Not a target because you work there: ${list(view.excludedTargets)} (for an internal move: weakties goals set --internal-move yes).`,
    );
  if (view.prefilledFrom.length)
    lines.push('', `Pre-filled from: ${view.prefilledFrom.map(safeText).join('; ')}`);
  return lines.join('\n');
}
