/**
 * Issues of one file, capped per code so that a broken or hostile file (100,000 bad cards)
 * cannot flood the report: the first ones keep their line, the rest are counted in one summary
 * issue. Shared by the address-book and calendar importers (vcard, google-csv, outlook-csv, ics).
 */
import type { ImportIssue, ImportIssueCode } from '../import-batch.js';

/** Design choice: enough to see the pattern, short enough to read. */
export const ISSUES_PER_CODE = 50;

export class IssueCollector {
  private readonly kept: ImportIssue[] = [];
  private readonly counts = new Map<ImportIssueCode, number>();
  private readonly overflow = new Map<ImportIssueCode, ImportIssue['severity']>();

  constructor(readonly file: string) {}

  add(
    code: ImportIssueCode,
    severity: ImportIssue['severity'],
    message: string,
    line?: number,
  ): void {
    const seen = this.counts.get(code) ?? 0;
    this.counts.set(code, seen + 1);
    if (seen < ISSUES_PER_CODE) {
      const issue: ImportIssue = { code, file: this.file, message, severity };
      if (line !== undefined) issue.line = line;
      this.kept.push(issue);
      return;
    }
    const worst = this.overflow.get(code);
    this.overflow.set(code, worst === 'error' || severity === 'error' ? 'error' : severity);
  }

  toArray(): ImportIssue[] {
    const summaries = [...this.overflow].map(([code, severity]): ImportIssue => {
      const more = (this.counts.get(code) ?? 0) - ISSUES_PER_CODE;
      return {
        code,
        file: this.file,
        severity,
        message: `${this.file}: ${more.toLocaleString('en-US')} more ${code} issue${more === 1 ? '' : 's'} like the ones above.`,
      };
    });
    return [...this.kept, ...summaries];
  }
}
