import { computeNetworkHealth } from '../../services/network-health.js';
import type { Command } from '../cli-context.js';
import { formatNumber, formatPercent, formatTable } from '../terminal-text.js';

export const healthCommand: Command = {
  name: 'health',
  summary:
    'network health: growth, tie-class mix, dormant share, diversity, relevance, vs the research',
  usage: 'weakties health',
  options: {},
  async run(ctx) {
    const store = await ctx.openStore();
    const h = await computeNetworkHealth(store);
    if (ctx.json) {
      ctx.printJson(h);
      return;
    }
    const lines = [`Connections: ${formatNumber(h.connections)}`, '', 'Tie-class mix:'];
    for (const [cls, count] of Object.entries(h.tieClassMix)) {
      lines.push(
        `  ${cls.padEnd(17)} ${formatNumber(count).padStart(7)}  ${formatPercent(count / Math.max(1, h.connections))}`,
      );
    }
    lines.push(
      '',
      `Dormant share          ${formatPercent(h.dormantShare)}`,
      `Relevant to your goals ${formatPercent(h.relevantShare)}`,
      `Company diversity      ${h.companyDiversity.entropyBits.toFixed(2)} bits over ${formatNumber(h.companyDiversity.groups)} companies (evenness ${h.companyDiversity.evenness.toFixed(2)})`,
      `Function diversity     ${h.functionDiversity.entropyBits.toFixed(2)} bits over ${h.functionDiversity.groups} functions (evenness ${h.functionDiversity.evenness.toFixed(2)})`,
    );
    const recent = h.growthByMonth.slice(-12);
    if (recent.length) {
      lines.push('', 'Growth, last 12 months with new connections:');
      lines.push(
        formatTable(
          ['month', 'added', 'total'],
          recent.map((m) => [m.month, m.added, m.total]),
        ),
      );
    }
    lines.push('', 'Compared with the research:');
    lines.push(
      formatTable(
        ['figure', 'yours', 'research', 'source'],
        h.comparisons.map((c) => [c.figure, c.yours, c.research, c.source]),
        60,
      ),
    );
    ctx.print(lines.join('\n'));
  },
};
