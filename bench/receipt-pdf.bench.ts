/**
 * 受理回执 PDF generation in Node: cold (first render in the process: font parse, JIT) and
 * warm (median of 10 after 3 unmeasured renders), for the sample case and the worst case,
 * plus PDF size, the time to build the document definition alone, and memory.
 * Prints figures only; the machines are shared, so compare ratios, not single numbers.
 * Run: npx tsx bench/receipt-pdf.bench.ts
 */
import { buildReceiptDoc } from '../shared/documents/receipt/receipt';
import type { ReceiptData } from '../shared/documents/receipt/receipt-data';
import { sampleReceiptData, worstCaseReceiptData } from '../tests/fixtures/receipt-data';
import { renderReceiptNode } from '../tests/pdf/render-node';

const WARM_UP_RUNS = 3;
const WARM_RUNS = 10;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

async function timed(data: ReceiptData): Promise<{ ms: number; bytes: number }> {
  const start = performance.now();
  const pdf = await renderReceiptNode(data);
  return { ms: performance.now() - start, bytes: pdf.byteLength };
}

const cases: [string, ReceiptData][] = [
  ['sample (2 materials)', await sampleReceiptData()],
  ['worst case (30 materials, 40-char names)', await worstCaseReceiptData()],
];

const cold = await timed(cases[0]?.[1] ?? (await sampleReceiptData()));
console.log(`cold, first render in process: ${cold.ms.toFixed(0)} ms`);
// Let the JIT settle so "warm" means a window that has printed a few receipts already.
for (let i = 0; i < WARM_UP_RUNS; i += 1) await timed(cases[0]?.[1] ?? (await sampleReceiptData()));

for (const [name, data] of cases) {
  const runs: number[] = [];
  let bytes = 0;
  for (let i = 0; i < WARM_RUNS; i += 1) {
    const run = await timed(data);
    runs.push(run.ms);
    bytes = run.bytes;
  }
  const buildStart = performance.now();
  for (let i = 0; i < 100; i += 1) buildReceiptDoc(data);
  const buildMs = (performance.now() - buildStart) / 100;
  console.log(
    `${name}: warm median ${median(runs).toFixed(0)} ms (min ${Math.min(...runs).toFixed(0)}, max ${Math.max(...runs).toFixed(0)}),` +
      ` PDF ${(bytes / 1024).toFixed(1)} KB, doc definition ${buildMs.toFixed(2)} ms`,
  );
}
console.log(`RSS ${(process.memoryUsage().rss / 1024 / 1024).toFixed(0)} MB`);
