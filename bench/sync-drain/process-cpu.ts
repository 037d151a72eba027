/**
 * CPU time of the processes on this machine, by part of the system (Linux /proc; elsewhere
 * nothing): the drain bench takes a reading before and after the drain, so the figure says
 * where the two cores went (hubs, PostgreSQL, the hosts, Chromium's browser process with
 * IndexedDB, the page's renderer) and not only how long it took.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { processCpuMs } from '../hub-ingest/cpu-time';

/** ms of CPU per process id, with the part of the system it belongs to. */
export type CpuReading = Map<number, { part: string; ms: number }>;

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
    let commandLine: string;
    try {
      commandLine = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
    } catch {
      continue; // Gone meanwhile.
    }
    const part = partOf(commandLine);
    if (part) reading.set(Number(pid), { part, ms: processCpuMs(Number(pid)) });
  }
  return reading;
}

/** Seconds of CPU per part between two readings, largest first (processes new since `before` count whole). */
export function cpuBetween(before: CpuReading, after: CpuReading): [string, number][] {
  const byPart = new Map<string, number>();
  for (const [pid, { part, ms }] of after) {
    const spent = ms - (before.get(pid)?.ms ?? 0);
    byPart.set(part, (byPart.get(part) ?? 0) + spent / 1000);
  }
  return [...byPart].sort(([, a], [, b]) => b - a);
}
