/**
 * A throwaway PostgreSQL 15 cluster with durable settings (fsync, synchronous_commit and
 * full_page_writes on: every commit waits for its WAL flush), for the hub-ingest bench's
 * "fsync on" figures. The test server (.ci/start-postgres.sh) runs with all three off.
 * Needs the Debian binaries and root (initdb runs as user postgres), like that script.
 */
import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

const PG_BIN = process.env.PG_BIN ?? '/usr/lib/postgresql/15/bin';

export interface DurablePostgres {
  adminUrl: string;
  stop(): void;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (typeof address !== 'object' || address === null) throw new Error('no free port');
  return address.port;
}

/** Why a durable cluster cannot be started here, or undefined when it can. */
export function durablePostgresUnavailable(): string | undefined {
  if (!existsSync(join(PG_BIN, 'pg_ctl'))) return `PostgreSQL binaries not found in ${PG_BIN}`;
  if (process.getuid?.() !== 0) return 'starting a cluster needs root (initdb runs as user postgres)';
  return undefined;
}

export async function startDurablePostgres(): Promise<DurablePostgres> {
  const dir = mkdtempSync('/tmp/hub-bench-durable-pg-');
  const ids = execFileSync('id', ['-u', 'postgres']).toString().trim();
  const gid = execFileSync('id', ['-g', 'postgres']).toString().trim();
  chownSync(dir, Number(ids), Number(gid));
  const data = join(dir, 'data');
  const asPostgres = (command: string, args: string[]) =>
    execFileSync('runuser', ['-u', 'postgres', '--', join(PG_BIN, command), ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
  asPostgres('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '--encoding=UTF8', '--locale=C.UTF-8']);
  const port = await freePort();
  const settings = '-c fsync=on -c synchronous_commit=on -c full_page_writes=on -c max_connections=100';
  asPostgres('pg_ctl', [
    '-D',
    data,
    '-l',
    join(dir, 'postgres.log'),
    '-w',
    '-t',
    '60',
    '-o',
    `-k /tmp -h 127.0.0.1 -p ${port} ${settings}`,
    'start',
  ]);
  return {
    adminUrl: `postgres://postgres@127.0.0.1:${port}/postgres`,
    stop() {
      try {
        asPostgres('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
