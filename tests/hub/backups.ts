/**
 * Backups and restores the way hub/README.md tells an operator to take them: pg_dump /
 * pg_restore on PostgreSQL, a copy of the stopped hub's directory on PGlite; then
 * hub/bin/mark-restored.ts, as a real process.
 */
import { execFile } from 'node:child_process';
import { cp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { DatabaseConfig } from '../../hub/db/open-database';

const run = promisify(execFile);

/** Takes a backup into `dir`; a PGlite hub must be stopped around it (`restart`). */
export async function backUp(config: DatabaseConfig, dir: string): Promise<void> {
  if (config.engine === 'postgres') await run('pg_dump', ['-Fc', '-f', join(dir, 'hub.dump'), config.connectionString]);
  else await cp(config.dataDir ?? '', join(dir, 'pglite'), { recursive: true });
}

/** Puts the backup in `dir` back (its hub stopped) and runs mark-restored; returns what it printed. */
export async function restoreAndMark(config: DatabaseConfig, dir: string): Promise<string> {
  if (config.engine === 'postgres') {
    await run('pg_restore', ['--clean', '--if-exists', '-d', config.connectionString, join(dir, 'hub.dump')]);
  } else {
    await rm(config.dataDir ?? '', { recursive: true, force: true });
    await cp(join(dir, 'pglite'), config.dataDir ?? '', { recursive: true });
  }
  const env =
    config.engine === 'postgres' ? { ...process.env, HUB_DATABASE_URL: config.connectionString } : { ...process.env, HUB_DATABASE_URL: '' };
  const args = ['--import', 'tsx', 'hub/bin/mark-restored.ts', ...(config.engine === 'pglite' ? ['--data', config.dataDir ?? ''] : [])];
  return (await run(process.execPath, args, { env })).stdout;
}
