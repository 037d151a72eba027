/**
 * `npm run hub` under a supervisor that stops it with SIGTERM to npm (a terminal, CI, a
 * process manager): npm forwards the signal to its child only, so the script must exec the
 * hub itself, not leave it as a grandchild under a shell that ignores the signal.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedPgliteDataDir } from './pglite-template';

let dataDir: string;
beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'npm-hub-'));
  await seedPgliteDataDir(join(dataDir, 'db'));
});
afterAll(() => rm(dataDir, { recursive: true, force: true }));

async function answers(url: string): Promise<boolean> {
  try {
    return (await fetch(new URL('/v1/health', url))).ok;
  } catch {
    return false;
  }
}

describe('npm run hub', () => {
  it('stops serving when npm gets SIGTERM', async () => {
    const npm = spawn(
      'npm',
      [
        'run',
        '--silent',
        'hub',
        '--',
        '--province',
        '51',
        '--port',
        '0',
        '--data',
        join(dataDir, 'db'),
        '--enrollment-code',
        'code-for-npm-test',
      ],
      {
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    const exited = new Promise<number | null>((resolve) => npm.once('exit', (code, signal) => resolve(code ?? (signal ? -1 : null))));
    try {
      const url = await new Promise<string>((resolve, reject) => {
        createInterface({ input: npm.stdout }).on('line', (line) => {
          const match = /listening on (\S+)/.exec(line);
          if (match?.[1]) resolve(match[1]);
        });
        npm.once('exit', () => reject(new Error('npm run hub exited before listening')));
      });
      expect(await answers(url)).toBe(true);

      npm.kill('SIGTERM');
      await exited;
      await expect.poll(() => answers(url), { timeout: 15_000 }).toBe(false);
    } finally {
      npm.kill('SIGKILL');
    }
  });
});
