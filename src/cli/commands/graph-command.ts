import { summariseNetwork, type GraphSummary } from '../../services/network-analysis.js';
import { structureCaveat } from '../../services/network-health.js';
import type { CliContext, Command } from '../cli-context.js';
import { formatNumber, formatPercent, safeText } from '../terminal-text.js';
import { parseWhole } from './people-command.js';

export const NETWORK_OPTIONS = {
  'max-group-size': { type: 'string' },
  'max-employer': { type: 'string' },
} as const;

export const NETWORK_OPTIONS_HELP = `  --max-group-size N  conversations with more members (you included) tie nobody (default 10)
  --max-employer N    companies with more of your contacts tie nobody by employer (default 500)`;

/** The ego-network options every graph command shares. */
export function readNetworkOptions(ctx: CliContext): {
  maxGroupSize?: number;
  maxEmployerContacts?: number;
} {
  const group = ctx.values['max-group-size'];
  const employer = ctx.values['max-employer'];
  return {
    ...(group === undefined ? {} : { maxGroupSize: parseWhole(group, '--max-group-size', 10) }),
    ...(employer === undefined
      ? {}
      : { maxEmployerContacts: parseWhole(employer, '--max-employer', 500) }),
  };
}

export const graphCommand: Command = {
  name: 'graph',
  summary: 'your network recovered from shared chats, emails, employers and imported edges',
  usage: 'weakties graph [--max-group-size N] [--max-employer N]',
  details: `${NETWORK_OPTIONS_HELP}
The export has no ties among your connections; weakties recovers them from evidence, and
estimates each contact's mutual connections from shared conversations and employers (about N,
with a likely range). Record what LinkedIn shows with 'weakties mutuals'; it replaces the estimate.`,
  options: NETWORK_OPTIONS,
  async run(ctx) {
    const store = await ctx.openStore();
    const summary = await summariseNetwork(store, readNetworkOptions(ctx));
    if (ctx.json) ctx.printJson(summary);
    else ctx.print(renderGraphSummary(summary));
  },
};

function figure(value: number, digits = 3): string {
  return Number.isFinite(value) ? value.toFixed(digits) : 'n/a';
}

export function renderGraphSummary(s: GraphSummary): string {
  const e = s.tiesByEvidence;
  const lines = [
    `Your network: you and ${formatNumber(s.people)} people, ${formatNumber(s.tiesAmongContacts)} known ties among them (density ${figure(s.density, 5)}).`,
    `  with a known tie to another contact  ${formatNumber(s.peopleWithTies)}`,
    `  no known tie to anyone else          ${formatNumber(s.peopleWithoutTies)}`,
    '',
    'Ties among your contacts, by evidence:',
    `  same current employer   ${formatNumber(e['same-employer'])}`,
    `  group chats             ${formatNumber(e['group-chat'])}`,
    `  emails                  ${formatNumber(e.email)}`,
    `  meetings                ${formatNumber(e.meeting)}`,
    `  imported edges          ${formatNumber(e.imported)}`,
    '',
    'Your position (Burt 1992; Rajkumar et al. 2022):',
    `  constraint       ${figure(s.owner.constraint)}  (lower: your contacts are less tied to each other)`,
    `  effective size   ${figure(s.owner.effectiveSize, 1)}  (non-redundant contacts)`,
    `  efficiency       ${Number.isFinite(s.owner.efficiency) ? formatPercent(s.owner.efficiency) : 'n/a'}`,
    `  diversity        ${figure(s.owner.diversity)}  (1 - clustering ${figure(s.owner.clustering, 5)})`,
    `  contacts' own clustering, on average  ${figure(s.contactClustering)}`,
    `  ${structureCaveat(s.peopleWithTies, s.people)}`,
    '',
    'Mutual connections per contact:',
    `  recorded from LinkedIn  ${formatNumber(s.mutuals.recorded + s.mutuals.imported)}`,
    `  estimated from evidence ${formatNumber(s.mutuals.inferred)}`,
    `  unknown                 ${formatNumber(s.mutuals.unknown)}`,
    '',
    `Conversations used: ${formatNumber(s.stats.groupsUsed)}; ignored as larger than ${s.options.maxGroupSize} members: ${formatNumber(s.stats.groupsIgnored)}.`,
  ];
  if (s.stats.employersTooLarge.length > 0) {
    const shown = s.stats.employersTooLarge
      .slice(0, 5)
      .map((c) => `${safeText(c.company)} (${formatNumber(c.contacts)})`)
      .join(', ');
    lines.push(
      `Employers with more than ${s.options.maxEmployerContacts} of your contacts, not used as evidence: ${shown}`,
    );
  }
  return lines.join('\n');
}
