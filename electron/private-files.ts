/**
 * Secrets (hub token, enrollment code, workstation key) and applicants' personal data
 * (journal, scans, prints) are for the signed-in user only. On POSIX every directory the
 * workstation creates is 0700 and every file it writes 0600; the directory modes are what
 * keep other users out (files written by older versions, or by Chromium and PGlite, sit
 * inside them). Modes are given when a file is created, so the user's umask can only make
 * them stricter; directories are chmod-ed as well because one may already exist, looser.
 * On Windows the per-user profile (%APPDATA%) is protected by its ACL instead.
 */
import { chmodSync, mkdirSync } from 'node:fs';
import { chmod, mkdir } from 'node:fs/promises';

export const PRIVATE_DIR_MODE = 0o700;
export const PRIVATE_FILE_MODE = 0o600;

/** Options for writeFile/appendFile of a private file. */
export const PRIVATE_FILE = { mode: PRIVATE_FILE_MODE } as const;

const isPosix = process.platform !== 'win32';

/** Creates the directories (when missing) and makes each owner-only; parents first. */
export function ensurePrivateDirsSync(...dirs: string[]): void {
  for (const dir of dirs) {
    mkdirSync(dir, { recursive: true, mode: PRIVATE_DIR_MODE });
    if (isPosix) chmodSync(dir, PRIVATE_DIR_MODE);
  }
}

export async function ensurePrivateDir(dir: string): Promise<void> {
  await mkdir(dir, { recursive: true, mode: PRIVATE_DIR_MODE });
  if (isPosix) await chmod(dir, PRIVATE_DIR_MODE);
}
