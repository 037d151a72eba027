/**
 * hub/bin/serve.ts as a real child process on a test database, for suites that kill a hub
 * (SIGKILL: no shutdown hooks run) and start it again on the same data.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import type { DatabaseConfig } from '../../hub/db/open-database';

export interface ServedHub {
  url: string;
  /** The hub process (benches read its CPU time). */
  pid: number;
  /** kill -9, resolved once the process is gone. */
  kill(): Promise<void>;
  stop(): Promise<void>;
}

export interface ServeOptions {
  /** More command-line flags (e.g. --peer-url, --peer-secret). */
  args?: string[];
  env?: Record<string, string>;
  /** A checkout of another release to run the hub from (its own hub/bin/serve.ts). */
  root?: string;
  /** Flags for node itself (e.g. --cpu-prof, which NODE_OPTIONS does not take). */
  nodeArgs?: string[];
}

export async function serveHub(
  database: DatabaseConfig,
  province: '51' | '50',
  enrollmentCode: string,
  options: ServeOptions = {},
): Promise<ServedHub> {
  const dataArgs = database.engine === 'pglite' ? ['--data', database.dataDir ?? ''] : [];
  // Suites and benches reach the hub from 127.0.0.1 with many workstations: the credential
  // limits (per client address) are configured off unless a caller's env says otherwise.
  const env = { HUB_CREDENTIAL_LIMITS: 'off', HUB_DATABASE_URL: database.engine === 'postgres' ? database.connectionString : '' };
  const args = ['--province', province, '--port', '0', ...dataArgs, '--enrollment-code', enrollmentCode, ...(options.args ?? [])];
  const child = spawn(process.execPath, [...(options.nodeArgs ?? []), '--import', 'tsx', 'hub/bin/serve.ts', ...args], {
    cwd: options.root,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...env, ...options.env },
  });
  const prefix = `hub ${province} listening on `;
  const url = (await lineStartingWith(child, prefix)).slice(prefix.length);
  const ended = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    url,
    pid: child.pid ?? 0,
    kill: () => {
      child.kill('SIGKILL');
      return ended;
    },
    stop: () => {
      child.kill('SIGTERM');
      return ended;
    },
  };
}

function lineStartingWith(child: ChildProcess, prefix: string): Promise<string> {
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve, reject) => {
    createInterface({ input: child.stdout! }).on('line', (line) => line.startsWith(prefix) && resolve(line));
    child.once('exit', (code) => reject(new Error(`hub exited with ${code} before listening:\n${stderr}`)));
  });
}
