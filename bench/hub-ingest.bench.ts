/**
 * Hub ingest through the real hub (hub/bin/serve.ts as its own process) with 1, 4 and 16
 * workstations pushing at once in batches of 100 events (受理 + 推送 of cross-province cases,
 * what a Sichuan window queues), on PGlite, on PostgreSQL as the tests run it (fsync,
 * synchronous_commit and full_page_writes off) and on a durable PostgreSQL (all three on,
 * a cluster of its own). Prints events/s and batch latency (medians of runs; the settings
 * alternate within each run so load elsewhere on the machine falls on all of them), and the
 * storage each event took. Goals: >= 15,000 events/s on PostgreSQL and >= 8,000 on PGlite
 * with 16 workstations. Figures only.
 *
 *   npx tsx bench/hub-ingest.bench.ts [--events 16000] [--runs 3] [--clients 1,4,16]
 *                                     [--settings pglite,postgres,postgres-durable] [--baseline DIR]
 *
 * --baseline DIR also runs, beside each setting and alternating with it, the hub of another
 * checkout (e.g. `git archive main | tar -x -C DIR`, with node_modules linked in): a before/
 * after comparison under the same load. HUB_CPU_PROFILE_DIR=DIR makes every hub write a V8
 * CPU profile there, one directory per hub (bench/hub-ingest/cpu-profile-summary.ts reads them).
 *
 * PostgreSQL needs HUB_BENCH_DATABASE_URL (or HUB_TEST_DATABASE_URL); the durable cluster
 * is started here (Debian binaries, root) unless HUB_BENCH_DURABLE_DATABASE_URL names one.
 * PGlite has no durable setting to compare: on Node its file system layer has no fsync
 * (PGlite also starts PostgreSQL with fsync off), so it is not safe on power loss at all.
 */
import { cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { ulid } from 'ulid';
import type { DatabaseConfig } from '../hub/db/open-database';
import { serveHub } from '../tests/hub/serve-process';
import { createBenchDatabase } from './forward-outage/databases';
import { benchWindow, ENROLLMENT_CODE, enrollWorkstation, sealCases } from './forward-outage/workload';
import { durablePostgresUnavailable, startDurablePostgres, type DurablePostgres } from './hub-ingest/durable-postgres';
import { backendCpuBetween, backendCpuMs, processCpuMs } from './hub-ingest/cpu-time';
import { measureStorage, STORAGE_TABLES, type StorageFigures } from './hub-ingest/storage';

const { values } = parseArgs({
  options: {
    events: { type: 'string', default: '16000' },
    runs: { type: 'string', default: '3' },
    clients: { type: 'string', default: '1,4,16' },
    settings: { type: 'string', default: 'pglite,postgres,postgres-durable' },
    baseline: { type: 'string' },
  },
});
const EVENTS = Number(values.events);
const RUNS = Number(values.runs);
const CLIENT_COUNTS = values.clients.split(',').map(Number);
const BATCH = 100;

type Setting = 'pglite' | 'postgres' | 'postgres-durable';
const LABELS: Record<Setting, string> = {
  pglite: 'PGlite (no fsync possible)',
  postgres: 'PostgreSQL, fsync off',
  'postgres-durable': 'PostgreSQL, fsync on',
};

/** A setting, run from this checkout or from the baseline's. */
interface Lane {
  setting: Setting;
  root?: string;
  label: string;
}

interface RunFigures {
  eventsPerSecond: number;
  /** CPU µs per event: the hub process, and the PostgreSQL backends serving it (NaN on PGlite). */
  hubCpuUs: number;
  databaseCpuUs: number;
  batchP50: number;
  batchP95: number;
  storage?: StorageFigures;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? Number.NaN) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

const quantile = (values: readonly number[], q: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(q * values.length))] ?? Number.NaN;

/** The same workstations (ids) and sealed events serve every run: each run enrolls them on a fresh hub. */
interface Client {
  id: string;
  index: number;
  /** Request bodies, serialized before the clock starts (the first is the warm-up). */
  bodies: string[];
  events: number;
}

async function prepareClients(count: number): Promise<Client[]> {
  const perClient = Math.ceil(EVENTS / count / BATCH) * BATCH + BATCH; // + one warm-up batch
  const clients: Client[] = [];
  for (let index = 0; index < count; index += 1) {
    const id = ulid();
    const events = await sealCases(benchWindow(index, id), perClient / 2);
    const bodies: string[] = [];
    for (let from = 0; from < events.length; from += BATCH) bodies.push(JSON.stringify({ events: events.slice(from, from + BATCH) }));
    clients.push({ id, index, bodies, events: events.length - BATCH });
  }
  return clients;
}

async function pushBatch(url: string, token: string, body: string): Promise<void> {
  const response = await fetch(`${url}/v1/events:push`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body,
  });
  const answer = (await response.json()) as { results?: { status: string }[] };
  if (!response.ok || !answer.results?.every((result) => result.status === 'applied')) {
    throw new Error(`push failed: ${response.status} ${JSON.stringify(answer).slice(0, 300)}`);
  }
}

/** With HUB_CPU_PROFILE_DIR set, each hub writes a V8 CPU profile there (bench/hub-ingest/cpu-profile-summary.ts reads it). */
function profileArgs(lane: Lane, clients: number): string[] {
  const dir = process.env.HUB_CPU_PROFILE_DIR;
  // One directory per hub: node names each thread's file itself (tsx's loader thread has one too).
  return dir ? ['--cpu-prof', `--cpu-prof-dir=${dir}/${lane.setting}${lane.root ? '-baseline' : ''}-${clients}c-${Date.now()}`] : [];
}

async function runOnce(
  lane: Lane,
  clients: readonly Client[],
  adminUrls: Partial<Record<Setting, string>>,
  withStorage: boolean,
): Promise<RunFigures> {
  const { setting } = lane;
  const database = await createBenchDatabase(setting === 'pglite' ? 'pglite' : 'postgres', adminUrls[setting]);
  const config: DatabaseConfig = database.config;
  const hub = await serveHub(config, '51', ENROLLMENT_CODE, { nodeArgs: profileArgs(lane, clients.length), root: lane.root });
  try {
    const tokens = await Promise.all(clients.map(async (client) => (await enrollWorkstation(hub.url, client.index, client.id)).token));
    // Warm-up: each client's first batch (connections, JIT, the hub's first plans).
    await Promise.all(clients.map((client, index) => pushBatch(hub.url, tokens[index] ?? '', client.bodies[0] ?? '')));
    const latencies: number[] = [];
    const databaseUrl = config.engine === 'postgres' ? config.connectionString : undefined;
    const backendsBefore = databaseUrl ? await backendCpuMs(databaseUrl) : new Map<number, number>();
    const hubCpuBefore = processCpuMs(hub.pid);
    const started = performance.now();
    await Promise.all(
      clients.map(async (client, index) => {
        for (const body of client.bodies.slice(1)) {
          const sent = performance.now();
          await pushBatch(hub.url, tokens[index] ?? '', body);
          latencies.push(performance.now() - sent);
        }
      }),
    );
    const elapsedMs = performance.now() - started;
    const hubCpuMs = processCpuMs(hub.pid) - hubCpuBefore;
    const databaseCpuMs = databaseUrl ? backendCpuBetween(backendsBefore, await backendCpuMs(databaseUrl)) : Number.NaN;
    await hub.stop();
    const pushed = clients.reduce((sum, client) => sum + client.events, 0);
    return {
      eventsPerSecond: pushed / (elapsedMs / 1000),
      hubCpuUs: (hubCpuMs * 1000) / pushed,
      databaseCpuUs: (databaseCpuMs * 1000) / pushed,
      batchP50: quantile(latencies, 0.5),
      batchP95: quantile(latencies, 0.95),
      storage: withStorage ? await measureStorage(config) : undefined,
    };
  } finally {
    await hub.stop();
    await database.drop();
  }
}

const settings = values.settings.split(',') as Setting[];
const adminUrl = process.env.HUB_BENCH_DATABASE_URL ?? process.env.HUB_TEST_DATABASE_URL;
const adminUrls: Partial<Record<Setting, string>> = { postgres: adminUrl };
let durable: DurablePostgres | undefined;
const skipped: string[] = [];
if (settings.includes('postgres') && !adminUrl) skipped.push('postgres: set HUB_BENCH_DATABASE_URL or HUB_TEST_DATABASE_URL');
if (settings.includes('postgres-durable')) {
  const given = process.env.HUB_BENCH_DURABLE_DATABASE_URL;
  const unavailable = given ? undefined : durablePostgresUnavailable();
  if (given) adminUrls['postgres-durable'] = given;
  else if (unavailable) skipped.push(`postgres-durable: ${unavailable}`);
  else {
    durable = await startDurablePostgres();
    adminUrls['postgres-durable'] = durable.adminUrl;
  }
}
const baseline = values.baseline;
const active: Lane[] = settings
  .filter((setting) => setting === 'pglite' || adminUrls[setting] !== undefined)
  .flatMap((setting) => [
    { setting, label: LABELS[setting] },
    ...(baseline ? [{ setting, root: baseline, label: `${LABELS[setting]}, baseline` }] : []),
  ]);
const LABEL_WIDTH = baseline ? 40 : 30;

console.log(
  `load average ${loadavg()
    .map((load) => load.toFixed(1))
    .join(' / ')} on ${cpus().length} cores; ${EVENTS} events per run, batches of ${BATCH}`,
);
for (const note of skipped) console.log(`skipped ${note}`);

const results = new Map<string, RunFigures[]>();
try {
  for (const count of CLIENT_COUNTS) {
    const clients = await prepareClients(count);
    for (let run = 0; run < RUNS; run += 1) {
      const order = run % 2 === 0 ? active : [...active].reverse();
      for (const lane of order) {
        const figures = await runOnce(lane, clients, adminUrls, count === Math.max(...CLIENT_COUNTS) && run === 0);
        const key = `${lane.label}/${count}`;
        results.set(key, [...(results.get(key) ?? []), figures]);
        console.log(
          `  ${lane.label.padEnd(LABEL_WIDTH - 2)} ${String(count).padStart(2)} clients run ${run + 1}: ${figures.eventsPerSecond.toFixed(0)} events/s, ` +
            `batch p50 ${figures.batchP50.toFixed(1)} ms, CPU per event: hub ${figures.hubCpuUs.toFixed(0)} µs, database ${figures.databaseCpuUs.toFixed(0)} µs`,
        );
      }
    }
  }
} finally {
  durable?.stop();
}

console.log(`\nevents/s (batch p50 / p95 ms), medians of ${RUNS} runs`);
console.log(`  ${'clients'.padEnd(LABEL_WIDTH)}${CLIENT_COUNTS.map((count) => String(count).padStart(24)).join('')}`);
for (const lane of active) {
  const cells = CLIENT_COUNTS.map((count) => {
    const runs = results.get(`${lane.label}/${count}`) ?? [];
    const rate = median(runs.map((run) => run.eventsPerSecond));
    return `${rate.toFixed(0)} (${median(runs.map((run) => run.batchP50)).toFixed(0)}/${median(runs.map((run) => run.batchP95)).toFixed(0)})`.padStart(
      24,
    );
  });
  console.log(`  ${lane.label.padEnd(LABEL_WIDTH)}${cells.join('')}`);
}

console.log(`\nCPU per event, µs (hub process + PostgreSQL backends), medians; what one idle core would take is 1e6 / that`);
for (const lane of active) {
  const cells = CLIENT_COUNTS.map((count) => {
    const runs = results.get(`${lane.label}/${count}`) ?? [];
    const hub = median(runs.map((run) => run.hubCpuUs));
    const database = median(runs.map((run) => run.databaseCpuUs));
    return (Number.isNaN(database) ? `${hub.toFixed(0)}` : `${hub.toFixed(0)} + ${database.toFixed(0)}`).padStart(24);
  });
  console.log(`  ${lane.label.padEnd(LABEL_WIDTH)}${cells.join('')}`);
}

console.log('\nstorage per event after the first 16-client run (bytes: heap + indexes + TOAST)');
console.log(
  `  ${''.padEnd(LABEL_WIDTH)}${[...STORAGE_TABLES, 'database', 'directory', 'of it WAL'].map((name) => name.padStart(14)).join('')}`,
);
for (const lane of active) {
  const storage = results.get(`${lane.label}/${Math.max(...CLIENT_COUNTS)}`)?.[0]?.storage;
  if (!storage) continue;
  const cells = [...STORAGE_TABLES.map((table) => storage.perTable[table]), storage.database, storage.directory, storage.wal];
  console.log(
    `  ${lane.label.padEnd(LABEL_WIDTH)}${cells.map((value) => (value === undefined ? '-' : value.toFixed(0)).padStart(14)).join('')}`,
  );
}
