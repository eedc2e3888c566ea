import { AppError } from '../../core/app-error.js';
import { findPeople } from '../../services/people-queries.js';
import type { Command } from '../cli-context.js';
import { formatNumber, formatTable } from '../terminal-text.js';

export const peopleCommand: Command = {
  name: 'people',
  summary: 'list the people in your network',
  usage:
    'weakties people [--search TEXT] [--company NAME] [--connections|--others] [--limit N] [--offset N]',
  details: `  --search TEXT   name, company or title contains TEXT
  --company NAME  company contains NAME
  --connections   only LinkedIn connections; --others: only people who are not
  --limit N       how many (default 50, at most 1000); --offset N to page`,
  options: {
    search: { type: 'string' },
    company: { type: 'string' },
    connections: { type: 'boolean' },
    others: { type: 'boolean' },
    limit: { type: 'string' },
    offset: { type: 'string' },
  },
  async run(ctx) {
    const limit = parseWhole(ctx.values.limit, '--limit', 50);
    const offset = parseWhole(ctx.values.offset, '--offset', 0);
    if (ctx.values.connections && ctx.values.others) {
      throw new AppError('usage', '--connections and --others exclude each other');
    }
    const store = await ctx.openStore();
    const result = await findPeople(store, {
      search: typeof ctx.values.search === 'string' ? ctx.values.search : undefined,
      company: typeof ctx.values.company === 'string' ? ctx.values.company : undefined,
      isConnection: ctx.values.connections ? true : ctx.values.others ? false : undefined,
      limit,
      offset,
    });
    if (ctx.json) {
      ctx.printJson(result);
      return;
    }
    if (result.people.length === 0) {
      ctx.print(result.total === 0 ? 'Nobody matches.' : 'No more people on this page.');
      return;
    }
    ctx.print(
      formatTable(
        ['id', 'name', 'company', 'title', 'connected', 'msgs'],
        result.people.map((p) => [
          p.id,
          p.displayName,
          p.company,
          p.title,
          p.connectedOn ?? '',
          p.messages,
        ]),
      ),
    );
    const shown = offset + result.people.length;
    ctx.print(
      `\n${formatNumber(offset + 1)}-${formatNumber(shown)} of ${formatNumber(result.total)}`,
    );
  },
};

export function parseWhole(value: unknown, flag: string, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (typeof value !== 'string' || !/^\d+$/.test(value) || !Number.isSafeInteger(n)) {
    throw new AppError('usage', `${flag} takes a whole number, not "${String(value)}"`);
  }
  return n;
}
