import type { ImportIssue, ImportIssueCode } from '../import-batch.js';

/**
 * Per-row issues are capped per code so that a hostile or badly broken file (200,000 ragged rows)
 * cannot flood the report: the first ones are kept with their lines, the rest are counted in one
 * summary issue. 100 is a design choice: enough to find the pattern, small enough to read.
 */
export const DEFAULT_ISSUES_PER_CODE = 100;

export class IssueList {
  private readonly issues: ImportIssue[] = [];
  private readonly counts = new Map<ImportIssueCode, number>();
  private readonly dropped = new Map<
    ImportIssueCode,
    { count: number; severity: ImportIssue['severity'] }
  >();

  constructor(
    readonly file: string,
    private readonly perCode = DEFAULT_ISSUES_PER_CODE,
  ) {}

  add(issue: Omit<ImportIssue, 'file'>): void {
    const seen = this.counts.get(issue.code) ?? 0;
    this.counts.set(issue.code, seen + 1);
    if (seen < this.perCode) {
      this.issues.push({ ...issue, file: this.file });
      return;
    }
    const more = this.dropped.get(issue.code);
    if (more) {
      more.count += 1;
      if (issue.severity === 'error') more.severity = 'error';
    } else {
      this.dropped.set(issue.code, { count: 1, severity: issue.severity });
    }
  }

  /** How many issues of this code were reported, including those folded into the summary. */
  count(code: ImportIssueCode): number {
    return this.counts.get(code) ?? 0;
  }

  toArray(): ImportIssue[] {
    const summaries: ImportIssue[] = [...this.dropped].map(([code, { count, severity }]) => ({
      code,
      file: this.file,
      severity,
      message: `${count.toLocaleString('en-US')} more ${code} issue${count === 1 ? '' : 's'} like the ones above in ${this.file}`,
    }));
    return [...this.issues, ...summaries];
  }
}
