import { AppError } from '../../core/app-error.js';
import { importEdges, type ImportEdgesSummary } from '../../services/import-edges.js';
import type { Command } from '../cli-context.js';
import { formatNumber, safeText } from '../terminal-text.js';

export const importEdgesCommand: Command = {
  name: 'import-edges',
  summary:
    'import ties among your contacts: an edge list (a b per line) or a CSV of profile-URL pairs',
  usage: 'weakties import-edges <file>',
  details: `Each line names two people already in weakties, by person id, profile URL or email:
  12 57                       (SNAP style; # starts a comment)
  https://www.linkedin.com/in/ana,https://www.linkedin.com/in/tom   (CSV)
Importing is one transaction; importing the same ties again changes nothing.`,
  options: {},
  async run(ctx) {
    const [path, ...extra] = ctx.positionals;
    if (path === undefined || extra.length > 0) throw new AppError('usage', 'name one edge file');
    const store = await ctx.openStore();
    const summary = await importEdges(store, path);
    if (ctx.json) ctx.printJson(summary);
    else ctx.print(renderEdgeImport(summary));
    return summary.issues.some((i) => i.severity === 'error') ? 1 : 0;
  },
};

export function renderEdgeImport(s: ImportEdgesSummary): string {
  const lines = [
    `${safeText(s.file)} (${s.format === 'edge-list' ? 'edge list' : 'CSV of profile URLs'}): ${formatNumber(s.edgesRead)} ties read, ${formatNumber(s.imported)} new, ${formatNumber(s.alreadyStored)} already stored${s.runId === null ? '' : ` (run #${s.runId})`}.`,
  ];
  if (s.issues.length > 0) {
    lines.push('', `Issues (${s.issues.length}):`);
    for (const issue of s.issues.slice(0, 20)) {
      lines.push(
        `  ${issue.severity}: ${safeText(issue.file)}:${issue.line}: ${safeText(issue.message)}`,
      );
    }
    if (s.issues.length > 20) lines.push(`  … and ${s.issues.length - 20} more (see --json)`);
  }
  return lines.join('\n');
}
