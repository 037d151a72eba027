/**
 * 受理回执 generation in real Chromium: the app's PDF worker against pdfmake on the main
 * thread, in the same page. Cold (first render: font download and parse) and warm (median of
 * 10 after 3 unmeasured), with the longest main-thread stall during each: the worker's point
 * is that the window never freezes while a PDF is made. Figures only; compare the ratios.
 *
 *   npx tsx bench/pdf-chromium.bench.ts
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { build } from 'vite';
import type { ReceiptData } from '../shared/documents/receipt/receipt-data';
import { sampleReceiptData, worstCaseReceiptData } from '../tests/fixtures/receipt-data';
import type { Measured } from './pdf-chromium/harness';

const WARM_UP_RUNS = 3;
const WARM_RUNS = 10;
const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.ttf': 'font/ttf' };

const root = fileURLToPath(new URL('./pdf-chromium/', import.meta.url));
const outDir = mkdtempSync(join(tmpdir(), 'pdf-chromium-bench-'));
await build({
  root,
  logLevel: 'warn',
  base: '/',
  build: { outDir, emptyOutDir: true, assetsInlineLimit: 0, chunkSizeWarningLimit: 4096 },
  worker: { format: 'es' },
});

const server = createServer((request, response) => {
  const path = new URL(request.url ?? '/', 'http://x').pathname;
  const file = normalize(join(outDir, path === '/' ? 'index.html' : decodeURIComponent(path)));
  if (!file.startsWith(outDir) || !existsSync(file)) return void response.writeHead(404).end();
  response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const address = server.address();
const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

type Way = 'inWorker' | 'onMainThread';
type PdfBench = Record<Way, (data: ReceiptData) => Promise<Measured>> & { restartWorker(idleMs: number): Promise<void> };
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
};

try {
  const page = await browser.newPage();
  await page.goto(url);
  await page.waitForFunction(() => document.title === 'ready');
  const run = (way: Way, data: ReceiptData) =>
    page.evaluate(([w, d]) => (globalThis as unknown as { pdfBench: PdfBench }).pdfBench[w](d), [way, data] as const);
  const sample = await sampleReceiptData();
  const worst = await worstCaseReceiptData();

  console.log('受理回执 in Chromium        cold ms (stall) | warm median ms (min–max) | longest stall warm | KB');
  const warmMedians: Record<string, number> = {};
  for (const way of ['inWorker', 'onMainThread'] as const) {
    const cold = await run(way, sample);
    for (let i = 0; i < WARM_UP_RUNS; i += 1) await run(way, sample);
    for (const [name, data] of [
      ['sample', sample],
      ['worst', worst],
    ] as const) {
      const runs: Measured[] = [];
      for (let i = 0; i < WARM_RUNS; i += 1) runs.push(await run(way, data));
      const times = runs.map((r) => r.ms);
      const stall = Math.max(...runs.map((r) => r.blockedMs));
      warmMedians[`${way}:${name}`] = median(times);
      const coldText = name === 'sample' ? `${cold.ms.toFixed(0)} (${cold.blockedMs.toFixed(0)})` : '—';
      console.log(
        `${`${way === 'inWorker' ? 'worker' : 'main thread'} ${name}`.padEnd(26)} ${coldText.padStart(14)} | ${median(times).toFixed(0).padStart(5)} (${Math.min(...times).toFixed(0)}–${Math.max(...times).toFixed(0)}) | ${stall.toFixed(0).padStart(5)} ms | ${((runs[0]?.bytes ?? 0) / 1024).toFixed(1)}`,
      );
    }
  }
  // What a clerk meets: the app starts its worker at start-up, and the first receipt is
  // printed some seconds later (after the form is filled in).
  for (const idleMs of [0, 5_000]) {
    await page.evaluate((idle) => (globalThis as unknown as { pdfBench: PdfBench }).pdfBench.restartWorker(idle), idleMs);
    const first = await run('inWorker', sample);
    console.log(
      `worker first receipt ${idleMs / 1000} s after start: ${first.ms.toFixed(0)} ms (longest stall ${first.blockedMs.toFixed(0)} ms)`,
    );
  }
  const ratio = (warmMedians['onMainThread:sample'] ?? NaN) / (warmMedians['inWorker:sample'] ?? NaN);
  console.log(`warm sample, main thread / worker time: ${ratio.toFixed(2)} (the worker also posts the bytes back)`);
} finally {
  await browser.close();
  server.close();
  rmSync(outDir, { recursive: true, force: true });
}
