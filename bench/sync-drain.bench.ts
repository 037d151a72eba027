/**
 * Draining a window's queue: a Sichuan window queues N cross-province 受理 (2 events each)
 * through the product's own store and disk journal while its sync engine is stopped, then the
 * engine starts and the bench times until the hub has acknowledged all of them. Real hubs
 * (two, forwarding to each other), a real browser-mode host, the real engine in Chromium.
 * Beside it, in the same run, PouchDB replicates the same N cases to a CouchDB-protocol
 * server (express-pouchdb); the ratio is the figure to read (per run, and the median of the
 * runs' ratios). Also prints the time of one 受理 with an empty queue and with N queued, and
 * the CPU each part of the system spent during the drain (Linux).
 *
 *   npx tsx bench/sync-drain.bench.ts [--cases 10000] [--engine pglite|postgres|both] [--runs 1]
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
import { cpuBetween, readCpu } from './sync-drain/process-cpu';
import { replicateWithPouchDb } from './sync-drain/pouchdb-peer';
import { SICHUAN, startTwoProvinces } from './sync-world/two-provinces';

const { values } = parseArgs({
  options: {
    cases: { type: 'string', default: '10000' },
    engine: { type: 'string', default: 'both' },
    runs: { type: 'string', default: '1' },
  },
});
const CASES = Number(values.cases);
const RUNS = Number(values.runs);
/** 受理 times are compared over this many at the start (empty queue) and at the end (full). */
const EDGE = Math.min(100, Math.floor(CASES / 2));
const adminUrl = process.env.HUB_BENCH_DATABASE_URL ?? process.env.HUB_TEST_DATABASE_URL;

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return Number.NaN;
  return sorted.length % 2 === 1 ? (sorted[middle] ?? Number.NaN) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

interface DrainFigures {
  drainMs: number;
  /** Seconds of CPU per part of the system during the drain. */
  cpu: [string, number][];
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
    const cpuBefore = readCpu();
    const drainMs = await page.evaluate(() => (window as unknown as { syncDrain: SyncDrainPage }).syncDrain.drain());
    const cpu = cpuBetween(cpuBefore, readCpu());
    const pouchMs = await replicateWithPouchDb(forPouch, join(dir, 'pouchdb'));
    return { drainMs, cpu, pouchMs, acceptEmptyMs: median(accepts.slice(0, EDGE)), acceptFullMs: median(accepts.slice(-EDGE)) };
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
/** Each engine's runs, in order; engines alternate within a run so load falls on both. */
const results = new Map<string, DrainFigures[]>(engines.map((engine) => [engine, []]));
try {
  for (let run = 0; run < RUNS; run += 1) for (const engine of engines) results.get(engine)?.push(await runEngine(engine));
} finally {
  rmSync(rendererDir, { recursive: true, force: true });
}
const seconds = (ms: number) => (ms / 1000).toFixed(1);
console.log(`\n            drain s   events/s   PouchDB s   drain vs PouchDB   受理 ms (empty / ${CASES} queued)`);
for (const [engine, runs] of results) {
  for (const [index, figures] of runs.entries()) {
    const ratio = figures.pouchMs / figures.drainMs;
    const label = runs.length > 1 ? `${engine} ${index + 1}` : engine;
    console.log(
      `  ${label.padEnd(11)}${seconds(figures.drainMs).padStart(6)}${((CASES * 2) / (figures.drainMs / 1000)).toFixed(0).padStart(11)}${seconds(figures.pouchMs).padStart(12)}${`${ratio.toFixed(2)}× as fast`.padStart(19)}   ${figures.acceptEmptyMs.toFixed(0)} / ${figures.acceptFullMs.toFixed(0)}`,
    );
  }
  if (runs.length > 1) {
    const ratios = runs.map((figures) => figures.pouchMs / figures.drainMs);
    console.log(
      `  ${engine}: median of ${runs.length} runs ${median(ratios).toFixed(2)}× as fast as PouchDB (drain ${seconds(median(runs.map((figures) => figures.drainMs)))} s)`,
    );
  }
}
console.log('\nCPU during the drain (s; both hubs and PostgreSQL include the peer province taking the forwarded events):');
for (const [engine, runs] of results) {
  for (const figures of runs) {
    const total = figures.cpu.reduce((sum, [, spent]) => sum + spent, 0);
    console.log(
      `  ${engine.padEnd(9)}${figures.cpu.map(([part, spent]) => `${part} ${spent.toFixed(1)}`).join(', ')}; ${total.toFixed(1)} in ${seconds(figures.drainMs)} s`,
    );
  }
}
