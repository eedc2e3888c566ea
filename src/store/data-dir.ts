import { chmodSync, closeSync, existsSync, mkdirSync, openSync, statSync } from 'node:fs';
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

/** Told when a folder or file was readable by others and has been made private. */
export type PrivacyWarning = (message: string) => void;

// Owner only: the store holds other people's names, emails and messages. The group and others
// bits are what another user of the machine would read with.
export const PRIVATE_DIR_MODE = 0o700;
export const PRIVATE_FILE_MODE = 0o600;
const OTHERS_BITS = 0o077;
const STICKY_BIT = 0o1000;
// POSIX modes mean nothing on Windows, where the user's profile folder is private already.
const HAS_POSIX_MODES = process.platform !== 'win32';

function octal(mode: number): string {
  return (mode & 0o777).toString(8).padStart(4, '0');
}

/**
 * Creates the data folder owner-only (0700), or makes an existing one so with a warning. A
 * folder the user does not own, or a shared one such as /tmp (sticky bit), is never changed:
 * the files in it are still made private.
 */
export function makePrivateDir(dir: string, warn: PrivacyWarning): void {
  mkdirSync(dir, { recursive: true, mode: PRIVATE_DIR_MODE });
  if (!HAS_POSIX_MODES) return;
  const info = statSync(dir);
  const isOurs = process.getuid === undefined || info.uid === process.getuid();
  if ((info.mode & OTHERS_BITS) === 0 || !isOurs || (info.mode & STICKY_BIT) !== 0) return;
  chmodSync(dir, PRIVATE_DIR_MODE);
  warn(
    `the data folder ${dir} could be read by other users of this computer (mode ${octal(info.mode)}); it is now private (0700)`,
  );
}

/** Creates the file owner-only (0600), or makes an existing one so with a warning. */
export function makePrivateFile(path: string, warn: PrivacyWarning): void {
  if (!existsSync(path)) {
    closeSync(openSync(path, 'a', PRIVATE_FILE_MODE));
    return;
  }
  if (!HAS_POSIX_MODES) return;
  const info = statSync(path);
  if ((info.mode & OTHERS_BITS) === 0) return;
  chmodSync(path, PRIVATE_FILE_MODE);
  warn(
    `${path} could be read by other users of this computer (mode ${octal(info.mode)}); it is now private (0600)`,
  );
}
