/**
 * The worker module itself (pdf.worker.ts with pdfmake's browser build), driven in Node
 * through the same messages the client posts. fetch and postMessage are stubbed: the fonts
 * come from node_modules, replies are captured. Chromium runs it in receipt-worker.browser.test.ts.
 */
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { PdfWorkerRequest, PdfWorkerResponse } from '../../renderer/pdf/pdf-protocol';
import { sampleReceiptData } from '../fixtures/receipt-data';
import { FONT_FILES } from './render-node';

const FONT_URLS = { regular: 'https://fonts.test/regular.ttf', bold: 'https://fonts.test/bold.ttf' };

describe('pdf.worker', () => {
  const replies: { message: PdfWorkerResponse; transfer: Transferable[] | undefined }[] = [];
  const fetchFont = vi.fn(async (url: string) => {
    const file = url === FONT_URLS.regular ? FONT_FILES.regular : url === FONT_URLS.bold ? FONT_FILES.bold : undefined;
    return file ? new Response(await readFile(file)) : new Response('not found', { status: 404 });
  });
  let post: (request: PdfWorkerRequest) => void;

  function reply(id: number): Promise<PdfWorkerResponse> {
    return vi.waitFor(
      () => {
        const found = replies.find((entry) => entry.message.id === id);
        if (!found) throw new Error(`no reply ${id} yet`);
        return found.message;
      },
      { timeout: 30_000, interval: 20 },
    );
  }

  beforeAll(async () => {
    vi.stubGlobal('fetch', fetchFont);
    vi.stubGlobal('postMessage', (message: PdfWorkerResponse, transfer?: Transferable[]) => replies.push({ message, transfer }));
    await import('../../renderer/pdf/pdf.worker');
    const scope = globalThis as unknown as { onmessage: (event: { data: PdfWorkerRequest }) => void };
    post = (request) => scope.onmessage({ data: request });
  });
  afterAll(() => vi.unstubAllGlobals());

  it('fails a render before init with a Chinese message instead of hanging', async () => {
    post({ type: 'render-receipt', id: 1, data: await sampleReceiptData() });
    expect(await reply(1)).toEqual({ type: 'failed', id: 1, message: expect.stringContaining('缺少字体地址') });
  });

  it('renders the receipt from posted plain data and transfers the bytes', async () => {
    post({ type: 'init', fontUrls: FONT_URLS });
    post({ type: 'render-receipt', id: 2, data: structuredClone(await sampleReceiptData()) });
    const response = await reply(2);
    if (response.type !== 'rendered') throw new Error(JSON.stringify(response));
    expect(new TextDecoder().decode(response.pdf.slice(0, 5))).toBe('%PDF-');
    expect(replies.find((entry) => entry.message.id === 2)?.transfer).toEqual([response.pdf]);
    expect(response.missingGlyphs).toEqual([]);
  });

  it('fetches each font once for many renders', async () => {
    const data = await sampleReceiptData(2);
    post({ type: 'render-receipt', id: 3, data });
    post({ type: 'render-receipt', id: 4, data });
    expect((await reply(3)).type).toBe('rendered');
    expect((await reply(4)).type).toBe('rendered');
    expect(fetchFont.mock.calls.map(([url]) => url).sort()).toEqual([FONT_URLS.bold, FONT_URLS.regular]);
  });

  it('reports bad data per request, in Chinese, and keeps serving', async () => {
    const data = await sampleReceiptData();
    post({ type: 'render-receipt', id: 5, data: { ...data, copyNumber: 0 } });
    expect(await reply(5)).toEqual({ type: 'failed', id: 5, message: '受理回执生成失败：打印份次应为正整数：0' });
    post({ type: 'render-receipt', id: 6, data });
    expect((await reply(6)).type).toBe('rendered');
  });
});
