/**
 * The worker's generic render-document message, driven in Node like pdf-worker.test.ts:
 * every registered kind renders from posted (structured-cloned) plain data, an unknown kind
 * or bad data fails that one request with a Chinese message naming the document. Characters
 * Noto Sans SC lacks (Ext-B 𪚥 𠀀) come back as missingGlyphs, with the PDF or from
 * check-glyphs before printing.
 */
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { PdfWorkerRequest, PdfWorkerResponse } from '../../renderer/pdf/pdf-protocol';
import { sampleCertificate } from '../fixtures/certificate-data';
import { sampleDailyReport } from '../fixtures/daily-report-data';
import { sampleMaterialList } from '../fixtures/material-list-data';
import { sampleMissingMaterialsNotice } from '../fixtures/missing-materials-notice-data';
import { sampleReceiptData } from '../fixtures/receipt-data';
import { sampleRefusalNotice } from '../fixtures/refusal-notice-data';
import { sampleApprovedResult } from '../fixtures/result-notice-data';
import { pdfFonts, pdfScratchDir, pdfText } from './pdf-tools';
import { FONT_FILES } from './render-node';

const FONT_URLS = { regular: 'https://fonts.test/regular.ttf', bold: 'https://fonts.test/bold.ttf' };

describe('pdf.worker render-document', () => {
  const replies: PdfWorkerResponse[] = [];
  let post: (request: PdfWorkerRequest) => void;

  function reply(id: number): Promise<PdfWorkerResponse> {
    return vi.waitFor(
      () => {
        const found = replies.find((message) => message.id === id);
        if (!found) throw new Error(`no reply ${id} yet`);
        return found;
      },
      { timeout: 30_000, interval: 20 },
    );
  }

  beforeAll(async () => {
    vi.stubGlobal(
      'fetch',
      async (url: string) => new Response(await readFile(url === FONT_URLS.bold ? FONT_FILES.bold : FONT_FILES.regular)),
    );
    vi.stubGlobal('postMessage', (message: PdfWorkerResponse) => replies.push(message));
    await import('../../renderer/pdf/pdf.worker');
    const scope = globalThis as unknown as { onmessage: (event: { data: PdfWorkerRequest }) => void };
    post = (request) => scope.onmessage({ data: structuredClone(request) });
    post({ type: 'init', fontUrls: FONT_URLS });
  });
  afterAll(() => vi.unstubAllGlobals());

  const scratch = pdfScratchDir();
  afterAll(() => scratch.remove());
  const refusal = sampleRefusalNotice();
  /** Ext-A 䶮 and 堃 are in Noto Sans SC; Ext-B 𪚥 (U+2A6A5) and 𠀀 (U+20000) are not. */
  const rareName = { ...refusal, applicant: { ...refusal.applicant, name: '王𪚥䶮𠀀堃' } };

  it('renders every kind from plain data', async () => {
    const requests: PdfWorkerRequest[] = [
      { type: 'render-document', id: 1, kind: 'receipt', data: await sampleReceiptData() },
      { type: 'render-document', id: 2, kind: 'missing-materials-notice', data: sampleMissingMaterialsNotice() },
      { type: 'render-document', id: 3, kind: 'refusal-notice', data: sampleRefusalNotice() },
      { type: 'render-document', id: 4, kind: 'result-notice', data: sampleApprovedResult() },
      { type: 'render-document', id: 5, kind: 'material-list', data: sampleMaterialList() },
      { type: 'render-document', id: 6, kind: 'certificate', data: sampleCertificate('housing-fund-loan') },
      { type: 'render-document', id: 7, kind: 'daily-report', data: sampleDailyReport() },
    ];
    for (const request of requests) post(request);
    for (let id = 1; id <= requests.length; id += 1) {
      const response = await reply(id);
      if (response.type !== 'rendered') throw new Error(JSON.stringify(response));
      expect(new TextDecoder().decode(response.pdf.slice(0, 5))).toBe('%PDF-');
    }
  });

  it('keeps render-receipt working alongside', async () => {
    post({ type: 'render-receipt', id: 20, data: await sampleReceiptData() });
    expect((await reply(20)).type).toBe('rendered');
  });

  it('fails an unknown kind or bad data with a Chinese message, and keeps serving', async () => {
    post({ type: 'render-document', id: 30, kind: 'nonsense', data: {} } as unknown as PdfWorkerRequest);
    expect(await reply(30)).toEqual({ type: 'failed', id: 30, message: '文书生成失败：未知的文书类型：nonsense' });
    post({ type: 'render-document', id: 31, kind: 'refusal-notice', data: { ...sampleRefusalNotice(), issuedOn: '18/03/2026' } });
    expect(await reply(31)).toEqual({ type: 'failed', id: 31, message: '不予受理通知书生成失败：日期格式无效：18/03/2026' });
    post({ type: 'render-document', id: 32, kind: 'refusal-notice', data: sampleRefusalNotice() });
    expect((await reply(32)).type).toBe('rendered');
  });

  it('draws 䶮 堃 with Noto Sans SC and reports 𪚥 𠀀, which the PDF lacks, with the PDF', async () => {
    post({ type: 'render-document', id: 40, kind: 'refusal-notice', data: rareName });
    const response = await reply(40);
    if (response.type !== 'rendered') throw new Error(JSON.stringify(response));
    expect(response.missingGlyphs).toEqual(['𪚥', '𠀀']);
    const path = scratch.write('rare-name.pdf', new Uint8Array(response.pdf));
    const text = pdfText(path).replace(/\s+/g, '');
    expect(text).toContain('王䶮堃');
    expect(text).not.toContain('𪚥');
    // No other font slipped in: the drawn characters are Noto Sans SC's (subset prefix dropped).
    expect(
      pdfFonts(path)
        .map((font) => font.name.replace(/^[A-Z]{6}\+/, ''))
        .sort(),
    ).toEqual(['NotoSansSC-Bold', 'NotoSansSC-Regular']);
  });

  it('checks glyphs before printing without rendering: the Ext-B characters, or nothing', async () => {
    post({ type: 'check-glyphs', id: 41, kind: 'refusal-notice', data: rareName });
    post({ type: 'check-glyphs', id: 42, kind: 'receipt', data: await sampleReceiptData() });
    post({ type: 'check-glyphs', id: 43, kind: 'nonsense', data: {} } as unknown as PdfWorkerRequest);
    expect(await reply(41)).toEqual({ type: 'glyphs-checked', id: 41, missingGlyphs: ['𪚥', '𠀀'] });
    expect(await reply(42)).toEqual({ type: 'glyphs-checked', id: 42, missingGlyphs: [] });
    expect(await reply(43)).toEqual({ type: 'failed', id: 43, message: '文书生成失败：未知的文书类型：nonsense' });
  });
});
