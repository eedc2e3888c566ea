import { runDemo } from '../../services/run-demo.js';
import type { Command } from '../cli-context.js';
import { createProgressBar } from '../progress-bar.js';
import { safeText } from '../terminal-text.js';
import { parseWhole } from './people-command.js';
import { renderImportSummary } from './import-command.js';
import { renderStats } from './stats-command.js';

export const demoCommand: Command = {
  name: 'demo',
  summary: 'generate the synthetic demo export, import it into the demo store, show its stats',
  usage: 'weakties demo [--seed N] [--connections N] [--messages N]',
  details: `The demo store is separate from yours: look at it with --demo on any command, for example
'weakties people --demo --search recruiter'. The same seed always gives the same export.`,
  options: {
    seed: { type: 'string' },
    connections: { type: 'string' },
    messages: { type: 'string' },
  },
  async run(ctx) {
    const store = await ctx.openStore();
    const bar = createProgressBar(process.stderr, ctx.quiet);
    const result = await runDemo(store, {
      dir: ctx.demoDir(),
      seed: ctx.values.seed === undefined ? undefined : parseWhole(ctx.values.seed, '--seed', 42),
      connections:
        ctx.values.connections === undefined
          ? undefined
          : parseWhole(ctx.values.connections, '--connections', 1500),
      messages:
        ctx.values.messages === undefined
          ? undefined
          : parseWhole(ctx.values.messages, '--messages', 0),
      onProgress: (p) => bar.update(p),
    }).finally(() => bar.finish());
    if (ctx.json) {
      ctx.printJson(result);
      return;
    }
    ctx.print(`Demo export: ${safeText(result.exportPath)}`);
    ctx.print(renderImportSummary(result.summary));
    ctx.print('');
    ctx.print(renderStats(result.stats));
    ctx.print(
      `\nExplore it: weakties people --demo --search recruiter   |   weakties person --demo <id>`,
    );
  },
};
