/**
 * PDF generation per document kind in Node, through the registry the worker uses: cold (the
 * first render of that kind in this process; the very first also pays the font parse) and
 * warm (median of 7 after 2 unmeasured renders), for the everyday and the worst-case data,
 * plus PDF size and pages. Prints figures only; the machines are shared, so compare ratios.
 * Run: npx tsx bench/documents-pdf.bench.ts
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DocumentDataByKind, DocumentKind } from '../shared/documents/document-registry';
import { sampleCertificate, worstCertificate } from '../tests/fixtures/certificate-data';
import { sampleDailyReport, worstDailyReport } from '../tests/fixtures/daily-report-data';
import { sampleMaterialList, worstMaterialList } from '../tests/fixtures/material-list-data';
import { sampleMissingMaterialsNotice, worstMissingMaterialsNotice } from '../tests/fixtures/missing-materials-notice-data';
import { sampleReceiptData, worstCaseReceiptData } from '../tests/fixtures/receipt-data';
import { sampleRefusalNotice, worstRefusalNotice } from '../tests/fixtures/refusal-notice-data';
import { sampleApprovedResult, worstDeniedResult } from '../tests/fixtures/result-notice-data';
import { renderDocumentNode } from '../tests/pdf/render-node';

const WARM_UP_RUNS = 2;
const WARM_RUNS = 7;

type Case = { [K in DocumentKind]: { name: string; kind: K; data: DocumentDataByKind[K] } }[DocumentKind];

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

async function timed(item: Case): Promise<{ ms: number; pdf: Uint8Array }> {
  const start = performance.now();
  const pdf = await renderDocumentNode(item.kind, item.data as never);
  return { ms: performance.now() - start, pdf };
}

const scratch = mkdtempSync(join(tmpdir(), 'documents-bench-'));
function pages(pdf: Uint8Array): number {
  const path = join(scratch, 'bench.pdf');
  writeFileSync(path, pdf);
  return Number(/^Pages:\s+(\d+)$/m.exec(execFileSync('pdfinfo', [path], { encoding: 'utf8' }))?.[1] ?? 0);
}

const cases: Case[] = [
  { name: '受理回执 sample', kind: 'receipt', data: await sampleReceiptData() },
  { name: '受理回执 worst', kind: 'receipt', data: await worstCaseReceiptData() },
  { name: '一次性告知书 sample', kind: 'missing-materials-notice', data: sampleMissingMaterialsNotice() },
  { name: '一次性告知书 worst (30)', kind: 'missing-materials-notice', data: worstMissingMaterialsNotice() },
  { name: '不予受理通知书 sample', kind: 'refusal-notice', data: sampleRefusalNotice() },
  { name: '不予受理通知书 worst', kind: 'refusal-notice', data: worstRefusalNotice() },
  { name: '办结通知书 准予 sample', kind: 'result-notice', data: sampleApprovedResult() },
  { name: '办结通知书 不予 worst', kind: 'result-notice', data: worstDeniedResult() },
  { name: '材料接收清单 sample', kind: 'material-list', data: sampleMaterialList() },
  { name: '材料接收清单 worst (30)', kind: 'material-list', data: worstMaterialList() },
  { name: '社会保险参保证明 worst (30)', kind: 'certificate', data: worstCertificate('social-insurance') },
  { name: '住房公积金缴存使用证明 sample', kind: 'certificate', data: sampleCertificate('housing-fund-loan') },
  { name: '户籍证明 sample', kind: 'certificate', data: sampleCertificate('household-registration') },
  { name: '无犯罪记录证明 sample', kind: 'certificate', data: sampleCertificate('no-criminal-record') },
  { name: '失业登记证明 sample', kind: 'certificate', data: sampleCertificate('unemployment-registration') },
  { name: '日报表 sample', kind: 'daily-report', data: sampleDailyReport() },
  { name: '日报表 worst (200 overdue)', kind: 'daily-report', data: worstDailyReport(200) },
];

console.log('document | cold ms | warm median ms (min–max) | PDF KB | pages');
for (const item of cases) {
  const cold = await timed(item);
  for (let i = 0; i < WARM_UP_RUNS; i += 1) await timed(item);
  const runs: number[] = [];
  for (let i = 0; i < WARM_RUNS; i += 1) runs.push((await timed(item)).ms);
  console.log(
    `${item.name} | ${cold.ms.toFixed(0)} | ${median(runs).toFixed(0)} (${Math.min(...runs).toFixed(0)}–${Math.max(...runs).toFixed(0)}) |` +
      ` ${(cold.pdf.byteLength / 1024).toFixed(1)} | ${pages(cold.pdf)}`,
  );
}
console.log(`RSS ${(process.memoryUsage().rss / 1024 / 1024).toFixed(0)} MB`);
rmSync(scratch, { recursive: true, force: true });
