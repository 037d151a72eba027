/**
 * Runs the embedded hub pair (dist/hub/embedded-pair.mjs) in an Electron utility process:
 * a Node.js process Electron starts itself. The packaged app's runAsNode fuse is off, so
 * the Electron binary cannot be re-run as plain Node, and a user's machine need not have
 * Node installed.
 */
import { utilityProcess } from 'electron';
import type { PairLauncher } from '../launch/embedded-hubs';

const SERVICE_NAME = '川渝通办内置交换平台';

export function utilityProcessPairLauncher(script: string, env: NodeJS.ProcessEnv): PairLauncher {
  return (args) => {
    const child = utilityProcess.fork(script, [...args, '--parent-pid', String(process.pid)], {
      // stdout carries the pair's JSON announcement; its log lines go to ours.
      stdio: ['ignore', 'pipe', 'inherit'],
      env,
      serviceName: SERVICE_NAME,
    });
    const { stdout } = child;
    if (!stdout) throw new Error('内置交换平台进程没有输出通道');
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    // SIGTERM on POSIX; Electron reaps the process once it exits.
    return { stdout, exited, terminate: () => void child.kill() };
  };
}
