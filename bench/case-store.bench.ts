/**
 * The local case store at scale, in real Chromium: seeds 100k cases through the app's own
 * Dexie schema, then prints p50/p95 per search kind, first-screen time with 100k stored, and
 * storage used. Goals: search p95 <= 20 ms, first screen <= 1 s. Figures only, no verdicts.
 *
 *   npx tsx bench/case-store.bench.ts [--cases 100000] [--runs 200]
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { build } from 'vite';

const { values } = parseArgs({ options: { cases: { type: 'string', default: '100000' }, runs: { type: 'string', default: '200' } } });
const TOTAL = Number(values.cases);
const RUNS = Number(values.runs);

const root = fileURLToPath(new URL('./case-store/', import.meta.url));
const outDir = mkdtempSync(join(tmpdir(), 'case-store-bench-'));
await build({ root, logLevel: 'warn', build: { outDir, emptyOutDir: true } });

const server = createServer((request, response) => {
  const path = new URL(request.url ?? '/', 'http://x').pathname;
  const file = normalize(join(outDir, path === '/' ? 'index.html' : path));
  if (!file.startsWith(outDir) || !existsSync(file)) return void response.writeHead(404).end();
  response.writeHead(200, { 'content-type': extname(file) === '.html' ? 'text/html' : 'text/javascript' }).end(readFileSync(file));
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const address = server.address();
const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const context = await browser.newContext();
const page = await context.newPage();
type Bench = {
  seed(total: number): Promise<number>;
  searches(runs: number): Promise<Record<string, number[]>>;
  firstScreen(): Promise<number>;
  storageUsed(): Promise<number>;
};

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
const fmt = (ms: number) => ms.toFixed(2).padStart(8);

try {
  await page.goto(url);
  await page.waitForFunction(() => document.title === 'ready');
  const seedMs = await page.evaluate((total) => (window as unknown as { caseBench: Bench }).caseBench.seed(total), TOTAL);
  console.log(`seeded ${TOTAL} cases in ${(seedMs / 1000).toFixed(1)} s (bulkPut, 20k per batch)`);

  const timings = await page.evaluate((runs) => (window as unknown as { caseBench: Bench }).caseBench.searches(runs), RUNS);
  console.log(`\nsearch over ${TOTAL} cases (${RUNS} runs each), ms:`);
  console.log('kind              p50      p95');
  const medians: Record<string, number> = {};
  for (const [kind, samples] of Object.entries(timings)) {
    const sorted = [...samples].sort((a, b) => a - b);
    medians[kind] = quantile(sorted, 0.5);
    console.log(`${kind.padEnd(14)}${fmt(quantile(sorted, 0.5))} ${fmt(quantile(sorted, 0.95))}`);
  }
  const ratio = (medians.namePrefixScan ?? NaN) / (medians.namePrefix ?? NaN);
  console.log(`name prefix: full scan / indexed = ${ratio.toFixed(0)}x (same process, same data)`);

  const firstScreens: number[] = [];
  for (let run = 0; run < 5; run += 1) {
    await page.reload();
    await page.waitForFunction(() => document.title === 'ready');
    firstScreens.push(await page.evaluate(() => (window as unknown as { caseBench: Bench }).caseBench.firstScreen()));
  }
  firstScreens.sort((a, b) => a - b);
  console.log(`\nfirst screen with ${TOTAL} stored (open + counters + first page), median of 5: ${fmt(quantile(firstScreens, 0.5))} ms`);
  const usage = await page.evaluate(() => (window as unknown as { caseBench: Bench }).caseBench.storageUsed());
  console.log(`storage used: ${(usage / 1024 / 1024).toFixed(1)} MB`);
} finally {
  await browser.close();
  server.close();
  rmSync(outDir, { recursive: true, force: true });
}
