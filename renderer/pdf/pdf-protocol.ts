/**
 * Messages between the renderer and the PDF worker. Everything here is structured-clone
 * data: the worker builds document definitions itself, because pdfmake definitions with
 * functions cannot be posted. Adding a document? Also: a request type here, a case in the
 * worker's dispatch, and a method on PdfClient.
 */
import type { ReceiptData } from '../../shared/documents/receipt-data';

/** Absolute URLs of the two Noto Sans SC TTFs, fetched once by the worker. */
export interface DocumentFontUrls {
  regular: string;
  bold: string;
}

export type PdfWorkerRequest =
  | { type: 'init'; fontUrls: DocumentFontUrls }
  | { type: 'render-receipt'; id: number; data: ReceiptData };

export type PdfWorkerResponse =
  /** `pdf` is transferred, not copied. */
  | { type: 'rendered'; id: number; pdf: ArrayBuffer }
  | { type: 'failed'; id: number; message: string };
