/**
 * The hub's Prometheus metrics. Each hub owns its registry (not prom-client's global one), so
 * the embedded pair and tests can run two hubs in one process without their series mixing.
 *
 * Counters and histograms are recorded as requests pass; gauges that describe the database
 * (forward-queue depth and age, enrolled workstations) are read once per scrape, so they are
 * the same on every instance sharing the database and cost nothing between scrapes; pool use
 * and the peer's state are this instance's own.
 */
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { PushResponse } from '../../shared/sync/protocol';

export interface ScrapeSources {
  forwardQueue(): Promise<{ ready: number; waiting: number; held: number; exception: number; oldestPendingAgeSeconds: number }>;
  enrolledWorkstations(): Promise<number>;
  /** Undefined for an engine without a pool (PGlite). */
  pool(): { total: number; idle: number; waiting: number } | undefined;
  peerReachable(): boolean | undefined;
}

export interface HubMetrics {
  readonly registry: Registry;
  observeRequest(route: string, method: string, status: number, seconds: number): void;
  /** Per-event outcomes of a push (from a workstation) or a forward (from the peer hub). */
  countIngest(source: 'workstation' | 'peer', results: PushResponse['results']): void;
  /** Wires the scrape-time gauges to the running hub; until then they stay empty. */
  attach(sources: ScrapeSources): void;
  /** Reads the database gauges once, then renders every series (Prometheus text format). */
  scrape(): Promise<string>;
}

/** Latency buckets from 5 ms to 10 s: ingest batches and feed pages both fall in this range. */
const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

export function createHubMetrics(province: string): HubMetrics {
  const registry = new Registry();
  registry.setDefaultLabels({ province });
  collectDefaultMetrics({ register: registry, prefix: 'hub_process_' });
  let sources: ScrapeSources | undefined;

  const requests = new Counter({
    name: 'hub_http_requests_total',
    help: 'HTTP requests by route pattern, method and status code.',
    labelNames: ['route', 'method', 'status'],
    registers: [registry],
  });
  const latency = new Histogram({
    name: 'hub_http_request_duration_seconds',
    help: 'Time to answer a request, by route pattern (ingest: /v1/events::push, feed: /v1/changes).',
    labelNames: ['route', 'method'],
    buckets: LATENCY_BUCKETS,
    registers: [registry],
  });
  const ingested = new Counter({
    name: 'hub_ingested_events_total',
    help: 'Events received, by source and per-event result.',
    labelNames: ['source', 'result'],
    registers: [registry],
  });
  const refused = new Counter({
    name: 'hub_refused_events_total',
    help: 'Events rejected or deferred, by source and reason code.',
    labelNames: ['source', 'result', 'code'],
    registers: [registry],
  });

  const queueItems = new Gauge({
    name: 'hub_forward_queue_items',
    help: 'Events waiting to be forwarded to the peer hub, by state (exception = the 异常 list).',
    labelNames: ['state'],
    registers: [registry],
  });
  const queueAge = new Gauge({
    name: 'hub_forward_queue_oldest_age_seconds',
    help: 'Age of the oldest event still to be forwarded (not counting the 异常 list); 0 when none.',
    registers: [registry],
  });
  const workstations = new Gauge({
    name: 'hub_enrolled_workstations',
    help: 'Active enrolled workstations.',
    registers: [registry],
  });
  new Gauge({
    name: 'hub_db_pool_connections',
    help: 'Database connections of this instance, by state (waiting = callers queued for one).',
    labelNames: ['state'],
    registers: [registry],
    collect() {
      const pool = sources?.pool();
      if (!pool) return;
      this.set({ state: 'total' }, pool.total);
      this.set({ state: 'idle' }, pool.idle);
      this.set({ state: 'waiting' }, pool.waiting);
    },
  });
  new Gauge({
    name: 'hub_peer_reachable',
    help: '1 when the last delivery to the peer hub succeeded, 0 while backing off; absent without a peer.',
    registers: [registry],
    collect() {
      const reachable = sources?.peerReachable();
      if (reachable === undefined) this.reset();
      else this.set(reachable ? 1 : 0);
    },
  });

  return {
    registry,
    observeRequest(route, method, status, seconds) {
      requests.inc({ route, method, status: String(status) });
      latency.observe({ route, method }, seconds);
    },
    countIngest(source, results) {
      for (const result of results) {
        ingested.inc({ source, result: result.status });
        if (result.status === 'rejected' || result.status === 'deferred') refused.inc({ source, result: result.status, code: result.code });
      }
    },
    attach(next) {
      sources = next;
    },
    async scrape() {
      if (sources) {
        const [queue, enrolled] = await Promise.all([sources.forwardQueue(), sources.enrolledWorkstations()]);
        for (const state of ['ready', 'waiting', 'held', 'exception'] as const) queueItems.set({ state }, queue[state]);
        queueAge.set(queue.oldestPendingAgeSeconds);
        workstations.set(enrolled);
      }
      return registry.metrics();
    },
  };
}
