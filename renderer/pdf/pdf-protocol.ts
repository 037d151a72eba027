/**
 * Messages between the renderer and the PDF worker. Everything here is structured-clone
 * data: the worker builds document definitions itself, because pdfmake definitions with
 * functions cannot be posted. Adding a document? Add it to shared/documents/document-registry.ts;
 * render-document carries every registered kind, so nothing here changes.
 */
import type { DocumentDataByKind, DocumentKind } from '../../shared/documents/document-registry';
import type { ReceiptData } from '../../shared/documents/receipt/receipt-data';
import type { ScanPagesData } from '../../shared/documents/scan-pages-pdf';

/** Absolute URLs of the two Noto Sans SC TTFs, fetched once by the worker. */
export interface DocumentFontUrls {
  regular: string;
  bold: string;
}

/** One request per kind, so `data` is checked against its `kind`. */
export type RenderDocumentRequest = {
  [K in DocumentKind]: { type: 'render-document'; id: number; kind: K; data: DocumentDataByKind[K] };
}[DocumentKind];

/** Builds the document and answers with the characters the font lacks, without rendering. */
export type CheckGlyphsRequest = {
  [K in DocumentKind]: { type: 'check-glyphs'; id: number; kind: K; data: DocumentDataByKind[K] };
}[DocumentKind];

export type PdfWorkerRequest =
  | { type: 'init'; fontUrls: DocumentFontUrls }
  /** Kept for the app's existing receipt path; the same as render-document with kind 'receipt'. */
  | { type: 'render-receipt'; id: number; data: ReceiptData }
  | RenderDocumentRequest
  | CheckGlyphsRequest
  /** Pages captured with the document camera, one PDF (a scanned material, not a 文书). */
  | { type: 'render-scan-pages'; id: number; data: ScanPagesData };

/**
 * `missingGlyphs`: the distinct characters of the document that Noto Sans SC cannot draw
 * (they are missing from the PDF); empty when everything prints.
 */
export type PdfWorkerResponse =
  /** `pdf` is transferred, not copied. */
  | { type: 'rendered'; id: number; pdf: ArrayBuffer; missingGlyphs: string[] }
  | { type: 'glyphs-checked'; id: number; missingGlyphs: string[] }
  | { type: 'failed'; id: number; message: string };
