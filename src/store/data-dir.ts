import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * Where the embedded store lives (docs/architecture.md, "Storage"): `$WEAKTIES_HOME`, else
 * `$XDG_DATA_HOME/weakties`, else `~/.local/share/weakties`.
 */
export function resolveDataDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.WEAKTIES_HOME) return env.WEAKTIES_HOME;
  if (env.XDG_DATA_HOME) return join(env.XDG_DATA_HOME, 'weakties');
  return join(homedir(), '.local', 'share', 'weakties');
}

export const STORE_FILE_NAME = 'weakties.sqlite';
