import { join } from 'node:path';
import type { ParseArgsConfig } from 'node:util';
import {
  openSqliteStore,
  openStore,
  resolveDataDir,
  type Store,
} from '../services/store-access.js';

export interface CliIo {
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WriteStream | (NodeJS.WritableStream & { isTTY?: boolean });
  env: NodeJS.ProcessEnv;
}

export type OptionValues = Record<string, string | boolean | string[] | boolean[] | undefined>;

export interface CliContext {
  io: CliIo;
  values: OptionValues;
  positionals: string[];
  json: boolean;
  quiet: boolean;
  print(text: string): void;
  printJson(value: unknown): void;
  note(text: string): void;
  /** Opens the user's store, or the demo store with `--demo`; closed by the runner. */
  openStore(): Promise<Store>;
  /** Where the demo's generated export and store live. */
  demoDir(): string;
}

export interface Command {
  name: string;
  summary: string;
  usage: string;
  /** Extra help lines below the usage. */
  details?: string;
  /**
   * For commands that record something: what to say when `--help` is given a value (as in
   * `--help advice`), which would otherwise print the help and record nothing.
   */
  helpMisuse?: string;
  options: NonNullable<ParseArgsConfig['options']>;
  run(ctx: CliContext): Promise<number | void>;
}

export const GLOBAL_OPTIONS = {
  json: { type: 'boolean' },
  quiet: { type: 'boolean', short: 'q' },
  demo: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies NonNullable<ParseArgsConfig['options']>;

export const GLOBAL_HELP = `Options for every command:
  --json     print machine-readable JSON
  --quiet    no progress output
  --demo     use the demo store (made by 'weakties demo') instead of your own
  --help     show help for the command`;

export function demoDirFor(env: NodeJS.ProcessEnv): string {
  return join(resolveDataDir(env), 'demo');
}

export function storeDirFor(env: NodeJS.ProcessEnv, demo: boolean): string {
  return demo ? demoDirFor(env) : resolveDataDir(env);
}

/**
 * The user's store: PostgreSQL when WEAKTIES_DATABASE_URL is set, else SQLite. The demo store is
 * always the SQLite file in the demo folder, so demo data never lands in the user's database.
 */
export async function openStoreFor(
  env: NodeJS.ProcessEnv,
  demo: boolean,
  onWarning?: (message: string) => void,
): Promise<Store> {
  const warning = onWarning ? { onWarning } : {};
  return demo
    ? openSqliteStore({ dir: demoDirFor(env), ...warning })
    : openStore({ dir: resolveDataDir(env), env, ...warning });
}
