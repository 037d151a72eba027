/**
 * CPU time of processes on this machine, from /proc (Linux): the hub process and the
 * PostgreSQL backends serving its database. On a shared machine the wall-clock rate moves
 * with everyone else's load; CPU per event does much less, and says what one idle core
 * could take.
 */
import { readFileSync } from 'node:fs';
import pg from 'pg';

const TICKS_PER_SECOND = 100;

/** User + system CPU of a process in ms (0 once it is gone). */
export function processCpuMs(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
  } catch {
    return 0;
  }
}

/** CPU ms of every backend connected to the database `connectionString` names, by pid. */
export async function backendCpuMs(connectionString: string): Promise<Map<number, number>> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    const { rows } = await client.query<{ pid: number }>(
      'SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()',
    );
    return new Map(rows.map((row) => [row.pid, processCpuMs(row.pid)]));
  } finally {
    await client.end();
  }
}

/** CPU the backends spent between two readings (a backend seen only at the end counts whole). */
export function backendCpuBetween(before: ReadonlyMap<number, number>, after: ReadonlyMap<number, number>): number {
  let total = 0;
  for (const [pid, ms] of after) total += ms - (before.get(pid) ?? 0);
  return total;
}
