/**
 * Long-lived PDF worker: keeps PDF generation (0.1-0.4 s a receipt, seconds for the first
 * with the 2 x 10 MB font download and parse) off the main thread, so the clerk's screen
 * never freezes. Fonts are fetched once, from the URLs in the `init` message, and stay in
 * pdfmake's virtual file system for the worker's lifetime. Document definitions are built
 * here from the posted plain data. Every document is checked against the fonts' cmaps:
 * characters they cannot draw go back with the reply (`missingGlyphs`), never silently lost.
 */
import { DOCUMENT_FONT_FAMILY } from '../../shared/documents/font/document-font';
import { buildDocument, DOCUMENT_KIND_NAMES, isDocumentKind } from '../../shared/documents/document-registry';
import { buildReceiptDoc } from '../../shared/documents/receipt/receipt';
import { readGlyphCoverage } from '../../shared/documents/font/font-cmap';
import { buildScanPagesDoc } from '../../shared/documents/scan-pages-pdf';
import { findMissingGlyphs, inAllFonts, type HasGlyph } from '../../shared/documents/font/glyph-coverage';
import { DOCUMENT_TABLE_LAYOUTS } from '../../shared/documents/layout/table-layouts';
import type { CheckGlyphsRequest, DocumentFontUrls, PdfWorkerRequest, PdfWorkerResponse, RenderDocumentRequest } from './pdf-protocol';
import { pdfMake } from './pdfmake-browser';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';

/**
 * The members of DedicatedWorkerGlobalScope used here. The project compiles against the DOM
 * lib, which cannot be combined with the WebWorker lib in one program.
 */
interface PdfWorkerScope {
  onmessage: ((event: MessageEvent<PdfWorkerRequest>) => void) | null;
  postMessage(message: PdfWorkerResponse, transfer?: Transferable[]): void;
}
const scope = globalThis as unknown as PdfWorkerScope;

const REGULAR_FILE = 'NotoSansSC-Regular.ttf';
const BOLD_FILE = 'NotoSansSC-Bold.ttf';

let fontUrls: DocumentFontUrls | undefined;
/** Resolves to what the family can draw once both fonts are registered. */
let fontsReady: Promise<HasGlyph> | undefined;

async function fetchFont(url: string): Promise<Uint8Array> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch (error) {
    throw new Error(`字体文件无法下载：${url}（${String(error)}）`, { cause: error });
  }
  if (!response.ok) throw new Error(`字体文件下载失败（HTTP ${response.status}）：${url}`);
  return new Uint8Array(await response.arrayBuffer());
}

async function registerFonts(urls: DocumentFontUrls): Promise<HasGlyph> {
  const [regular, bold] = await Promise.all([fetchFont(urls.regular), fetchFont(urls.bold)]);
  // The lookups read the fetched bytes in place: no second parse of the 10 MB fonts.
  const coverage = inAllFonts(readGlyphCoverage(regular), readGlyphCoverage(bold));
  pdfMake.addVirtualFileSystem({ [REGULAR_FILE]: { data: regular }, [BOLD_FILE]: { data: bold } });
  pdfMake.setFonts({
    // Chinese documents use no italics; mapping them means a stray style cannot fail a print.
    [DOCUMENT_FONT_FAMILY]: { normal: REGULAR_FILE, bold: BOLD_FILE, italics: REGULAR_FILE, bolditalics: BOLD_FILE },
  });
  pdfMake.addTableLayouts(DOCUMENT_TABLE_LAYOUTS);
  return coverage;
}

/** Loads fonts once; after a failure the next request tries again instead of failing forever. */
function ensureFonts(): Promise<HasGlyph> {
  if (!fontUrls) return Promise.reject(new Error('PDF生成组件未初始化：缺少字体地址'));
  fontsReady ??= registerFonts(fontUrls).catch((error: unknown) => {
    fontsReady = undefined;
    throw error;
  });
  return fontsReady;
}

/**
 * pdfmake parses a font (10 MB of glyph tables) the first time a document uses it: about a
 * third of a second each. Doing it here, before any request, keeps that off the first print.
 */
async function warmUp(): Promise<void> {
  const doc: TDocumentDefinitions = {
    content: [{ text: '受理回执' }, { text: '受理回执', bold: true }],
    defaultStyle: { font: DOCUMENT_FONT_FAMILY },
  };
  await pdfMake.createPdf(doc).getBuffer();
}

/** A Buffer may view a larger pooled ArrayBuffer: transfer exactly the PDF's bytes. */
function ownArrayBuffer(bytes: Uint8Array): ArrayBuffer {
  const { buffer } = bytes;
  if (buffer instanceof ArrayBuffer && bytes.byteOffset === 0 && bytes.byteLength === buffer.byteLength) return buffer;
  return bytes.slice().buffer;
}

/**
 * Builds one document and answers with what `respond` makes of it; any failure goes back as
 * a message naming the document.
 */
async function answer(
  id: number,
  documentName: string,
  build: () => TDocumentDefinitions,
  respond: (doc: TDocumentDefinitions, missingGlyphs: string[]) => Promise<void>,
): Promise<void> {
  try {
    const hasGlyph = await ensureFonts();
    const doc = build();
    await respond(doc, findMissingGlyphs(doc, hasGlyph));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    scope.postMessage({ type: 'failed', id, message: `${documentName}生成失败：${reason}` });
  }
}

function render(id: number, documentName: string, build: () => TDocumentDefinitions): Promise<void> {
  return answer(id, documentName, build, async (doc, missingGlyphs) => {
    const pdf = ownArrayBuffer(await pdfMake.createPdf(doc).getBuffer());
    scope.postMessage({ type: 'rendered', id, pdf, missingGlyphs }, [pdf]);
  });
}

function checkGlyphs(id: number, documentName: string, build: () => TDocumentDefinitions): Promise<void> {
  return answer(id, documentName, build, (_doc, missingGlyphs) => {
    scope.postMessage({ type: 'glyphs-checked', id, missingGlyphs });
    return Promise.resolve();
  });
}

/** The kind arrives over postMessage: check it before trusting it as a registry key. */
function forKind(
  request: RenderDocumentRequest | CheckGlyphsRequest,
  run: (id: number, documentName: string, build: () => TDocumentDefinitions) => Promise<void>,
): Promise<void> {
  const kind: unknown = request.kind;
  if (!isDocumentKind(kind))
    return run(request.id, '文书', () => {
      throw new Error(`未知的文书类型：${String(kind)}`);
    });
  return run(request.id, DOCUMENT_KIND_NAMES[request.kind], () => buildDocument(request.kind, request.data));
}

scope.onmessage = (event) => {
  const request = event.data;
  switch (request.type) {
    case 'init':
      fontUrls = request.fontUrls;
      // Start downloading now so the first print does not wait, then render a throw-away
      // page so pdfmake parses both fonts while the clerk is still typing; a failure
      // surfaces (and is retried) with the first render request.
      ensureFonts()
        .then(warmUp)
        .catch(() => undefined);
      return;
    case 'render-receipt':
      void render(request.id, DOCUMENT_KIND_NAMES.receipt, () => buildReceiptDoc(request.data));
      return;
    case 'render-document':
      void forKind(request, render);
      return;
    case 'check-glyphs':
      void forKind(request, checkGlyphs);
      return;
    case 'render-scan-pages':
      void render(request.id, '扫描件PDF', () => buildScanPagesDoc(request.data));
      return;
  }
};
