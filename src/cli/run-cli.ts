import { parseArgs } from 'node:util';
import { AppError } from '../core/app-error.js';
import type { Store } from '../services/store-access.js';
import {
  GLOBAL_HELP,
  GLOBAL_OPTIONS,
  demoDirFor,
  openStoreFor,
  type CliContext,
  type CliIo,
  type Command,
} from './cli-context.js';
import { addPersonCommand } from './commands/add-person-command.js';
import { deleteAccountCommand } from './commands/delete-account-command.js';
import { demoCommand } from './commands/demo-command.js';
import { exportCommand } from './commands/export-command.js';
import { goalsCommand } from './commands/goals-command.js';
import { healthCommand } from './commands/health-command.js';
import { recommendCommand } from './commands/recommend-command.js';
import { serveCommand } from './commands/serve-command.js';
import { importCommand } from './commands/import-command.js';
import { peopleCommand } from './commands/people-command.js';
import { personCommand } from './commands/person-command.js';
import { importsCommand, statsCommand } from './commands/stats-command.js';
import { clustersCommand } from './commands/clusters-command.js';
import { graphCommand } from './commands/graph-command.js';
import { importEdgesCommand } from './commands/import-edges-command.js';
import { mutualsCommand } from './commands/mutuals-command.js';
import { pathsCommand } from './commands/paths-command.js';
import { logCommand } from './commands/log-command.js';
import { exportRemindersCommand, outcomesCommand } from './commands/outcomes-command.js';
import { pipelineCommand } from './commands/pipeline-command.js';
import { planCommand } from './commands/plan-command.js';
import { templatesCommand } from './commands/templates-command.js';
import { triageCommand } from './commands/triage-command.js';
import {
  mergeCommand,
  mergesCommand,
  splitCommand,
  undoMergeCommand,
} from './commands/merge-command.js';
import { notSameCommand, reviewCommand } from './commands/review-command.js';
import { describeFailure } from './exit-codes.js';

export const COMMANDS: Command[] = [
  demoCommand,
  importCommand,
  peopleCommand,
  personCommand,
  statsCommand,
  importsCommand,
  goalsCommand,
  recommendCommand,
  addPersonCommand,
  healthCommand,
  graphCommand,
  clustersCommand,
  pathsCommand,
  importEdgesCommand,
  mutualsCommand,
  planCommand,
  logCommand,
  pipelineCommand,
  templatesCommand,
  triageCommand,
  outcomesCommand,
  exportRemindersCommand,
  serveCommand,
  reviewCommand,
  mergeCommand,
  mergesCommand,
  splitCommand,
  undoMergeCommand,
  notSameCommand,
  exportCommand,
  deleteAccountCommand,
];

function mainHelp(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    'weakties: turn your professional network into your next job (local-first; nothing leaves this machine)',
    '',
    'Usage: weakties <command> [options]',
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    GLOBAL_HELP,
    '',
    'Data lives in $WEAKTIES_HOME, else $XDG_DATA_HOME/weakties, else ~/.local/share/weakties.',
  ].join('\n');
}

function commandHelp(c: Command): string {
  return [
    `Usage: ${c.usage}`,
    '',
    c.summary,
    ...(c.details ? ['', c.details] : []),
    '',
    GLOBAL_HELP,
  ].join('\n');
}

/** Runs one command line; returns the exit code. All failures become messages here. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const write = (stream: NodeJS.WritableStream, text: string) => stream.write(`${text}\n`);
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    write(io.stdout, mainHelp());
    return name === undefined ? 64 : 0;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    write(io.stderr, `weakties: unknown command "${name}". Run 'weakties --help' for the list.`);
    return 64;
  }
  let store: Store | undefined;
  try {
    let parsed;
    try {
      parsed = parseArgs({
        args: rest,
        options: { ...GLOBAL_OPTIONS, ...command.options },
        allowPositionals: true,
        strict: true,
      });
    } catch (error) {
      throw new AppError('usage', `${(error as Error).message}\n${commandHelp(command)}`);
    }
    const values = parsed.values as CliContext['values'];
    if (values.help) {
      const at = rest.findIndex((a) => a === '--help' || a === '-h');
      const next = at >= 0 ? rest[at + 1] : undefined;
      if (command.helpMisuse && next !== undefined && !next.startsWith('-')) {
        throw new AppError(
          'usage',
          `--help shows the help and takes no value ("${next}"): ${command.helpMisuse}. Nothing was recorded.`,
        );
      }
      write(io.stdout, commandHelp(command));
      return 0;
    }
    const demo = values.demo === true || command === demoCommand;
    const ctx: CliContext = {
      io,
      values,
      positionals: parsed.positionals,
      json: values.json === true,
      quiet: values.quiet === true,
      print: (text) => write(io.stdout, text),
      printJson: (value) => write(io.stdout, JSON.stringify(value, null, 2)),
      note: (text) => {
        if (values.quiet !== true) write(io.stderr, text);
      },
      openStore: async () => {
        // Privacy warnings show even with --quiet: the person should know their files were open.
        store ??= await openStoreFor(io.env, demo, (message) =>
          write(io.stderr, `weakties: ${message}`),
        );
        return store;
      },
      demoDir: () => demoDirFor(io.env),
    };
    const code = await command.run(ctx);
    return code ?? 0;
  } catch (error) {
    const failure = describeFailure(error);
    write(io.stderr, `weakties ${name}: ${failure.message}`);
    return failure.exitCode;
  } finally {
    await store?.close();
  }
}
