/**
 * CPU time of the processes on this machine, by part of the system (Linux /proc; elsewhere
 * nothing): the drain bench takes a reading before and after the drain, so the figure says
 * where the two cores went (hubs, PostgreSQL, the hosts, Chromium's browser process with
 * IndexedDB, the page's renderer) and not only how long it took.
 */
import { readdirSync, readFileSync } from 'node:fs';

/** µs of CPU per process id, with the part of the system it belongs to. */
export type CpuReading = Map<number, { part: string; micros: number }>;

const TICKS_PER_SECOND = 100;

function partOf(commandLine: string): string | undefined {
  if (commandLine.includes('hub/bin/serve')) return 'hubs';
  if (commandLine.includes('browser-host/run')) return 'hosts';
  if (commandLine.startsWith('postgres')) return 'PostgreSQL';
  if (!commandLine.includes('chromium')) return undefined;
  if (commandLine.includes('--type=renderer')) return 'Chromium pages';
  return commandLine.includes('--type=') ? 'Chromium other' : 'Chromium browser (IndexedDB)';
}

export function readCpu(): CpuReading {
  const reading: CpuReading = new Map();
  let pids: string[];
  try {
    pids = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return reading;
  }
  for (const pid of pids) {
    try {
      const part = partOf(readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' '));
      if (!part) continue;
      // Fields after the command name in parentheses: utime and stime are the 12th and 13th.
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
      const ticks = Number(fields[11]) + Number(fields[12]);
      reading.set(Number(pid), { part, micros: (ticks * 1e6) / TICKS_PER_SECOND });
    } catch {
      // Gone meanwhile.
    }
  }
  return reading;
}

/** Seconds of CPU per part between two readings, largest first (processes new since `before` count whole). */
export function cpuBetween(before: CpuReading, after: CpuReading): [string, number][] {
  const byPart = new Map<string, number>();
  for (const [pid, { part, micros }] of after) {
    const spent = micros - (before.get(pid)?.micros ?? 0);
    byPart.set(part, (byPart.get(part) ?? 0) + spent / 1e6);
  }
  return [...byPart].sort(([, a], [, b]) => b - a);
}
