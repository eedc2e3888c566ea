import { runDemo, type DemoSourceSummary } from '../../services/run-demo.js';
import type { Command } from '../cli-context.js';
import { createProgressBar } from '../progress-bar.js';
import { safeText } from '../terminal-text.js';
import { parseWhole } from './people-command.js';
import { renderStats } from './stats-command.js';

export const demoCommand: Command = {
  name: 'demo',
  summary:
    'generate the synthetic demo exports (LinkedIn, phone book, Google, WhatsApp, mail, calendar), import them, show stats',
  usage: 'weakties demo [--seed N] [--connections N] [--messages N]',
  details: `Each source is imported on its own, LinkedIn first; one line per source says how many people it
brought that no earlier source knew and how many it merged into people already known.
The demo store is separate from yours: look at it with --demo on any command, for example
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
    ctx.print(`Demo exports in ${safeText(ctx.demoDir())}:`);
    for (const source of result.sources) ctx.print(renderSourceLine(source));
    ctx.print('');
    ctx.print(renderStats(result.stats));
    ctx.print(
      `\nExplore it: weakties people --demo --search recruiter   |   weakties person --demo <id>`,
    );
  },
};

const count = (n: number): string => n.toLocaleString('en-US');

/** `  whatsapp     WhatsApp: 12 people new, 9 merged into existing, 399 messages`. */
export function renderSourceLine(source: DemoSourceSummary): string {
  const name = safeText(source.path.split(/[\\/]/).pop() ?? source.path);
  if (source.alreadyImported) return `  ${source.source.padEnd(11)}  ${name}: already imported`;
  const problems = source.summary.issues.filter((i) => i.severity !== 'info').length;
  const parts = [
    `${count(source.peopleNew)} people new`,
    `${count(source.peopleMerged)} merged into existing`,
    `${count(source.messages)} messages`,
    ...(problems > 0 ? [`${count(problems)} issue${problems === 1 ? '' : 's'}`] : []),
  ];
  return `  ${source.source.padEnd(11)}  ${name}: ${parts.join(', ')}`;
}
