/**
 * Names, titles and messages come from other people (docs/architecture.md: input is untrusted).
 * Before any of it reaches a terminal, control characters (which could move the cursor or
 * rewrite the screen through ANSI escapes) and bidi overrides are replaced.
 */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

export function safeText(value: unknown): string {
  return String(value ?? '')
    .replace(UNSAFE, '\ufffd')
    .replace(/[\r\n\t]+/g, ' ');
}

/** Columns padded to their widest cell, each cell sanitised and cut to `maxWidth`. */
export function formatTable(headers: string[], rows: unknown[][], maxWidth = 40): string {
  const cells = [headers, ...rows.map((r) => r.map((c) => truncate(safeText(c), maxWidth)))];
  const widths = headers.map((_, i) => Math.max(...cells.map((r) => [...(r[i] ?? '')].length)));
  return cells
    .map((r) =>
      r
        .map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i] ?? 0)))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

function truncate(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

export function formatNumber(n: number): string {
  return n.toLocaleString('en-US');
}

export function formatPercent(share: number): string {
  return `${(share * 100).toFixed(1)} %`;
}
