/**
 * Draining a window's queue: a Sichuan window queues N cross-province 受理 (2 events each)
 * through the product's own store and disk journal while its sync engine is stopped, then the
 * engine starts and the bench times until the hub has acknowledged all of them. Real hubs
 * (two, forwarding to each other), a real browser-mode host, the real engine in Chromium.
 * Beside it, in the same run, PouchDB replicates the same N cases to a CouchDB-protocol
 * server (express-pouchdb); the ratio is the figure to read. Also prints the time of one
 * 受理 with an empty queue and with N queued.
 *
 *   npx tsx bench/sync-drain.bench.ts [--cases 10000] [--engine pglite|postgres|both]
 *
 * PostgreSQL needs HUB_BENCH_DATABASE_URL (or HUB_TEST_DATABASE_URL).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { monotonicFactory } from 'ulid';
import { build } from 'vite';
import { acceptCase } from '../shared/domain/case/case-commands';
import type { CaseEvent } from '../shared/domain/case/case-events';
import { acceptanceInput } from '../tests/unit/fixtures/events';
import { benchCaseNumber } from './sync-drain/case-numbers';
import type { SyncDrainPage } from './sync-drain/harness';
import { replicateWithPouchDb } from './sync-drain/pouchdb-peer';
import { SICHUAN, startTwoProvinces } from './sync-world/two-provinces';

const { values } = parseArgs({ options: { cases: { type: 'string', default: '10000' }, engine: { type: 'string', default: 'both' } } });
const CASES = Number(values.cases);
/** 受理 times are compared over this many at the start (empty queue) and at the end (full). */
const EDGE = Math.min(100, Math.floor(CASES / 2));
const adminUrl = process.env.HUB_BENCH_DATABASE_URL ?? process.env.HUB_TEST_DATABASE_URL;

const median = (values: readonly number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

interface DrainFigures {
  drainMs: number;
  pouchMs: number;
  acceptEmptyMs: number;
  acceptFullMs: number;
}

/** The same cases for PouchDB, built by the same command the page uses. */
async function pouchCases(): Promise<CaseEvent[][]> {
  const ids = monotonicFactory();
  const actor = {
    clerk: SICHUAN.clerk ?? '张晓梅',
    workstationId: ids(),
    province: SICHUAN.province,
    hallCode: SICHUAN.hall.code,
    window: SICHUAN.window,
  };
  const cases: CaseEvent[][] = [];
  for (let sequence = 1; sequence <= CASES; sequence += 1) {
    const caseId = ids();
    cases.push(
      await acceptCase({
        ...acceptanceInput(caseId),
        eventIds: [ids(), ids()],
        actor,
        now: new Date(),
        caseNumber: benchCaseNumber(actor.hallCode, actor.window, sequence),
      }),
    );
  }
  return cases;
}

const root = fileURLToPath(new URL('./sync-drain/', import.meta.url));
const rendererDir = mkdtempSync(join(tmpdir(), 'sync-drain-bench-'));
await build({ root, logLevel: 'warn', build: { outDir: rendererDir, emptyOutDir: true } });
const forPouch = await pouchCases();

async function runEngine(engine: 'pglite' | 'postgres'): Promise<DrainFigures> {
  const dir = mkdtempSync(join(tmpdir(), `sync-drain-${engine}-`));
  const world = await startTwoProvinces(engine, adminUrl, dir, rendererDir);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const page = await (await browser.newContext()).newPage();
    page.setDefaultTimeout(0);
    await page.goto(world.urls[0]);
    await page.waitForFunction(() => document.title === 'ready');
    await page.evaluate((who) => (window as unknown as { syncDrain: SyncDrainPage }).syncDrain.setUp(who), SICHUAN);
    const accepts = await page.evaluate((count) => (window as unknown as { syncDrain: SyncDrainPage }).syncDrain.enqueue(count), CASES);
    const drainMs = await page.evaluate(() => (window as unknown as { syncDrain: SyncDrainPage }).syncDrain.drain());
    const pouchMs = await replicateWithPouchDb(forPouch, join(dir, 'pouchdb'));
    return { drainMs, pouchMs, acceptEmptyMs: median(accepts.slice(0, EDGE)), acceptFullMs: median(accepts.slice(-EDGE)) };
  } finally {
    await browser.close();
    await world.stop();
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
    .join(' / ')} on ${cpus().length} cores; ${CASES} cases (${CASES * 2} events)`,
);
const results = new Map<string, DrainFigures>();
try {
  for (const engine of engines) results.set(engine, await runEngine(engine));
} finally {
  rmSync(rendererDir, { recursive: true, force: true });
}
console.log(`\n            drain s   events/s   PouchDB s   drain vs PouchDB   受理 ms (empty / ${CASES} queued)`);
for (const [engine, figures] of results) {
  const ratio = figures.pouchMs / figures.drainMs;
  console.log(
    `  ${engine.padEnd(9)}${(figures.drainMs / 1000).toFixed(1).padStart(8)}${((CASES * 2) / (figures.drainMs / 1000)).toFixed(0).padStart(11)}${(figures.pouchMs / 1000).toFixed(1).padStart(12)}${`${ratio.toFixed(2)}× as fast`.padStart(19)}   ${figures.acceptEmptyMs.toFixed(0)} / ${figures.acceptFullMs.toFixed(0)}`,
  );
}
