import { AppError } from '../../core/app-error.js';
import { findPaths, type PathsReport } from '../../services/network-analysis.js';
import type { Command } from '../cli-context.js';
import { formatNumber, safeText } from '../terminal-text.js';
import { NETWORK_OPTIONS, NETWORK_OPTIONS_HELP, readNetworkOptions } from './graph-command.js';
import { parseWhole } from './people-command.js';

export const pathsCommand: Command = {
  name: 'paths',
  summary: 'introduction paths to a company or a person, through people you are in touch with',
  usage: 'weakties paths --company NAME | --person ID [--limit N] [--intermediaries 1|2]',
  details: `  --company NAME        everybody whose current company matches NAME
  --person ID           one person: an id, profile URL, email or name
  --limit N             paths listed (default 10)
  --intermediaries 1|2  longest chain (default 2)
${NETWORK_OPTIONS_HELP}
Only people you have exchanged messages with are asked to introduce you.`,
  options: {
    ...NETWORK_OPTIONS,
    company: { type: 'string' },
    person: { type: 'string' },
    limit: { type: 'string' },
    intermediaries: { type: 'string' },
  },
  async run(ctx) {
    const company = typeof ctx.values.company === 'string' ? ctx.values.company : undefined;
    const person = typeof ctx.values.person === 'string' ? ctx.values.person : undefined;
    if ((company === undefined) === (person === undefined)) {
      throw new AppError('usage', 'name exactly one target: --company NAME or --person ID');
    }
    const hops = parseWhole(ctx.values.intermediaries, '--intermediaries', 2);
    if (hops !== 1 && hops !== 2) throw new AppError('usage', '--intermediaries is 1 or 2');
    const store = await ctx.openStore();
    const report = await findPaths(store, {
      ...readNetworkOptions(ctx),
      company,
      person,
      limit: parseWhole(ctx.values.limit, '--limit', 10),
      maxIntermediaries: hops,
    });
    if (ctx.json) ctx.printJson(report);
    else ctx.print(renderPaths(report));
  },
};

export function renderPaths(r: PathsReport): string {
  const what = r.query.company ?? r.query.person ?? '';
  if (r.targets === 0) return `Nobody in your network matches "${safeText(what)}".`;
  const lines = [
    `${formatNumber(r.targets)} ${r.targets === 1 ? 'person matches' : 'people match'} "${safeText(what)}".`,
  ];
  if (r.askDirectly.length > 0) {
    lines.push('', 'Ask directly (you are already in touch):');
    for (const p of r.askDirectly.slice(0, 10)) {
      lines.push(
        `  ${safeText(p.name)} [#${p.personId}] - ${p.tieClass.replace('-', ' ')} tie, ${p.messages} message${p.messages === 1 ? '' : 's'}`,
      );
    }
  }
  if (r.paths.length > 0) {
    lines.push('', `Introduction paths (best ${r.paths.length} of ${formatNumber(r.pathCount)}):`);
    for (const p of r.paths) {
      lines.push(
        '',
        `${String(p.rank).padStart(2)}. ${safeText(p.explanation)}  [score ${p.score.toPrecision(2)}]`,
      );
    }
  } else if (r.askDirectly.length < r.targets) {
    lines.push('', 'No introduction path found through people you are in touch with.');
  }
  if (r.unreachable > 0) {
    lines.push(
      '',
      `${formatNumber(r.unreachable)} of them have no path through anyone you are in touch with.`,
    );
  }
  return lines.join('\n');
}
