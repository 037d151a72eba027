/**
 * The client's bookkeeping against a scripted fake worker: request ids, replies out of
 * order, Chinese errors, a crashed or stuck worker replaced by a fresh one, dispose.
 */
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ReceiptData } from '../../shared/documents/receipt/receipt-data';
import { createPdfClient, type PdfWorkerPort } from '../../renderer/pdf/pdf-client';
import type { PdfWorkerRequest, PdfWorkerResponse } from '../../renderer/pdf/pdf-protocol';
import { sampleCertificate } from '../fixtures/certificate-data';
import { sampleReceiptData } from '../fixtures/receipt-data';
import { sampleRefusalNotice } from '../fixtures/refusal-notice-data';

const FONT_URLS = { regular: 'https://app.test/r.ttf', bold: 'https://app.test/b.ttf' };

class FakeWorker implements PdfWorkerPort {
  onmessage: ((event: MessageEvent<PdfWorkerResponse>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  onmessageerror: ((event: MessageEvent) => void) | null = null;
  readonly received: PdfWorkerRequest[] = [];
  terminated = false;
  postMessage(message: PdfWorkerRequest): void {
    this.received.push(message);
  }
  terminate(): void {
    this.terminated = true;
  }
  renderIds(): number[] {
    return this.received.flatMap((message) => (message.type === 'render-receipt' ? [message.id] : []));
  }
  reply(message: PdfWorkerResponse): void {
    this.onmessage?.({ data: message } as MessageEvent<PdfWorkerResponse>);
  }
  crash(message: string): void {
    this.onerror?.({ message, preventDefault: () => undefined } as ErrorEvent);
  }
}

function setup(options: { timeoutMs?: number } = {}) {
  const workers: FakeWorker[] = [];
  const client = createPdfClient({
    fontUrls: FONT_URLS,
    createWorker: () => {
      const worker = new FakeWorker();
      workers.push(worker);
      return worker;
    },
    ...options,
  });
  const current = (): FakeWorker => {
    const worker = workers.at(-1);
    if (!worker) throw new Error('no worker started');
    return worker;
  };
  return { client, workers, current };
}

const pdfBytes = (text: string): ArrayBuffer => new TextEncoder().encode(text).buffer as ArrayBuffer;

describe('createPdfClient', () => {
  let data: ReceiptData;
  beforeAll(async () => {
    data = await sampleReceiptData();
  });
  afterEach(() => vi.useRealTimers());

  it('starts the worker at once and sends the font URLs before any request', () => {
    const { current } = setup();
    expect(current().received).toEqual([{ type: 'init', fontUrls: FONT_URLS }]);
  });

  it('matches replies to requests by id, in whatever order they come', async () => {
    const { client, current } = setup();
    const first = client.renderReceipt(data);
    const second = client.renderReceipt(data);
    const [firstId, secondId] = current().renderIds();
    expect(firstId).not.toBe(secondId);
    current().reply({ type: 'rendered', id: secondId ?? -1, pdf: pdfBytes('%PDF-second'), missingGlyphs: [] });
    current().reply({ type: 'rendered', id: firstId ?? -1, pdf: pdfBytes('%PDF-first'), missingGlyphs: [] });
    expect(new TextDecoder().decode(await first)).toBe('%PDF-first');
    expect(new TextDecoder().decode(await second)).toBe('%PDF-second');
  });

  it('rejects with the worker’s Chinese message', async () => {
    const { client, current } = setup();
    const render = client.renderReceipt(data);
    current().reply({ type: 'failed', id: current().renderIds()[0] ?? -1, message: '受理回执生成失败：时间格式无效：x' });
    await expect(render).rejects.toThrow('受理回执生成失败：时间格式无效：x');
  });

  it('replaces a crashed worker: pending renders fail, the next one gets a fresh worker', async () => {
    const { client, workers, current } = setup();
    const render = client.renderReceipt(data);
    current().crash('Uncaught SyntaxError');
    await expect(render).rejects.toThrow('PDF生成组件出错：Uncaught SyntaxError');
    expect(workers[0]?.terminated).toBe(true);

    const retry = client.renderReceipt(data);
    expect(workers).toHaveLength(2);
    expect(current().received[0]).toEqual({ type: 'init', fontUrls: FONT_URLS });
    current().reply({ type: 'rendered', id: current().renderIds()[0] ?? -1, pdf: pdfBytes('%PDF-'), missingGlyphs: [] });
    await expect(retry).resolves.toBeInstanceOf(Uint8Array);
  });

  it('gives up on a stuck worker after the timeout and says so', async () => {
    vi.useFakeTimers();
    const { client, workers } = setup({ timeoutMs: 5_000 });
    const render = client.renderReceipt(data);
    const assertion = expect(render).rejects.toThrow('受理回执生成超时（超过5秒），请重试');
    await vi.advanceTimersByTimeAsync(5_001);
    await assertion;
    expect(workers[0]?.terminated).toBe(true);
  });

  it('ignores late replies from a worker it already replaced', async () => {
    const { client, workers } = setup();
    const render = client.renderReceipt(data);
    const old = workers[0];
    old?.crash('boom');
    await expect(render).rejects.toThrow();
    const next = client.renderReceipt(data);
    old?.reply({ type: 'failed', id: 2, message: 'stale' });
    workers[1]?.reply({ type: 'rendered', id: workers[1].renderIds()[0] ?? -1, pdf: pdfBytes('%PDF-'), missingGlyphs: [] });
    await expect(next).resolves.toBeInstanceOf(Uint8Array);
  });

  it('turns data that cannot be posted into a Chinese error', async () => {
    const { client, current } = setup();
    vi.spyOn(current(), 'postMessage').mockImplementation(() => {
      throw new DOMException('function could not be cloned', 'DataCloneError');
    });
    await expect(client.renderReceipt(data)).rejects.toThrow('回执数据无法传入PDF生成组件');
  });

  it('dispose cancels pending renders and refuses new ones', async () => {
    const { client, current } = setup();
    const render = client.renderReceipt(data);
    client.dispose();
    await expect(render).rejects.toThrow('PDF生成组件已关闭，回执生成已取消');
    expect(current().terminated).toBe(true);
    await expect(client.renderReceipt(data)).rejects.toThrow('PDF生成组件已关闭');
  });
});

describe('createPdfClient renderDocument', () => {
  it('posts render-document with the kind and data, resolves with the bytes, names the document in errors', async () => {
    const { client, current } = setup();
    const data = sampleRefusalNotice();
    const render = client.renderDocument('refusal-notice', data);
    const request = current().received.find((message) => message.type === 'render-document');
    expect(request).toMatchObject({ type: 'render-document', kind: 'refusal-notice', data });
    current().reply({
      type: 'rendered',
      id: request?.type === 'render-document' ? request.id : -1,
      pdf: pdfBytes('%PDF-doc'),
      missingGlyphs: [],
    });
    expect(new TextDecoder().decode(await render)).toBe('%PDF-doc');

    vi.useFakeTimers();
    const { client: slowClient } = setup({ timeoutMs: 5000 });
    const slow = slowClient.renderDocument('certificate', sampleCertificate('no-criminal-record'));
    const assertion = expect(slow).rejects.toThrow('证明生成超时（超过5秒），请重试');
    await vi.advanceTimersByTimeAsync(5001);
    await assertion;
    client.dispose();
    slowClient.dispose();
  });
});

describe('createPdfClient missing glyphs', () => {
  const lastRequest = (worker: FakeWorker): PdfWorkerRequest | undefined => worker.received.at(-1);
  const lastId = (worker: FakeWorker): number => {
    const request = lastRequest(worker);
    return request && 'id' in request ? request.id : -1;
  };

  it('renderDocumentWithReport resolves the bytes with the characters the PDF lacks', async () => {
    const { client, current } = setup();
    const render = client.renderDocumentWithReport('refusal-notice', sampleRefusalNotice());
    current().reply({ type: 'rendered', id: lastId(current()), pdf: pdfBytes('%PDF-rare'), missingGlyphs: ['𪚥'] });
    const { pdf, missingGlyphs } = await render;
    expect(new TextDecoder().decode(pdf)).toBe('%PDF-rare');
    expect(missingGlyphs).toEqual(['𪚥']);
    client.dispose();
  });

  it('checkGlyphs asks the worker before printing and resolves the list', async () => {
    const { client, current } = setup();
    const data = sampleRefusalNotice();
    const check = client.checkGlyphs('refusal-notice', data);
    expect(lastRequest(current())).toMatchObject({ type: 'check-glyphs', kind: 'refusal-notice', data });
    current().reply({ type: 'glyphs-checked', id: lastId(current()), missingGlyphs: ['𪚥', '𠀀'] });
    await expect(check).resolves.toEqual(['𪚥', '𠀀']);

    const confused = client.checkGlyphs('refusal-notice', data);
    current().reply({ type: 'rendered', id: lastId(current()), pdf: pdfBytes('%PDF-'), missingGlyphs: [] });
    await expect(confused).rejects.toThrow('不予受理通知书字符检查失败');
    client.dispose();
  });
});
