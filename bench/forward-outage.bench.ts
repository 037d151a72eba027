/**
 * The forwarder during a peer outage, side by side with the same hub and its peer up: while
 * ~20k cross-province events are pushed (4 windows, batches of 100) and then while they sit
 * queued, it prints the hub's ingest rate, the cost of each 1 s forwarder tick (time and SQL
 * statements) and of a "retry now" probe with the full queue. Peer up = an in-process stand-in
 * that takes everything; peer down = a port nothing listens on. Medians of runs, the two
 * scenarios alternating so load on the shared machine falls on both. Figures only.
 *
 *   npx tsx bench/forward-outage.bench.ts [--events 20000] [--runs 3] [--observe 10] [--engine pglite|postgres|both]
 *
 * PostgreSQL runs when HUB_BENCH_DATABASE_URL (or HUB_TEST_DATABASE_URL) names a server where
 * databases may be created.
 */
import { cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import type { Database, Queryable, SqlParam } from '../hub/db/database';
import { startForwarder, type ForwarderTick } from '../hub/forwarder/forwarder';
import { startHub } from '../hub/start-hub';
import { createLease } from '../hub/store/leases';
import { createBenchDatabase, type EngineName } from './forward-outage/databases';
import { closedPortUrl, startApplyingPeer } from './forward-outage/peers';
import { ENROLLMENT_CODE, enrollWorkstation, PEER_SECRET, pushAll, sealCases } from './forward-outage/workload';

const { values } = parseArgs({
  options: {
    events: { type: 'string', default: '20000' },
    runs: { type: 'string', default: '3' },
    observe: { type: 'string', default: '10' },
    engine: { type: 'string', default: 'both' },
  },
});
const EVENTS = Number(values.events);
const RUNS = Number(values.runs);
const OBSERVE_MS = Number(values.observe) * 1_000;
const WINDOWS = 4;
const PROBES = 5;
const adminUrl = process.env.HUB_BENCH_DATABASE_URL ?? process.env.HUB_TEST_DATABASE_URL;

interface RunFigures {
  ingestPerSecond: number;
  ticksDuringIngest: number;
  tickMsDuringIngest: number;
  statementsPerTickDuringIngest: number;
  tickMsQueued: number;
  statementsPerTickQueued: number;
  probeMs: number;
  queuedAtEnd: number;
}

interface ObservedTick extends ForwarderTick {
  statements: number;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? Number.NaN) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/** The hub's database as the forwarder sees it, counting the statements it runs. */
function countingDb(db: Database): { db: Database; take(): number } {
  let count = 0;
  const counted = (target: Queryable): Queryable => ({
    query: <Row>(sql: string, params?: readonly SqlParam[]) => {
      count += 1;
      return target.query<Row>(sql, params);
    },
  });
  return {
    db: {
      engine: db.engine,
      ...counted(db),
      transaction: (fn) => db.transaction((tx) => fn({ ...counted(tx), finishUnderLock: tx.finishUnderLock })),
      exec: (sql) => db.exec(sql),
      close: () => db.close(),
    },
    take: () => {
      const taken = count;
      count = 0;
      return taken;
    },
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function runOnce(engine: EngineName, outage: boolean): Promise<RunFigures> {
  const database = await createBenchDatabase(engine, adminUrl);
  const peer = outage ? undefined : await startApplyingPeer();
  const peerUrl = peer?.url ?? (await closedPortUrl());
  const hub = await startHub({
    province: '51',
    database: database.config,
    enrollmentCode: ENROLLMENT_CODE,
    peerSecret: PEER_SECRET,
    peerUrl,
    // The hub's own forwarder stays idle; the observed one below does the forwarding.
    forwarding: { automatic: false },
  });
  const counting = countingDb(hub.db);
  const ticks: ObservedTick[] = [];
  const forwarder = startForwarder({
    db: counting.db,
    // Its own lease: the hub's idle forwarder never takes the hub's.
    lease: createLease(counting.db, 'bench-forwarder', 'bench-observer'),
    peerUrl: () => peerUrl,
    peerSecret: PEER_SECRET,
    intervalMs: 1_000,
    onTick: (tick) => ticks.push({ ...tick, statements: counting.take() }),
  });
  try {
    const windows = await Promise.all(Array.from({ length: WINDOWS }, (_, index) => enrollWorkstation(hub.url, index)));
    const work = await Promise.all(
      windows.map(async (window) => ({ window, events: await sealCases(window, Math.ceil(EVENTS / WINDOWS / 2)) })),
    );
    const total = work.reduce((sum, { events }) => sum + events.length, 0);

    const pushMs = await pushAll(hub.url, work);
    const duringIngest = ticks.splice(0);
    await sleep(OBSERVE_MS);
    const queued = ticks.splice(0);

    // "Retry now" with whatever is queued: one take and one request, whatever the queue holds.
    const probes: number[] = [];
    for (let probe = 0; probe < PROBES; probe += 1) {
      const started = performance.now();
      await forwarder.drainOnce({ ignoreBackoff: true });
      probes.push(performance.now() - started);
    }
    const [left] = await hub.db.query<{ n: string }>(`SELECT count(*)::text AS n FROM forward_queue WHERE state <> 'exception'`);
    return {
      ingestPerSecond: total / (pushMs / 1_000),
      ticksDuringIngest: duringIngest.length,
      tickMsDuringIngest: median(duringIngest.map((tick) => tick.durationMs)),
      statementsPerTickDuringIngest: median(duringIngest.map((tick) => tick.statements)),
      tickMsQueued: median(queued.map((tick) => tick.durationMs)),
      statementsPerTickQueued: median(queued.map((tick) => tick.statements)),
      probeMs: median(probes),
      queuedAtEnd: Number(left?.n ?? 0),
    };
  } finally {
    await forwarder.close();
    await hub.close();
    await peer?.close();
    await database.drop();
  }
}

function summarise(runs: readonly RunFigures[]): RunFigures {
  const pick = (key: keyof RunFigures) => median(runs.map((run) => run[key]));
  return {
    ingestPerSecond: pick('ingestPerSecond'),
    ticksDuringIngest: pick('ticksDuringIngest'),
    tickMsDuringIngest: pick('tickMsDuringIngest'),
    statementsPerTickDuringIngest: pick('statementsPerTickDuringIngest'),
    tickMsQueued: pick('tickMsQueued'),
    statementsPerTickQueued: pick('statementsPerTickQueued'),
    probeMs: pick('probeMs'),
    queuedAtEnd: pick('queuedAtEnd'),
  };
}

function printTable(engine: EngineName, up: RunFigures, down: RunFigures): void {
  const rows: [string, (figures: RunFigures) => string][] = [
    ['hub ingest (events/s, 4 windows × batches of 100)', (f) => f.ingestPerSecond.toFixed(0)],
    ['forwarder ticks during the push', (f) => f.ticksDuringIngest.toFixed(0)],
    ['  tick time, median (ms)', (f) => f.tickMsDuringIngest.toFixed(2)],
    ['  SQL statements per tick, median', (f) => f.statementsPerTickDuringIngest.toFixed(0)],
    [`tick time with the queue left, median over ${OBSERVE_MS / 1000} s (ms)`, (f) => f.tickMsQueued.toFixed(2)],
    ['  SQL statements per tick, median', (f) => f.statementsPerTickQueued.toFixed(0)],
    ['"retry now" probe, median (ms)', (f) => f.probeMs.toFixed(1)],
    ['events still queued at the end', (f) => f.queuedAtEnd.toFixed(0)],
  ];
  console.log(`\n${engine}: ${EVENTS} events, medians of ${RUNS} runs`);
  console.log(`  ${''.padEnd(58)}${'peer up'.padStart(12)}${'peer down'.padStart(12)}`);
  for (const [label, format] of rows) console.log(`  ${label.padEnd(58)}${format(up).padStart(12)}${format(down).padStart(12)}`);
  console.log(`  ingest with the peer down / up: ${(down.ingestPerSecond / up.ingestPerSecond).toFixed(2)}×`);
}

const engines: EngineName[] = values.engine === 'both' ? (adminUrl ? ['pglite', 'postgres'] : ['pglite']) : [values.engine as EngineName];
console.log(
  `load average ${loadavg()
    .map((load) => load.toFixed(1))
    .join(' / ')} on ${cpus().length} cores`,
);
for (const engine of engines) {
  const up: RunFigures[] = [];
  const down: RunFigures[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    // Alternate, so a burst of load elsewhere on the machine falls on both scenarios.
    for (const outage of run % 2 === 0 ? [false, true] : [true, false]) {
      const figures = await runOnce(engine, outage);
      (outage ? down : up).push(figures);
      console.log(
        `  ${engine} run ${run + 1} peer ${outage ? 'down' : 'up  '}: ${figures.ingestPerSecond.toFixed(0)} events/s, tick ${figures.tickMsDuringIngest.toFixed(2)} ms`,
      );
    }
  }
  printTable(engine, summarise(up), summarise(down));
}
