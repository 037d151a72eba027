/**
 * The matter finder per keystroke: index build time, then the search time of every prefix of
 * realistic typing sequences, over the seed catalog and over a synthetic 10× catalog (the
 * seeds cloned with suffixed codes) to show the headroom. Goal: under 5 ms a keystroke.
 * Prints figures only; the machines are shared, so compare ratios, not single numbers.
 * Run: npx tsx bench/matter-search.bench.ts
 */
import { cpus, loadavg } from 'node:os';
import seedMatters from '../seeds/matters.json';
import { buildCatalogIndex, type CatalogIndex, type SearchableMatter } from '../shared/catalog-search/catalog-index';
import { usageScores } from '../shared/catalog-search/usage';

const RUNS = 200;
const WARM_UP_RUNS = 20;
/** What clerks type, one keystroke at a time (each prefix is one search). */
const TYPING = ['sbk', '社保', 'wufanzuijilu', 'CY-06-003', 'gjj', 'shehui baozhang', '户籍 证明', 'hzqf'];

// Raw JSON on purpose: the bench needs only the searchable fields while the schema grows.
const seeds = seedMatters as SearchableMatter[];

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
}

function keystrokes(sequence: string): string[] {
  const chars = [...sequence];
  return chars.map((_, i) => chars.slice(0, i + 1).join(''));
}

function synthetic(times: number): SearchableMatter[] {
  return Array.from({ length: times }, (_, copy) =>
    seeds.map((matter) => ({ ...matter, code: `${matter.code}-${String(copy).padStart(2, '0')}` })),
  ).flat();
}

function timeBuild(matters: readonly SearchableMatter[]): { index: CatalogIndex; ms: number } {
  const start = performance.now();
  const index = buildCatalogIndex(matters);
  return { index, ms: performance.now() - start };
}

function benchCatalog(label: string, matters: readonly SearchableMatter[]): void {
  const cold = timeBuild(matters);
  const warm = timeBuild(matters);
  console.log(`\n${label}: ${matters.length} matters; index build ${cold.ms.toFixed(1)} ms cold, ${warm.ms.toFixed(1)} ms warm`);
  const now = Date.now();
  // A window's usage history: a tenth of the catalog used, so the usage tie-break does work.
  const usage = usageScores(
    matters.filter((_, i) => i % 10 === 0).map((matter, i) => ({ code: matter.code, count: i + 1, lastUsedAt: now - i * 3_600_000 })),
    now,
  );
  const all: number[] = [];
  for (const sequence of ['', ...TYPING]) {
    const queries = sequence === '' ? [''] : keystrokes(sequence);
    const times: number[] = [];
    let hits = 0;
    for (let run = 0; run < WARM_UP_RUNS + RUNS; run += 1) {
      for (const query of queries) {
        const start = performance.now();
        hits = warm.index.search(query, { usage }).length;
        if (run >= WARM_UP_RUNS) times.push(performance.now() - start);
      }
    }
    all.push(...times);
    const name = sequence === '' ? '(empty: recent first)' : `"${sequence}" (${queries.length} keys)`;
    console.log(
      `  ${name.padEnd(34)} median ${percentile(times, 0.5).toFixed(3)} ms  p95 ${percentile(times, 0.95).toFixed(3)} ms  last ${hits} hits`,
    );
  }
  console.log(
    `  all keystrokes: median ${percentile(all, 0.5).toFixed(3)} ms, p95 ${percentile(all, 0.95).toFixed(3)} ms, p99 ${percentile(all, 0.99).toFixed(3)} ms (goal < 5 ms)`,
  );
}

// Shared machines: the load says how much of a figure is waiting for a core.
console.log(
  `load average ${loadavg()
    .map((load) => load.toFixed(1))
    .join(' / ')} on ${cpus().length} cores`,
);
benchCatalog('seed catalog', seeds);
benchCatalog('synthetic 10×', synthetic(10));
