/**
 * Several hub instances on one PostgreSQL behind a round-robin balancer: ingest and feed
 * throughput with 1, 2 and 4 instances (hub/bin/serve.ts processes) and 64 workstations at
 * once. Each workstation pushes its cases in batches of 100 (受理 + 推送), every request to the
 * next instance in turn, as a balancer without affinity would; then each pulls its hall's
 * whole feed in pages of 500, again spread over the instances. Prints events/s and p50/p99
 * request latency per configuration (medians of runs). Figures only: on a 2-core machine
 * more instances share the same two cores with PostgreSQL, so read the figures for what
 * instances cost, not for what they would gain on a larger host.
 *
 *   npx tsx bench/hub-instances.bench.ts [--instances 1,2,4] [--clients 64] [--events 12800] [--runs 3]
 *
 * Needs HUB_BENCH_DATABASE_URL or HUB_TEST_DATABASE_URL (a server where databases may be created).
 */
import { cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { ulid } from 'ulid';
import { serveHub, type ServedHub } from '../tests/hub/serve-process';
import { createBenchDatabase } from './forward-outage/databases';
import { benchWindow, ENROLLMENT_CODE, enrollWorkstation, sealCases } from './forward-outage/workload';

const { values } = parseArgs({
  options: {
    instances: { type: 'string', default: '1,2,4' },
    clients: { type: 'string', default: '64' },
    events: { type: 'string', default: '12800' },
    runs: { type: 'string', default: '3' },
  },
});
const INSTANCE_COUNTS = values.instances.split(',').map(Number);
const CLIENTS = Number(values.clients);
const EVENTS = Number(values.events);
const RUNS = Number(values.runs);
const BATCH = 100;
const PAGE = 500;

const adminUrl = process.env.HUB_BENCH_DATABASE_URL ?? process.env.HUB_TEST_DATABASE_URL;
if (!adminUrl) {
  console.log('hub-instances: skipped, set HUB_BENCH_DATABASE_URL or HUB_TEST_DATABASE_URL');
  process.exit(0);
}

const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
const quantile = (xs: readonly number[], q: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))] ?? Number.NaN;

interface Client {
  id: string;
  index: number;
  bodies: string[];
}

/** The same workstations and sealed events serve every run; each run enrolls them on a fresh database. */
async function prepareClients(): Promise<Client[]> {
  const casesPerClient = Math.max(1, Math.round(EVENTS / CLIENTS / 2));
  const clients: Client[] = [];
  for (let index = 0; index < CLIENTS; index += 1) {
    const id = ulid();
    const events = await sealCases(benchWindow(index, id), casesPerClient);
    const bodies: string[] = [];
    for (let from = 0; from < events.length; from += BATCH) bodies.push(JSON.stringify({ events: events.slice(from, from + BATCH) }));
    clients.push({ id, index, bodies });
  }
  return clients;
}

async function timed<T>(latencies: number[], request: () => Promise<T>): Promise<T> {
  const sent = performance.now();
  const answer = await request();
  latencies.push(performance.now() - sent);
  return answer;
}

async function push(url: string, token: string, body: string): Promise<number> {
  const response = await fetch(`${url}/v1/events:push`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body,
  });
  const answer = (await response.json()) as { results?: { status: string }[] };
  if (!response.ok || !answer.results?.every((result) => result.status === 'applied'))
    throw new Error(`push failed: ${response.status} ${JSON.stringify(answer).slice(0, 300)}`);
  return answer.results.length;
}

async function pullPage(url: string, token: string, cursor: string): Promise<{ count: number; nextCursor: string; hasMore: boolean }> {
  const response = await fetch(`${url}/v1/changes?cursor=${cursor}&limit=${PAGE}`, { headers: { authorization: `Bearer ${token}` } });
  if (!response.ok) throw new Error(`pull failed: ${response.status}`);
  const page = (await response.json()) as { changes: unknown[]; nextCursor: string; hasMore: boolean };
  return { count: page.changes.length, nextCursor: page.nextCursor, hasMore: page.hasMore };
}

interface RunFigures {
  ingestPerSecond: number;
  pushP50: number;
  pushP99: number;
  feedPerSecond: number;
  pullP50: number;
  pullP99: number;
}

async function runOnce(instanceCount: number, clients: readonly Client[]): Promise<RunFigures> {
  const database = await createBenchDatabase('postgres', adminUrl);
  const hubs: ServedHub[] = [];
  try {
    // Started one after another is not required (migrations take a lock); together is the real case.
    hubs.push(...(await Promise.all(Array.from({ length: instanceCount }, () => serveHub(database.config, '51', ENROLLMENT_CODE)))));
    let turn = 0;
    const nextUrl = () => hubs[turn++ % hubs.length]?.url ?? '';
    const tokens = await Promise.all(clients.map(async (client) => (await enrollWorkstation(nextUrl(), client.index, client.id)).token));

    const pushLatencies: number[] = [];
    const pushStarted = performance.now();
    const pushed = await Promise.all(
      clients.map(async (client, index) => {
        let count = 0;
        for (const body of client.bodies) count += await timed(pushLatencies, () => push(nextUrl(), tokens[index] ?? '', body));
        return count;
      }),
    );
    const ingestMs = performance.now() - pushStarted;

    const pullLatencies: number[] = [];
    const pullStarted = performance.now();
    const pulled = await Promise.all(
      clients.map(async (_, index) => {
        let cursor = '0';
        let count = 0;
        for (;;) {
          const page = await timed(pullLatencies, () => pullPage(nextUrl(), tokens[index] ?? '', cursor));
          count += page.count;
          cursor = page.nextCursor;
          if (!page.hasMore) return count;
        }
      }),
    );
    const feedMs = performance.now() - pullStarted;
    const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
    if (sum(pulled) !== sum(pushed)) throw new Error(`pulled ${sum(pulled)} events of ${sum(pushed)} pushed`);
    return {
      ingestPerSecond: sum(pushed) / (ingestMs / 1000),
      pushP50: quantile(pushLatencies, 0.5),
      pushP99: quantile(pushLatencies, 0.99),
      feedPerSecond: sum(pulled) / (feedMs / 1000),
      pullP50: quantile(pullLatencies, 0.5),
      pullP99: quantile(pullLatencies, 0.99),
    };
  } finally {
    await Promise.all(hubs.map((hub) => hub.stop()));
    await database.drop();
  }
}

console.log(
  `load average ${loadavg()
    .map((load) => load.toFixed(1))
    .join(' / ')} on ${cpus().length} cores; ${CLIENTS} workstations, ~${EVENTS} events per run, pushes of ${BATCH}, pulls of ${PAGE}`,
);
const clients = await prepareClients();
const results = new Map<number, RunFigures[]>();
for (let run = 0; run < RUNS; run += 1) {
  // Alternate the order so load elsewhere on the machine falls on every configuration.
  const order = run % 2 === 0 ? INSTANCE_COUNTS : [...INSTANCE_COUNTS].reverse();
  for (const count of order) {
    const figures = await runOnce(count, clients);
    results.set(count, [...(results.get(count) ?? []), figures]);
    console.log(
      `  ${count} instance(s) run ${run + 1}: ingest ${figures.ingestPerSecond.toFixed(0)} events/s (push p99 ${figures.pushP99.toFixed(0)} ms), feed ${figures.feedPerSecond.toFixed(0)} events/s (pull p99 ${figures.pullP99.toFixed(0)} ms)`,
    );
  }
}

console.log(`\nmedians of ${RUNS} runs`);
console.log(
  `  ${'instances'.padEnd(10)}${'ingest ev/s'.padStart(13)}${'push p50/p99 ms'.padStart(18)}${'feed ev/s'.padStart(12)}${'pull p50/p99 ms'.padStart(18)}`,
);
for (const count of INSTANCE_COUNTS) {
  const runs = results.get(count) ?? [];
  const m = (pick: (figures: RunFigures) => number) => median(runs.map(pick));
  console.log(
    `  ${String(count).padEnd(10)}${m((f) => f.ingestPerSecond)
      .toFixed(0)
      .padStart(13)}${`${m((f) => f.pushP50).toFixed(0)}/${m((f) => f.pushP99).toFixed(0)}`.padStart(18)}` +
      `${m((f) => f.feedPerSecond)
        .toFixed(0)
        .padStart(12)}${`${m((f) => f.pullP50).toFixed(0)}/${m((f) => f.pullP99).toFixed(0)}`.padStart(18)}`,
  );
}
