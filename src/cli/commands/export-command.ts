import { resolve } from 'node:path';
import { AppError } from '../../core/app-error.js';
import { EXPORT_FORMATS, isExportFormat, writeAccountExport } from '../../services/account-data.js';
import { LOCAL_ACCOUNT_ID } from '../../services/store-access.js';
import type { Command } from '../cli-context.js';
import { formatNumber, safeText } from '../terminal-text.js';

/** `weakties-export-2026-11-25-143000`: a new name each second, in the current folder. */
function defaultFolder(now: Date): string {
  const stamp = now.toISOString().slice(0, 19).replace('T', '-').replace(/:/g, '');
  return resolve(`weakties-export-${stamp}`);
}

export const exportCommand: Command = {
  name: 'export',
  summary: 'write all of your data (every table) as JSON and CSV into a new folder',
  usage: 'weakties export [--out DIR] [--format json|csv|both]',
  details: [
    'DIR must not exist yet: it is created, readable by you only, and nothing is ever overwritten.',
    'JSON: weakties-export.json (every table, then a manifest of row counts). CSV: one file per',
    'table, RFC 4180; cells that a spreadsheet would run as a formula start with a quote.',
    'By default the folder is weakties-export-<date>-<time> in the current folder.',
  ].join('\n'),
  options: { out: { type: 'string' }, format: { type: 'string' } },
  async run(ctx) {
    const format = ctx.values.format ?? 'both';
    if (!isExportFormat(format)) {
      throw new AppError('usage', `--format is one of ${EXPORT_FORMATS.join(', ')}`);
    }
    const out = typeof ctx.values.out === 'string' ? ctx.values.out : undefined;
    if (out === '') throw new AppError('usage', '--out needs a folder name');
    const dir = out === undefined ? defaultFolder(new Date()) : resolve(out);
    const store = await ctx.openStore();
    const result = await writeAccountExport(store, LOCAL_ACCOUNT_ID, dir, { format });
    if (ctx.json) {
      ctx.printJson(result);
      return;
    }
    const rows = result.manifest.tables.reduce((sum, t) => sum + t.rows, 0);
    ctx.print(
      `Exported ${formatNumber(rows)} rows from ${result.manifest.tables.length} tables into ${safeText(result.dir)}\n` +
        `(${result.files.length} files, readable by you only; manifest.json lists them).`,
    );
  },
};
