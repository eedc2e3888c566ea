import type { ImportSummary } from '../../services/import-files.js';
import { importFiles } from '../../services/import-files.js';
import type { CliContext, Command } from '../cli-context.js';
import { createProgressBar } from '../progress-bar.js';
import { formatNumber, formatTable, safeText } from '../terminal-text.js';

export const importCommand: Command = {
  name: 'import',
  summary:
    'import your exports, each recognised by its content: LinkedIn (.zip, folder or CSV files), contacts (vCard, Google, Outlook), mail (mbox, .eml, Takeout), WhatsApp, Facebook, calendars (.ics)',
  usage: 'weakties import <paths...> [--keep-bodies] [--force]',
  details: `  --keep-bodies  also store message texts (off by default: tie strength needs only counts)
  --force        import again even if these exact files were imported before
Importing is one transaction: it lands whole or not at all. Re-importing the same export changes
nothing; a newer export adds what is new and records changed companies and titles.
Exit status 0 means the import landed, even when some rows could not be read: those are listed
as issues with their file and line, and a line on stderr says so.`,
  options: { 'keep-bodies': { type: 'boolean' }, force: { type: 'boolean' } },
  async run(ctx) {
    const store = await ctx.openStore();
    const bar = createProgressBar(process.stderr, ctx.quiet);
    let summary: ImportSummary;
    try {
      summary = await importFiles(store, ctx.positionals, {
        keepBodies: ctx.values['keep-bodies'] === true,
        force: ctx.values.force === true,
        onProgress: (p) => bar.update(p),
      });
    } finally {
      bar.finish();
    }
    if (ctx.json) ctx.printJson(summary);
    else ctx.print(renderImportSummary(summary));
    // The import landed: exit 0, and say on stderr that rows were left out (listed above), so a
    // script sees success and a person sees the warning.
    const lost = summary.issues.filter((i) => i.severity === 'error').length;
    // Shown even with --quiet, which hides progress, not warnings.
    if (lost > 0) {
      ctx.io.stderr.write(
        `weakties import: imported; ${lost} issue${lost === 1 ? '' : 's'} left rows out (listed with the summary)\n`,
      );
    }
    return 0;
  },
};

export function renderImportSummary(s: ImportSummary): string {
  if (s.alreadyImported) {
    return `${safeText(s.input)} was already imported (run #${s.alreadyImported.runId}, ${s.alreadyImported.at}); nothing changed. Use --force to import it again.`;
  }
  const lines: string[] = [];
  lines.push(
    `Imported ${safeText(s.input)}${s.exportDate ? ` (export of ${s.exportDate})` : ''} as run #${s.runId}.`,
  );
  const read = s.files.filter((f) => f.kind !== 'skipped');
  const unknown = s.files.filter((f) => f.kind === 'skipped');
  if (read.length > 0) {
    lines.push('', 'Files read:');
    lines.push(
      formatTable(
        ['file', 'kind', 'rows', 'left out'],
        read.map((f) => [
          f.file,
          f.kind,
          formatNumber(f.rows),
          Object.entries(f.skipped)
            .map(([reason, n]) => `${formatNumber(n)} ${reason}`)
            .join('; '),
        ]),
        60,
      ),
    );
  }
  if (unknown.length > 0) {
    lines.push(
      '',
      `Not used (${unknown.length} files of kinds weakties does not read): ${unknown.map((f) => safeText(f.file)).join(', ')}`,
    );
  }
  const imported = Object.entries(s.imported);
  lines.push(
    '',
    imported.length > 0 ? 'New rows:' : 'New rows: none (everything was already in the store).',
  );
  for (const [table, n] of imported) lines.push(`  ${table.padEnd(26)} ${formatNumber(n)}`);
  const { connections, ownerProfile, jobPreferences } = s.updated;
  if (connections + ownerProfile + jobPreferences > 0) {
    lines.push('', 'Updated:');
    if (connections)
      lines.push(`  connections with a new company or title: ${formatNumber(connections)}`);
    if (ownerProfile) lines.push('  your profile');
    if (jobPreferences) lines.push('  your job-seeker preferences');
  }
  if (s.autoMerged) {
    lines.push(
      '',
      `One person, one record: ${formatNumber(s.autoMerged)} people merged automatically across sources (see weakties merges --auto; undo with weakties undo-merge).`,
    );
  }
  const skipped = Object.entries(s.skipped);
  if (skipped.length > 0) {
    lines.push('', 'Left out:');
    for (const [reason, n] of skipped) lines.push(`  ${formatNumber(n)} ${safeText(reason)}`);
  }
  if (s.issues.length > 0) {
    lines.push('', `Issues (${s.issues.length}):`);
    for (const issue of s.issues.slice(0, 20)) {
      const where = issue.line ? `${issue.file}:${issue.line}` : issue.file;
      lines.push(`  ${issue.severity}: ${safeText(where)}: ${safeText(issue.message)}`);
    }
    if (s.issues.length > 20) lines.push(`  … and ${s.issues.length - 20} more (see --json)`);
  }
  return lines.join('\n');
}

export type { CliContext };
