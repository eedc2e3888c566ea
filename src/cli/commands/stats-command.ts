import { computeStats, listImports, type NetworkStats } from '../../services/network-stats.js';
import type { Command } from '../cli-context.js';
import { formatNumber, formatPercent, formatTable, safeText } from '../terminal-text.js';

export const statsCommand: Command = {
  name: 'stats',
  summary: 'network size and shape: growth by year, companies, messages, invitations',
  usage: 'weakties stats',
  options: {},
  async run(ctx) {
    const store = await ctx.openStore();
    const stats = await computeStats(store);
    if (ctx.json) ctx.printJson(stats);
    else ctx.print(renderStats(stats));
  },
};

export function renderStats(s: NetworkStats): string {
  const lines: string[] = [];
  if (s.owner)
    lines.push(
      `${safeText(s.owner.name)}${s.owner.headline ? ` - ${safeText(s.owner.headline)}` : ''}`,
      '',
    );
  lines.push(`Connections            ${formatNumber(s.connections)}`);
  lines.push(
    `Other people           ${formatNumber(s.peopleOutsideConnections)} (messaged, invited or in an address book, not connected)`,
  );
  lines.push(
    `Companies              ${formatNumber(s.distinctCompanies)} (top 10 hold ${formatPercent(s.topTenCompanyShare)})`,
  );
  lines.push(
    `Conversations          ${formatNumber(s.conversations)}, ${formatNumber(s.messages)} messages (${formatNumber(s.messagesSent)} sent, ${formatNumber(s.messagesReceived)} received)`,
  );
  lines.push(
    `Connections messaged   ${formatNumber(s.connectionsMessaged)} (${formatPercent(s.messagedShare)}; the rest are "never interacted")`,
  );
  lines.push(
    `Invitations            ${formatNumber(s.invitationsOut)} sent, ${formatNumber(s.invitationsIn)} received`,
  );
  lines.push(
    `Endorsements           ${formatNumber(s.endorsements)}; recommendations ${formatNumber(s.recommendations)}`,
  );
  lines.push(
    `People merged          ${formatNumber(s.merges)} (weakties review; every merge can be undone)`,
  );
  lines.push(
    `Target hints           ${formatNumber(s.companyFollows)} company follows, ${formatNumber(s.savedJobs)} saved jobs`,
  );
  if (s.connectionsByYear.length > 0) {
    lines.push('', 'Connections added per year:');
    const max = Math.max(...s.connectionsByYear.map((y) => y.count));
    for (const y of s.connectionsByYear) {
      const bar = '#'.repeat(Math.max(1, Math.round((y.count / max) * 40)));
      lines.push(`  ${y.year}  ${formatNumber(y.count).padStart(6)}  ${bar}`);
    }
  }
  if (s.topCompanies.length > 0) {
    lines.push('', 'Largest companies among your connections:');
    lines.push(
      formatTable(
        ['company', 'connections'],
        s.topCompanies.map((c) => [c.company, c.count]),
      ),
    );
  }
  return lines.join('\n');
}

export const importsCommand: Command = {
  name: 'imports',
  summary: 'the history of your imports',
  usage: 'weakties imports',
  options: {},
  async run(ctx) {
    const store = await ctx.openStore();
    const runs = await listImports(store);
    if (ctx.json) {
      ctx.printJson(runs);
      return;
    }
    if (runs.length === 0) {
      ctx.print('No imports yet. Run: weakties import <your LinkedIn export .zip>');
      return;
    }
    ctx.print(
      formatTable(
        ['run', 'when', 'source', 'input', 'export date', 'sha256'],
        runs.map((r) => [
          r.id,
          r.finishedAt ?? 'unfinished',
          r.source,
          r.input,
          r.exportDate ?? '',
          r.sha256.slice(0, 12),
        ]),
        50,
      ),
    );
  },
};
