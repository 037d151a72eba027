/**
 * The 受理回执 rendered in Chromium two ways, in one page: through the app's long-lived PDF
 * worker (renderer/pdf/pdf-client.ts) and with pdfmake on the main thread. For each render
 * it reports the time and the longest gap a 5 ms heartbeat on the main thread saw: what a
 * clerk typing in the next form would feel.
 */
import { createPdfClient } from '../../renderer/pdf/pdf-client';
import { defaultFontUrls } from '../../renderer/pdf/font-urls';
import { pdfMake } from '../../renderer/pdf/pdfmake-browser';
import { DOCUMENT_FONT_FAMILY } from '../../shared/documents/font/document-font';
import { buildReceiptDoc } from '../../shared/documents/receipt/receipt';
import type { ReceiptData } from '../../shared/documents/receipt/receipt-data';
import { DOCUMENT_TABLE_LAYOUTS } from '../../shared/documents/layout/table-layouts';

export interface Measured {
  ms: number;
  /** Longest main-thread stall seen while rendering. */
  blockedMs: number;
  bytes: number;
}

/** Runs `work` while a heartbeat measures the longest main-thread stall. */
async function measure(work: () => Promise<Uint8Array>): Promise<Measured> {
  let last = performance.now();
  let longest = 0;
  const beat = setInterval(() => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
  }, 5);
  const start = performance.now();
  const pdf = await work();
  const ms = performance.now() - start;
  // One more beat, so a stall that ended with the work is counted.
  await new Promise((resolve) => setTimeout(resolve, 10));
  clearInterval(beat);
  return { ms, blockedMs: Math.max(longest, performance.now() - last), bytes: pdf.byteLength };
}

let worker = createPdfClient();
let mainFontsReady: Promise<void> | undefined;

async function loadMainThreadFonts(): Promise<void> {
  const urls = defaultFontUrls();
  const [regular, bold] = await Promise.all(
    [urls.regular, urls.bold].map(async (url) => new Uint8Array(await (await fetch(url)).arrayBuffer())),
  );
  pdfMake.addVirtualFileSystem({ 'r.ttf': { data: regular ?? new Uint8Array() }, 'b.ttf': { data: bold ?? new Uint8Array() } });
  pdfMake.setFonts({ [DOCUMENT_FONT_FAMILY]: { normal: 'r.ttf', bold: 'b.ttf', italics: 'r.ttf', bolditalics: 'b.ttf' } });
  pdfMake.addTableLayouts(DOCUMENT_TABLE_LAYOUTS);
}

const pdfBench = {
  /** A fresh worker, as when the app starts; `idleMs` later the first render is asked for. */
  async restartWorker(idleMs: number): Promise<void> {
    worker.dispose();
    worker = createPdfClient();
    await new Promise((resolve) => setTimeout(resolve, idleMs));
  },
  inWorker: (data: ReceiptData) => measure(() => worker.renderReceipt(data)),
  onMainThread: (data: ReceiptData) =>
    measure(async () => {
      mainFontsReady ??= loadMainThreadFonts();
      await mainFontsReady;
      return pdfMake.createPdf(buildReceiptDoc(data)).getBuffer();
    }),
};

Object.assign(globalThis, { pdfBench });
document.title = 'ready';
