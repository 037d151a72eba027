/**
 * The embedded pair of province hubs (四川 51, 重庆 50, PGlite) that lets a workstation sync
 * out of the box. It runs as a separate process (hub/ is a separate program, not a library
 * of the host) and writes <dir>/hubs.json; a second workstation instance of the same user
 * finds that file, checks the hubs answer, and shares them instead of starting its own.
 * How the process is started depends on the host: a Node child with tsx for `npm start`
 * (nodePairLauncher), an Electron utility process in the app (its fuses forbid running
 * the Electron binary as Node).
 */
import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { z } from 'zod';

const hubsFileSchema = z.object({
  pid: z.number().int().optional(),
  hubs: z.object({ '51': z.url(), '50': z.url() }),
  // The pair generates one code per province (hub/bin/pair-files.ts).
  enrollmentCodes: z.strictObject({ '51': z.string().min(8), '50': z.string().min(8) }),
});
export type EmbeddedHubs = z.infer<typeof hubsFileSchema> & { owned: boolean; stop(): Promise<void> };

const START_TIMEOUT_MS = 60_000;

async function answers(url: string): Promise<boolean> {
  try {
    const response = await fetch(new URL('/v1/health', url), { signal: AbortSignal.timeout(2_000) });
    return response.ok;
  } catch {
    return false;
  }
}

async function runningPair(dir: string): Promise<z.infer<typeof hubsFileSchema> | null> {
  try {
    const parsed = hubsFileSchema.safeParse(JSON.parse(await readFile(join(dir, 'hubs.json'), 'utf8')));
    if (!parsed.success) return null;
    const alive = await Promise.all([answers(parsed.data.hubs['51']), answers(parsed.data.hubs['50'])]);
    return alive.every(Boolean) ? parsed.data : null;
  } catch {
    return null;
  }
}

function parseJsonLine(line: string): unknown {
  try {
    return JSON.parse(line);
  } catch {
    return null; // the pair may log other lines; only its JSON announcement matters
  }
}

/** A started hub/bin/embedded-pair process, whatever started it. */
export interface PairProcess {
  /** Its standard output, where it announces itself with one JSON line. */
  stdout: NodeJS.ReadableStream;
  /** Settles with the exit code when the process has ended. */
  exited: Promise<number | null>;
  /** Asks it to shut down cleanly (SIGTERM on POSIX), so PGlite closes its files. */
  terminate(): void;
}

/** Starts embedded-pair with these extra arguments. */
export type PairLauncher = (args: readonly string[]) => PairProcess;

/** Runs the pair as a Node child: `command` is the program and its first arguments. */
export function nodePairLauncher(command: readonly [string, ...string[]], env: NodeJS.ProcessEnv = process.env): PairLauncher {
  return (args) => {
    const [program, ...first] = command;
    const child = spawn(program, [...first, ...args], { stdio: ['ignore', 'pipe', 'inherit'], env });
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    return { stdout: child.stdout, exited, terminate: () => child.kill('SIGTERM') };
  };
}

async function stopPair(pair: PairProcess): Promise<void> {
  pair.terminate();
  await pair.exited;
}

/** Reuses a running pair or starts one with `launch`. */
export async function ensureEmbeddedHubs(dir: string, launch: PairLauncher): Promise<EmbeddedHubs> {
  const running = await runningPair(dir);
  if (running) return { ...running, owned: false, stop: async () => {} };

  const child = launch(['--data', dir]);
  const lines = createInterface({ input: child.stdout });
  const started = await new Promise<z.infer<typeof hubsFileSchema>>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('内置交换平台启动超时')), START_TIMEOUT_MS);
    void child.exited.then((code) => reject(new Error(`内置交换平台启动失败（退出码 ${code}）`)));
    lines.on('line', (line) => {
      const parsed = hubsFileSchema.safeParse(parseJsonLine(line));
      if (parsed.success) {
        clearTimeout(timer);
        resolve(parsed.data);
      }
    });
  });
  return { ...started, owned: true, stop: () => stopPair(child) };
}
