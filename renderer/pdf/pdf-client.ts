/**
 * The renderer's handle on the PDF worker: one long-lived worker per client, requests
 * matched to replies by id, failures turned into Error objects with Chinese messages that a
 * clerk can read. A worker that crashes or hangs is discarded and a fresh one starts with
 * the next request, so one bad print never blocks the window for the rest of the day.
 */
import { DOCUMENT_KIND_NAMES, type DocumentDataByKind, type DocumentKind } from '../../shared/documents/document-registry';
import type { ReceiptData } from '../../shared/documents/receipt/receipt-data';
import type { ScanPagesData } from '../../shared/documents/scan-pages-pdf';
import { defaultFontUrls } from './font-urls';
import type { CheckGlyphsRequest, DocumentFontUrls, PdfWorkerRequest, PdfWorkerResponse, RenderDocumentRequest } from './pdf-protocol';

/** A rendered document and the characters missing from it (the font has no glyph for them). */
export interface RenderedDocument {
  pdf: Uint8Array;
  /** Distinct characters, e.g. ['𪚥']; empty when everything printed. */
  missingGlyphs: string[];
}

export interface PdfClient {
  /** Renders the 受理回执 to PDF bytes. Rejects with an Error whose message is for the clerk. */
  renderReceipt(data: ReceiptData): Promise<Uint8Array>;
  /**
   * Renders any registered document (一次性告知书, 证明, 日报表…) from its plain data.
   * Characters the font lacks are absent from the PDF: use checkGlyphs first, or
   * renderDocumentWithReport, wherever a clerk could be told.
   */
  renderDocument<K extends DocumentKind>(kind: K, data: DocumentDataByKind[K]): Promise<Uint8Array>;
  /** renderDocument, also saying which characters the PDF could not show. */
  renderDocumentWithReport<K extends DocumentKind>(kind: K, data: DocumentDataByKind[K]): Promise<RenderedDocument>;
  /**
   * The characters of the document the font cannot draw, without rendering it: ask before
   * printing and warn the clerk ("以下字符无法打印：𪚥") when the list is not empty.
   */
  checkGlyphs<K extends DocumentKind>(kind: K, data: DocumentDataByKind[K]): Promise<string[]>;
  /** One PDF of the pages captured with the document camera (JPEGs embedded as they are). */
  renderScanPages(data: ScanPagesData): Promise<Uint8Array>;
  /** Stops the worker; pending renders reject and the client cannot be used again. */
  dispose(): void;
}

/** The part of a Worker the client uses (a real Worker fits; tests pass a fake). */
export interface PdfWorkerPort {
  postMessage(message: PdfWorkerRequest): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<PdfWorkerResponse>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  onmessageerror: ((event: MessageEvent) => void) | null;
}

export interface PdfClientOptions {
  /** Defaults to the TTFs bundled from @expo-google-fonts/noto-sans-sc. */
  fontUrls?: DocumentFontUrls;
  /** A render taking longer than this means a stuck worker: it is replaced. Default 30 s. */
  timeoutMs?: number;
  /** Defaults to the bundled pdf.worker.ts as a module worker. */
  createWorker?: () => PdfWorkerPort;
}

/** What a request resolves with: every reply but a failure. */
type PdfWorkerReply = Exclude<PdfWorkerResponse, { type: 'failed' }>;

interface Pending {
  resolve: (reply: PdfWorkerReply) => void;
  reject: (error: Error) => void;
  timer: ReturnType<typeof setTimeout>;
}

function spawnPdfWorker(): PdfWorkerPort {
  return new Worker(new URL('./pdf.worker.ts', import.meta.url), { type: 'module', name: 'pdf' });
}

const describe = (error: unknown): string => (error instanceof Error ? error.message : String(error));

function asRendered(reply: PdfWorkerReply): RenderedDocument {
  if (reply.type !== 'rendered') throw new Error('PDF生成失败：PDF生成组件的答复无法识别');
  return { pdf: new Uint8Array(reply.pdf), missingGlyphs: reply.missingGlyphs };
}

export function createPdfClient(options: PdfClientOptions = {}): PdfClient {
  const timeoutMs = options.timeoutMs ?? 30_000;
  const spawn = options.createWorker ?? spawnPdfWorker;
  const pending = new Map<number, Pending>();
  let nextId = 1;
  let worker: PdfWorkerPort | undefined;
  let disposed = false;

  function rejectAll(message: string): void {
    for (const request of pending.values()) {
      clearTimeout(request.timer);
      request.reject(new Error(message));
    }
    pending.clear();
  }

  function discardWorker(message: string): void {
    worker?.terminate();
    worker = undefined;
    rejectAll(message);
  }

  function settle(response: PdfWorkerResponse): void {
    const request = pending.get(response.id);
    if (!request) return; // already timed out or cancelled
    pending.delete(response.id);
    clearTimeout(request.timer);
    if (response.type === 'failed') request.reject(new Error(response.message));
    else request.resolve(response);
  }

  function ensureWorker(): PdfWorkerPort {
    if (worker) return worker;
    const created = spawn();
    // Events from a worker already discarded must not touch the requests of its successor.
    created.onmessage = (event) => {
      if (worker === created) settle(event.data);
    };
    created.onerror = (event) => {
      if (worker !== created) return;
      event.preventDefault();
      discardWorker(`PDF生成组件出错：${event.message || '组件无法加载'}`);
    };
    created.onmessageerror = () => {
      if (worker === created) discardWorker('PDF生成组件返回的数据无法读取');
    };
    created.postMessage({ type: 'init', fontUrls: options.fontUrls ?? defaultFontUrls() });
    worker = created;
    return created;
  }

  /**
   * Posts one render request built by `message` for a fresh id. `documentName` goes into the
   * clerk-facing messages ("受理回执生成超时…").
   */
  function request(documentName: string, dataName: string, message: (id: number) => PdfWorkerRequest): Promise<PdfWorkerReply> {
    if (disposed) return Promise.reject(new Error('PDF生成组件已关闭'));
    return new Promise((resolve, reject) => {
      let port: PdfWorkerPort;
      try {
        port = ensureWorker();
      } catch (error) {
        reject(new Error(`PDF生成组件无法启动：${describe(error)}`));
        return;
      }
      const id = nextId++;
      const timer = setTimeout(() => discardWorker(`${documentName}生成超时（超过${Math.round(timeoutMs / 1000)}秒），请重试`), timeoutMs);
      pending.set(id, { resolve, reject, timer });
      try {
        port.postMessage(message(id));
      } catch (error) {
        // DataCloneError: the data holds something that is not plain data.
        pending.delete(id);
        clearTimeout(timer);
        reject(new Error(`${dataName}数据无法传入PDF生成组件：${describe(error)}`));
      }
    });
  }

  async function renderReceipt(data: ReceiptData): Promise<Uint8Array> {
    const reply = await request(DOCUMENT_KIND_NAMES.receipt, '回执', (id) => ({ type: 'render-receipt', id, data }));
    return asRendered(reply).pdf;
  }

  async function renderDocumentWithReport<K extends DocumentKind>(kind: K, data: DocumentDataByKind[K]): Promise<RenderedDocument> {
    const name = DOCUMENT_KIND_NAMES[kind];
    // The mapped union cannot be narrowed from a generic K; kind and data are paired by the signature.
    return asRendered(await request(name, name, (id) => ({ type: 'render-document', id, kind, data }) as RenderDocumentRequest));
  }

  async function checkGlyphs<K extends DocumentKind>(kind: K, data: DocumentDataByKind[K]): Promise<string[]> {
    const name = DOCUMENT_KIND_NAMES[kind];
    const reply = await request(name, name, (id) => ({ type: 'check-glyphs', id, kind, data }) as CheckGlyphsRequest);
    if (reply.type !== 'glyphs-checked') throw new Error(`${name}字符检查失败：PDF生成组件的答复无法识别`);
    return reply.missingGlyphs;
  }

  // Start the worker now so the fonts download before the first print is asked for.
  try {
    ensureWorker();
  } catch {
    // Reported by the first render request, which tries again.
  }

  return {
    renderReceipt,
    renderDocument: async (kind, data) => (await renderDocumentWithReport(kind, data)).pdf,
    renderDocumentWithReport,
    checkGlyphs,
    renderScanPages: async (data) =>
      asRendered(await request('扫描件PDF', '扫描页面', (id) => ({ type: 'render-scan-pages', id, data }))).pdf,
    dispose() {
      disposed = true;
      discardWorker('PDF生成组件已关闭，回执生成已取消');
    },
  };
}

let appClient: PdfClient | undefined;

/** The app's one PDF client: one worker, fonts loaded once per session. */
export function appPdfClient(): PdfClient {
  appClient ??= createPdfClient();
  return appClient;
}
