/**
 * The one place parsed records are cleaned before they are written (core/control-characters.ts):
 * control characters such as a NUL byte are removed from every text of every record, and each
 * record that had some is reported as an issue with its file and line, so the same export
 * lands the same way in SQLite and in PostgreSQL and the person learns which rows were changed.
 */
import { stripControlCharactersDeep } from '../core/control-characters.js';
import type { ImportBatch, ImportIssue } from '../importers/import-batch.js';

// Issues listed one by one per file before one summary line (design choice, as for edge files).
export const MAX_CONTROL_ISSUES_PER_FILE = 100;

/** Cleans the batch's records in place and adds an issue per changed record to its issues. */
export function cleanImportText(batch: ImportBatch): void {
  const perFile = new Map<string, number>();
  const issues: ImportIssue[] = [];
  for (let i = 0; i < batch.records.length; i += 1) {
    const record = batch.records[i];
    if (!record) continue;
    const { value, changed } = stripControlCharactersDeep(record);
    if (changed === 0) continue;
    batch.records[i] = value;
    const file = record.source.file;
    const seen = (perFile.get(file) ?? 0) + 1;
    perFile.set(file, seen);
    if (seen <= MAX_CONTROL_ISSUES_PER_FILE) {
      issues.push({
        code: 'bad-encoding',
        file,
        line: record.source.line,
        message:
          'control characters (such as a NUL byte) were removed from this row; the rest was kept',
        severity: 'warning',
      });
    }
  }
  for (const [file, seen] of perFile) {
    if (seen > MAX_CONTROL_ISSUES_PER_FILE) {
      issues.push({
        code: 'bad-encoding',
        file,
        message: `control characters were removed from ${seen - MAX_CONTROL_ISSUES_PER_FILE} more rows`,
        severity: 'warning',
      });
    }
  }
  // Zip entry names and parser messages can carry them too (the run's summary stores them).
  batch.files = stripControlCharactersDeep(batch.files).value;
  batch.issues = stripControlCharactersDeep(batch.issues).value;
  for (const issue of issues) batch.issues.push(issue);
}
