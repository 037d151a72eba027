/**
 * A province hub as a real child process (hub/bin/serve.ts), so the bench can SIGKILL it
 * mid-transaction and start it again on the same port and data.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';

export interface HubProcessOptions {
  province: '51' | '50';
  port: number;
  /** PGlite directory, or a PostgreSQL URL. */
  database: { dataDir: string } | { url: string };
  peerUrl: string;
  enrollmentCode: string;
  peerSecret: string;
}

export class HubProcess {
  private child: ChildProcess | undefined;

  constructor(readonly options: HubProcessOptions) {}

  get url(): string {
    return `http://127.0.0.1:${this.options.port}`;
  }

  get running(): boolean {
    return this.child !== undefined && this.child.exitCode === null;
  }

  async start(): Promise<void> {
    const { province, port, database, peerUrl, enrollmentCode, peerSecret } = this.options;
    const args = ['--import', 'tsx', 'hub/bin/serve.ts', '--province', province, '--port', String(port), '--peer-url', peerUrl];
    if ('dataDir' in database) args.push('--data', database.dataDir);
    const env = {
      ...process.env,
      HUB_ENROLLMENT_CODE: enrollmentCode,
      HUB_PEER_SECRET: peerSecret,
      ...('url' in database ? { HUB_DATABASE_URL: database.url } : {}),
    };
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'], env });
    this.child = child;
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    await new Promise<void>((resolve, reject) => {
      child.once('exit', (code) => reject(new Error(`hub ${province} exited with ${code}: ${stderr.slice(-2000)}`)));
      createInterface({ input: child.stdout! }).on('line', (line) => {
        if (/listening on/.test(line)) resolve();
      });
    });
    child.removeAllListeners('exit');
  }

  /** SIGKILL: no shutdown, whatever was in flight is cut. */
  async kill(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.kill('SIGKILL');
    });
  }

  async stop(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  }
}
