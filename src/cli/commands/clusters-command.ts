import { findClusters, type ClusterReport } from '../../services/network-analysis.js';
import type { Command } from '../cli-context.js';
import { formatNumber, formatTable, safeText } from '../terminal-text.js';
import { NETWORK_OPTIONS, NETWORK_OPTIONS_HELP, readNetworkOptions } from './graph-command.js';
import { parseWhole } from './people-command.js';

export const clustersCommand: Command = {
  name: 'clusters',
  summary: 'the communities in your network (Leiden), labelled, and the bridges between them',
  usage: 'weakties clusters [--seed N] [--min-size N] [--bridges N] [--limit N]',
  details: `  --seed N      seed of the community detection (the same seed gives the same clusters)
  --min-size N  smallest community listed (default 3)
  --limit N     clusters listed (default 20); --bridges N: bridges listed (default 10)
${NETWORK_OPTIONS_HELP}`,
  options: {
    ...NETWORK_OPTIONS,
    seed: { type: 'string' },
    'min-size': { type: 'string' },
    bridges: { type: 'string' },
    limit: { type: 'string' },
  },
  async run(ctx) {
    const limit = parseWhole(ctx.values.limit, '--limit', 20);
    const store = await ctx.openStore();
    const report = await findClusters(store, {
      ...readNetworkOptions(ctx),
      ...(ctx.values.seed === undefined ? {} : { seed: parseWhole(ctx.values.seed, '--seed', 0) }),
      minSize: parseWhole(ctx.values['min-size'], '--min-size', 3),
      bridgeLimit: parseWhole(ctx.values.bridges, '--bridges', 10),
    });
    if (ctx.json) ctx.printJson(report);
    else ctx.print(renderClusters(report, limit));
  },
};

export function renderClusters(r: ClusterReport, limit: number): string {
  const lines: string[] = [];
  if (r.clusters.length === 0) {
    lines.push('No clusters yet: weakties knows too few ties among your contacts.');
  } else {
    lines.push(
      `${formatNumber(r.clusters.length)} clusters (Leiden, seed ${r.seed}, modularity ${Number.isFinite(r.modularity) ? r.modularity.toFixed(3) : 'n/a'}):`,
      '',
      formatTable(
        ['#', 'cluster', 'people', 'most central'],
        r.clusters.slice(0, limit).map((c) => [
          c.rank,
          c.label,
          formatNumber(c.size),
          c.centralMembers
            .slice(0, 3)
            .map((m) => m.name)
            .join(', '),
        ]),
        50,
      ),
    );
    if (r.clusters.length > limit)
      lines.push(`… and ${r.clusters.length - limit} more (see --json)`);
  }
  lines.push(
    '',
    `${formatNumber(r.unclustered)} people are in no cluster (no known ties, or too few).`,
  );
  if (r.bridges.length > 0) {
    lines.push('', 'Bridges: the only one of your contacts tied into these clusters:');
    for (const b of r.bridges) {
      const job = b.company ? ` (${safeText(b.company)})` : '';
      lines.push(
        `  ${safeText(b.name)}${job} [#${b.personId}]: only route to ${b.onlyRouteTo.map(safeText).join(', ')}`,
      );
    }
  }
  return lines.join('\n');
}
