/**
 * Real processes for e2e tests: province hubs (hub/bin/serve.ts on PGlite) and browser-mode
 * workstation hosts (electron/browser-host/run.ts), each on its own loopback port and data.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { createInterface } from 'node:readline';

const READY_TIMEOUT_MS = 90_000;

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export interface RunningProcess {
  url: string;
  stop(): Promise<void>;
}

/**
 * Spawns an entry point — TypeScript source (through tsx) or a built .mjs bundle — and
 * resolves once it prints a line matching `ready`.
 */
export function startProcess(entry: string, args: string[], ready: RegExp, env: NodeJS.ProcessEnv = {}): Promise<RunningProcess> {
  const loader = entry.endsWith('.ts') ? ['--import', 'tsx'] : [];
  const child: ChildProcess = spawn(process.execPath, [...loader, '--enable-source-maps', entry, ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...env },
  });
  const output: string[] = [];
  child.stderr?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${entry} not ready in time:\n${output.join('')}`)), READY_TIMEOUT_MS);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${entry} exited with ${code}:\n${output.join('')}`));
    });
    createInterface({ input: child.stdout! }).on('line', (line) => {
      output.push(`${line}\n`);
      const match = ready.exec(line);
      if (!match) return;
      clearTimeout(timer);
      resolve({
        url: match[1] ?? '',
        stop: () =>
          new Promise<void>((done) => {
            if (child.exitCode !== null) return done();
            child.once('exit', () => done());
            child.kill('SIGTERM');
          }),
      });
    });
  });
}
