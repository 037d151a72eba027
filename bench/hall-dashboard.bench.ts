/**
 * The supervisor's hall view over a year of a large hall: 200,000 cases of one hall (plus
 * 50,000 of other halls) in hall_case_facts on PGlite and on PostgreSQL, then each query the
 * page makes, repeated: each dashboard chart on its own, then the whole dashboard (its six
 * charts in one call), for a year by month, by day, one window by week and the last 30 days;
 * the hall's case list (first page, 已超期), the 预警 lists and the workload. Prints median and
 * p95 per query; the goal is every chart under a second (p95). Machines are shared: compare the engines side by side within one run.
 * Run: npx tsx bench/hall-dashboard.bench.ts [--cases 200000] [--runs 15] [--engine both|pglite|postgres]
 */
import { cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import type { Database } from '../hub/db/database';
import { openDatabase } from '../hub/db/open-database';
import { upsertCaseFacts } from '../hub/hall/case-facts-store';
import { chartQuery, hallDashboard } from '../hub/hall/dashboard';
import { matterChart, modeChart, overdueChart, ratingChart, totalsChart, volumeChart } from '../hub/hall/dashboard-charts';
import type { DashboardQuery } from '../shared/sync/hall-protocol';
import { hallWarnings, hallWorkload, listHallCases } from '../hub/hall/hall-queries';
import { createBenchDatabase, type EngineName } from './forward-outage/databases';
import { BENCH_HALL, syntheticFacts } from './hall-dashboard/synthetic-facts';

const { values } = parseArgs({
  options: {
    cases: { type: 'string', default: '200000' },
    runs: { type: 'string', default: '15' },
    engine: { type: 'string', default: 'both' },
  },
});
const CASES = Number(values.cases);
const RUNS = Number(values.runs);
const WARM_UP = 2;
const BATCH = 2_000;
const YEAR = 2026;
// "Today" inside the year, so the 预警 and 超期 lists have rows.
const NOW = new Date(`${YEAR}-11-15T03:00:00Z`);
const adminUrl = process.env.HUB_BENCH_DATABASE_URL ?? process.env.HUB_TEST_DATABASE_URL;

function percentile(samples: readonly number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] ?? 0;
}

async function load(db: Database): Promise<number> {
  const start = performance.now();
  const hall = syntheticFacts(CASES, { hallCode: BENCH_HALL.hallCode, year: YEAR, seed: 7, prefix: 'H' });
  const others = syntheticFacts(Math.round(CASES / 4), { hallCode: '51010701', year: YEAR, seed: 11, prefix: 'O' });
  for (const rows of [hall, others]) {
    for (let offset = 0; offset < rows.length; offset += BATCH)
      await db.transaction((tx) => upsertCaseFacts(tx, rows.slice(offset, offset + BATCH)));
  }
  await db.query('ANALYZE hall_case_facts');
  await db.query('ANALYZE hall_day_summary');
  return performance.now() - start;
}

const SCENARIOS: [string, DashboardQuery][] = [
  ['year by month', { from: `${YEAR}-01-01`, to: `${YEAR}-12-31`, granularity: 'month' }],
  ['year by day', { from: `${YEAR}-01-01`, to: `${YEAR}-12-31`, granularity: 'day' }],
  ['one window, year by week', { from: `${YEAR}-01-01`, to: `${YEAR}-12-31`, granularity: 'week', window: 7 }],
  ['last 30 days by day', { from: `${YEAR}-10-17`, to: `${YEAR}-11-15`, granularity: 'day' }],
];
const CHARTS = {
  volume: volumeChart,
  matter: matterChart,
  mode: modeChart,
  totals: totalsChart,
  overdue: overdueChart,
  ratings: ratingChart,
};

const QUERIES: [string, (db: Database) => Promise<unknown>][] = [
  ...SCENARIOS.flatMap(([scenario, input]): [string, (db: Database) => Promise<unknown>][] => [
    ...Object.entries(CHARTS).map(([chart, run]): [string, (db: Database) => Promise<unknown>] => [
      `${scenario}: ${chart}`,
      (db) => run(db, chartQuery(BENCH_HALL, input, NOW)),
    ]),
    [`${scenario}: whole dashboard`, (db) => hallDashboard(db, BENCH_HALL, input, NOW)],
  ]),
  ['hall cases: first page', (db) => listHallCases(db, BENCH_HALL, { side: 'all', view: 'all' }, NOW)],
  ['hall cases: 已超期 first page', (db) => listHallCases(db, BENCH_HALL, { side: 'all', view: 'overdue' }, NOW)],
  ['预警 (both sides)', (db) => hallWarnings(db, BENCH_HALL, NOW)],
  ['workload', (db) => hallWorkload(db, BENCH_HALL, NOW)],
];

async function benchEngine(engine: EngineName): Promise<void> {
  const bench = await createBenchDatabase(engine, adminUrl);
  const db = await openDatabase(bench.config);
  try {
    const loadMs = await load(db);
    console.log(`\n${engine}: ${CASES} cases of the hall + ${Math.round(CASES / 4)} of another, loaded in ${(loadMs / 1000).toFixed(1)} s`);
    console.log(`  ${'query'.padEnd(42)} median ms   p95 ms`);
    for (const [name, run] of QUERIES) {
      const samples: number[] = [];
      for (let i = 0; i < WARM_UP + RUNS; i += 1) {
        const start = performance.now();
        await run(db);
        if (i >= WARM_UP) samples.push(performance.now() - start);
      }
      console.log(
        `  ${name.padEnd(42)} ${percentile(samples, 0.5).toFixed(1).padStart(9)} ${percentile(samples, 0.95).toFixed(1).padStart(8)}`,
      );
    }
  } finally {
    await db.close();
    await bench.drop();
  }
}

console.log(`hall dashboard bench: ${cpus().length} cores, load ${loadavg()[0]?.toFixed(2)}, ${RUNS} runs after ${WARM_UP} warm-up`);
const engines: EngineName[] = values.engine === 'both' ? (adminUrl ? ['pglite', 'postgres'] : ['pglite']) : [values.engine as EngineName];
for (const engine of engines) await benchEngine(engine);
