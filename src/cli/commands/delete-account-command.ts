import { Readable } from 'node:stream';
import { AppError } from '../../core/app-error.js';
import { countAccountData, deleteAccountData } from '../../services/account-data.js';
import { LOCAL_ACCOUNT_ID } from '../../services/store-access.js';
import type { CliIo, Command } from '../cli-context.js';
import { formatNumber, safeText } from '../terminal-text.js';

/** What the user types to confirm: a word, not just Enter or "y" (design choice). */
export const CONFIRMATION_WORD = 'delete';
// One answer line is a word; anything longer is not a confirmation (design choice).
const MAX_ANSWER_BYTES = 1024;

type PromptInput = Readable & { isTTY?: boolean };

/** The terminal to ask: the one the caller passed (tests pass their own), else the process's. */
function inputOf(io: CliIo): PromptInput {
  if ('stdin' in io && io.stdin instanceof Readable) return io.stdin;
  return process.stdin;
}

/** The first line typed, without its line end; what came before the end if there is none. */
function readAnswer(input: PromptInput): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = '';
    const finish = (answer: string) => {
      input.off('data', onData);
      input.off('end', onEnd);
      input.off('error', onError);
      input.pause();
      resolve(answer);
    };
    const onData = (chunk: Buffer | string) => {
      text += chunk.toString();
      const end = text.search(/\r?\n/);
      if (end >= 0) finish(text.slice(0, end));
      else if (text.length > MAX_ANSWER_BYTES) finish('');
    };
    const onEnd = () => finish(text);
    const onError = (error: Error) => {
      input.off('data', onData);
      input.off('end', onEnd);
      reject(new AppError('io', `cannot read the answer: ${error.message}`));
    };
    input.on('data', onData);
    input.once('end', onEnd);
    input.once('error', onError);
  });
}

export const deleteAccountCommand: Command = {
  name: 'delete-account',
  summary: 'erase all of your data from this store, everywhere, in one step (cannot be undone)',
  usage: 'weakties delete-account [--yes]',
  details: [
    `Asks you to type "${CONFIRMATION_WORD}" first; --yes skips the question (for scripts).`,
    'Without a terminal to ask in, it refuses unless --yes is given.',
    'Export first if you may want your data back: weakties export --out DIR.',
  ].join('\n'),
  options: { yes: { type: 'boolean', short: 'y' } },
  async run(ctx) {
    const input = inputOf(ctx.io);
    const confirmed = ctx.values.yes === true;
    if (!confirmed && input.isTTY !== true) {
      throw new AppError(
        'usage',
        `delete-account erases all of your data; run it in a terminal to confirm, or pass --yes`,
      );
    }
    const store = await ctx.openStore();
    if (!confirmed) {
      const counts = await countAccountData(store, LOCAL_ACCOUNT_ID);
      const rows = Object.entries(counts)
        .filter(([table]) => table !== 'accounts')
        .reduce((sum, [, n]) => sum + n, 0);
      ctx.io.stderr.write(
        `This erases all ${formatNumber(rows)} rows of your data (${formatNumber(counts.people ?? 0)} people, ` +
          `${formatNumber(counts.messages ?? 0)} messages) from ${safeText(store.location)}.\n` +
          `It cannot be undone. Type "${CONFIRMATION_WORD}" to erase: `,
      );
      const answer = (await readAnswer(input)).trim().toLowerCase();
      if (answer !== CONFIRMATION_WORD) {
        ctx.io.stderr.write('Nothing was erased.\n');
        return 1;
      }
    }
    const result = await deleteAccountData(store, LOCAL_ACCOUNT_ID);
    if (ctx.json) {
      ctx.printJson(result);
      return;
    }
    ctx.print(
      `Erased ${formatNumber(result.rows)} rows from ${Object.keys(result.tables).length} tables. ` +
        'weakties is empty and ready for a new import.',
    );
  },
};
