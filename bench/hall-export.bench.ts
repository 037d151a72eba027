/**
 * Excel export of the hall's list: 50,000 rows through the writer the host runs
 * (electron/handlers/export/streamed-workbook.ts, exceljs streaming, fed in the hub's
 * 5,000-row pages), against peers in the same process: the in-memory writer the renderer
 * uses for short lists (renderer/features/export/xlsx-sheet.ts) and the same rows as CSV
 * text (what a plain export costs). Prints time (median of runs), the file size and the
 * peak heap and RSS growth while writing.
 * Run: npx tsx --expose-gc bench/hall-export.bench.ts [--rows 50000] [--runs 3]
 */
import { cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { writeStreamedWorkbook } from '../electron/handlers/export/streamed-workbook';
import { workbookBytes } from '../renderer/features/export/xlsx-sheet';
import { HALL_CASE_COLUMNS } from '../shared/export/hall-case-sheet';
import type { HallCaseRow } from '../shared/sync/hall-protocol';
import { BENCH_HALL, syntheticFacts } from './hall-dashboard/synthetic-facts';

const { values } = parseArgs({ options: { rows: { type: 'string', default: '50000' }, runs: { type: 'string', default: '3' } } });
const ROWS = Number(values.rows);
const RUNS = Number(values.runs);

function rows(): HallCaseRow[] {
  return syntheticFacts(ROWS, { hallCode: BENCH_HALL.hallCode, year: 2026, seed: 3, prefix: 'X' }).map((fact) => ({
    caseId: fact.caseId,
    caseNumber: fact.caseNumber,
    matterCode: fact.matterCode,
    matterName: fact.matterName,
    mode: fact.mode,
    applicantName: fact.applicantName,
    status: fact.status,
    direction: 'receiving',
    receivingHall: fact.receivingHall,
    receivingWindow: Number(fact.receivingWindow),
    receivingPerson: fact.receivingPerson,
    handlingWindow: null,
    handlingPerson: null,
    openedAt: fact.openedAt,
    promisedDate: fact.promisedDate,
    receivingDue: fact.receivingDue,
    handlingDue: fact.handlingDue,
    openSupervisions: 0,
  }));
}

function csv(list: readonly HallCaseRow[]): Uint8Array {
  const quote = (value: unknown) => (value === null || value === undefined ? '' : `"${String(value).replaceAll('"', '""')}"`);
  const lines = [HALL_CASE_COLUMNS.map((column) => quote(column.header)).join(',')];
  for (const row of list) lines.push(HALL_CASE_COLUMNS.map((column) => quote(column.value(row))).join(','));
  return new TextEncoder().encode(`\uFEFF${lines.join('\r\n')}`);
}

async function measure(name: string, write: () => Promise<Uint8Array> | Uint8Array): Promise<number> {
  const times: number[] = [];
  let size = 0;
  let heapGrowth = 0;
  let rssGrowth = 0;
  for (let run = 0; run < RUNS; run += 1) {
    globalThis.gc?.();
    const before = process.memoryUsage();
    let peakHeap = before.heapUsed;
    let peakRss = before.rss;
    const sampler = setInterval(() => {
      const now = process.memoryUsage();
      peakHeap = Math.max(peakHeap, now.heapUsed);
      peakRss = Math.max(peakRss, now.rss);
    }, 20);
    const start = performance.now();
    const bytes = await write();
    times.push(performance.now() - start);
    clearInterval(sampler);
    const after = process.memoryUsage();
    size = bytes.byteLength;
    heapGrowth = Math.max(heapGrowth, Math.max(peakHeap, after.heapUsed) - before.heapUsed);
    rssGrowth = Math.max(rssGrowth, Math.max(peakRss, after.rss) - before.rss);
  }
  const median = [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)] ?? 0;
  const mb = (bytes: number) => (bytes / 2 ** 20).toFixed(1);
  console.log(
    `  ${name.padEnd(22)} ${(median / 1000).toFixed(2).padStart(7)} s   ${mb(size).padStart(6)} MB file   heap +${mb(heapGrowth)} MB   RSS +${mb(rssGrowth)} MB`,
  );
  return median;
}

console.log(
  `hall export bench: ${ROWS} rows, ${RUNS} runs, ${cpus().length} cores, load ${loadavg()[0]?.toFixed(2)}${globalThis.gc ? '' : ' (run with --expose-gc for steadier memory figures)'}`,
);
const list = rows();
async function* hubPages(): AsyncIterable<HallCaseRow[]> {
  for (let start = 0; start < list.length; start += 5_000) yield list.slice(start, start + 5_000);
}
const streamed = await measure(
  'xlsx streamed (host)',
  async () => (await writeStreamedWorkbook({ name: '大厅办件', columns: HALL_CASE_COLUMNS, pages: hubPages() })).bytes,
);
const excel = await measure('xlsx in memory', () => workbookBytes([{ name: '大厅办件', columns: HALL_CASE_COLUMNS, rows: list }]));
const plain = await measure('csv (peer)', () => csv(list));
console.log(`  streamed / in-memory time: ${(streamed / excel).toFixed(2)}×   streamed / csv time: ${(streamed / plain).toFixed(1)}×`);
