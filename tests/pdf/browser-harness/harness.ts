/**
 * A page that exposes the real PDF client to a browser test: window.renderReceiptBase64
 * renders through the bundled worker (renderRefusalNoticeReport also returns the characters
 * the font lacks), window.evalBlockedInWorker proves the CSP under test
 * really forbids eval in workers (so a passing render means the worker needs none); its
 * violation report also marks a point in the report stream the test can wait for.
 */
import { createPdfClient } from '../../../renderer/pdf/pdf-client';
import type { ReceiptData } from '../../../shared/documents/receipt/receipt-data';
import type { RefusalNoticeData } from '../../../shared/documents/notices/refusal-notice-data';

const client = createPdfClient();

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

const harness = {
  async renderReceiptBase64(data: ReceiptData): Promise<string> {
    return toBase64(await client.renderReceipt(data));
  },
  async renderRefusalNoticeReport(data: RefusalNoticeData): Promise<{ pdfBase64: string; missingGlyphs: string[] }> {
    const { pdf, missingGlyphs } = await client.renderDocumentWithReport('refusal-notice', data);
    return { pdfBase64: toBase64(pdf), missingGlyphs };
  },
  evalBlockedInWorker(): Promise<boolean> {
    // Left running until the page closes: a worker terminated right after its attempt may
    // never send the violation report the test waits for.
    const probe = new Worker(new URL('./eval-probe.worker.ts', import.meta.url), { type: 'module' });
    return new Promise((resolve) => {
      probe.onmessage = (event: MessageEvent<boolean>) => resolve(event.data);
    });
  },
};

Object.assign(globalThis, { harness });
