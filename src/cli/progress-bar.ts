/**
 * A progress bar on stderr for large imports (issue 3, item 5), redrawn at most every 100 ms.
 * Quiet when stderr is not a terminal (pipes, CI) or with `--quiet`.
 */
export interface ProgressBar {
  update(progress: { phase: string; done: number; total: number }): void;
  finish(): void;
}

export function createProgressBar(stream: NodeJS.WriteStream, quiet: boolean): ProgressBar {
  if (quiet || !stream.isTTY) return { update: () => undefined, finish: () => undefined };
  let last = 0;
  let drawn = false;
  return {
    update({ phase, done, total }) {
      const now = Date.now();
      if (now - last < 100 && done < total) return;
      last = now;
      const width = 30;
      const share = total > 0 ? Math.min(1, done / total) : 0;
      const filled = Math.round(share * width);
      const bar = `${'#'.repeat(filled)}${'-'.repeat(width - filled)}`;
      stream.write(`\r[${bar}] ${(share * 100).toFixed(0).padStart(3)} % ${phase}`.padEnd(80));
      drawn = true;
    },
    finish() {
      if (drawn) stream.write(`\r${' '.repeat(80)}\r`);
    },
  };
}
