/**
 * Round trip through the real product: a Sichuan window's 受理 of a Chongqing-handled case →
 * the Chongqing window's store shows it → Chongqing 接收 + 办结 → the Sichuan window's store
 * shows 已办结. Two hubs (hub/bin/serve.ts, forwarding to each other), two browser-mode
 * workstation hosts (electron/browser-host/run.ts) and two Chromium pages running the
 * product's store, disk journal and sync engine (bench/round-trip/harness.ts). Prints
 * p50/p95/p99 of the whole trip and of each half, per hub pair. Goal: p99 <= 1 s.
 *
 *   npx tsx bench/round-trip.bench.ts [--trips 200] [--engine pglite|postgres|both]
 *
 * PostgreSQL needs HUB_BENCH_DATABASE_URL (or HUB_TEST_DATABASE_URL).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium, type Page } from '@playwright/test';
import { monotonicFactory } from 'ulid';
import { build } from 'vite';
import type { WorkstationIdentity } from '../shared/domain/region/workstation';
import type { RoundTripPage } from './round-trip/harness';
import { CHONGQING, SICHUAN, startTwoProvinces } from './sync-world/two-provinces';

const { values } = parseArgs({ options: { trips: { type: 'string', default: '200' }, engine: { type: 'string', default: 'both' } } });
const TRIPS = Number(values.trips);
const WARM_UP = 5;
const adminUrl = process.env.HUB_BENCH_DATABASE_URL ?? process.env.HUB_TEST_DATABASE_URL;

const quantile = (values: readonly number[], q: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(q * values.length))] ?? Number.NaN;

const root = fileURLToPath(new URL('./round-trip/', import.meta.url));
const rendererDir = mkdtempSync(join(tmpdir(), 'round-trip-bench-'));
await build({ root, logLevel: 'warn', build: { outDir: rendererDir, emptyOutDir: true } });

interface PairFigures {
  trip: number[];
  toHandling: number[];
  back: number[];
}

async function runPair(engine: 'pglite' | 'postgres'): Promise<PairFigures> {
  const dir = mkdtempSync(join(tmpdir(), `round-trip-${engine}-`));
  const pair = await startTwoProvinces(engine, adminUrl, dir, rendererDir);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const open = async (url: string, identity: WorkstationIdentity): Promise<Page> => {
      const page = await (await browser.newContext()).newPage();
      await page.goto(url);
      await page.waitForFunction(() => document.title === 'ready');
      await page.evaluate((who) => (window as unknown as { roundTrip: RoundTripPage }).roundTrip.setUp(who), identity);
      return page;
    };
    const sc = await open(pair.urls[0], SICHUAN);
    const cq = await open(pair.urls[1], CHONGQING);
    const ids = monotonicFactory();
    const figures: PairFigures = { trip: [], toHandling: [], back: [] };
    for (let trip = 1; trip <= WARM_UP + TRIPS; trip += 1) {
      const caseId = ids();
      const cqSees = cq.evaluate((id) => (window as unknown as { roundTrip: RoundTripPage }).roundTrip.seen(id, 'forwarded'), caseId);
      const acceptedAt = await sc.evaluate(
        (trip) => (window as unknown as { roundTrip: RoundTripPage }).roundTrip.accept(trip.caseId, trip.eventIds, trip.sequence),
        { caseId, eventIds: [ids(), ids()] as [string, string], sequence: trip },
      );
      const seenAtHandling = await cqSees;
      const scSees = sc.evaluate((id) => (window as unknown as { roundTrip: RoundTripPage }).roundTrip.seen(id, 'decided'), caseId);
      const decidedAt = await cq.evaluate(
        (trip) => (window as unknown as { roundTrip: RoundTripPage }).roundTrip.decide(trip.caseId, trip.eventIds),
        { caseId, eventIds: [ids(), ids()] as [string, string] },
      );
      const seenBack = await scSees;
      if (trip <= WARM_UP) continue;
      figures.trip.push(seenBack - acceptedAt);
      figures.toHandling.push(seenAtHandling - acceptedAt);
      figures.back.push(seenBack - decidedAt);
    }
    return figures;
  } finally {
    await browser.close();
    await pair.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

const engines =
  values.engine === 'both'
    ? adminUrl
      ? (['pglite', 'postgres'] as const)
      : (['pglite'] as const)
    : ([values.engine] as ['pglite' | 'postgres']);
console.log(
  `load average ${loadavg()
    .map((load) => load.toFixed(1))
    .join(' / ')} on ${cpus().length} cores; ${TRIPS} trips after ${WARM_UP} warm-up trips`,
);
const results = new Map<string, PairFigures>();
try {
  for (const engine of engines) results.set(engine, await runPair(engine));
} finally {
  rmSync(rendererDir, { recursive: true, force: true });
}
console.log(`\nms                                           p50      p95      p99      max`);
for (const [engine, figures] of results) {
  for (const [label, samples] of [
    ['受理 → 渝中 sees it', figures.toHandling],
    ['办结 → 锦江 sees it', figures.back],
    ['whole trip', figures.trip],
  ] as const) {
    const cells = [0.5, 0.95, 0.99, 1].map((q) => quantile(samples, q).toFixed(0).padStart(9)).join('');
    console.log(`  ${`${engine}: ${label}`.padEnd(40)}${cells}`);
  }
}
