/**
 * The app starts the embedded pair in an Electron utility process (the runAsNode fuse is
 * off). Electron cannot run here, so utilityProcess.fork is played by a real Node child
 * running a stand-in pair script that announces itself and exits on SIGTERM, as the pair
 * does; what is checked is our side: the arguments, the environment, the announcement read
 * from stdout and the clean stop.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EventEmitter } from 'node:events';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

const forks: { script: string; args: string[]; options: { env?: NodeJS.ProcessEnv; serviceName?: string; stdio?: unknown } }[] = [];

vi.mock('electron', () => ({
  utilityProcess: {
    fork(script: string, args: string[], options: { env?: NodeJS.ProcessEnv; serviceName?: string; stdio?: unknown }) {
      forks.push({ script, args, options });
      const child = spawn(process.execPath, [script, ...args], { stdio: ['ignore', 'pipe', 'inherit'], env: options.env });
      const utility = Object.assign(new EventEmitter(), { stdout: child.stdout, kill: () => child.kill('SIGTERM') });
      child.once('exit', (code, signal) => utility.emit('exit', code ?? (signal ? 1 : 0)));
      return utility;
    },
  },
}));

const { ensureEmbeddedHubs } = await import('../../electron/launch/embedded-hubs');
const { utilityProcessPairLauncher } = await import('../../electron/main/utility-process-pair');

let dir: string;
let script: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'utility-pair-'));
  script = join(dir, 'embedded-pair.mjs');
  await writeFile(
    script,
    `console.log('a log line first');
     console.log(JSON.stringify({ hubs: { '51': 'http://127.0.0.1:7151', '50': 'http://127.0.0.1:7150' }, enrollmentCodes: { '51': '123456789012', '50': '210987654321' } }));
     process.on('SIGTERM', () => { console.error('stopping cleanly'); process.exit(0); });
     setInterval(() => {}, 1000);`,
  );
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('the embedded pair in a utility process', () => {
  it('starts it with the data directory and this process as parent, reads its announcement and stops it', async () => {
    const env = { PATH: process.env.PATH, CHUANYU_PROFILE: 'window-3' };
    const pair = await ensureEmbeddedHubs(join(dir, 'hubs'), utilityProcessPairLauncher(script, env));

    expect(pair).toMatchObject({
      owned: true,
      hubs: { '51': 'http://127.0.0.1:7151', '50': 'http://127.0.0.1:7150' },
      enrollmentCodes: { '51': '123456789012', '50': '210987654321' },
    });
    expect(forks).toHaveLength(1);
    expect(forks[0]).toMatchObject({
      script,
      args: ['--data', join(dir, 'hubs'), '--parent-pid', String(process.pid)],
      options: { env, stdio: ['ignore', 'pipe', 'inherit'], serviceName: '川渝通办内置交换平台' },
    });
    expect(forks[0]?.options.env).not.toHaveProperty('ELECTRON_RUN_AS_NODE');
    await pair.stop();
  });
});
