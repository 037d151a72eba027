/**
 * The one way every document reaches paper:
 *
 *   document kind -> copy number and 文书编号 -> PDF made in the worker -> preview -> print or save
 *
 * A kind supplies only what differs (PrintableDocument): its print-log key, how it gets its
 * number (if it has one), the worker's input, its file name. This file does the first three
 * steps (renderForPrint); use-print-pipeline.tsx shows the preview, and send-pdf.ts hands
 * the bytes to the host. Adding a kind? Register its builder in
 * shared/documents/document-registry.ts, then write its PrintableDocument beside its button.
 */
import type { DocumentDataByKind, DocumentKind } from '../../../shared/documents/document-registry';
import { printLogRepo } from '../../data/print-log.repo';
import { appPdfClient } from '../../pdf/pdf-client';
import type { RenderedPrint } from './send-pdf';

/** What the pipeline settles for one copy before the document's data is built. */
export interface PrintFacts {
  printedAt: string;
  /** 1 for the original; a reprint says 补打 on the page and in the file name. */
  copyNumber: number;
  /** '' for a document that carries none. */
  documentNumber: string;
}

export interface PrintableDocument<K extends DocumentKind = DocumentKind> {
  kind: K;
  /** What the preview and the outcome line call it: 受理回执, 一次性告知书, a certificate's title. */
  title: string;
  /** Whose copies are counted together in the print log: the case's id, or e.g. a report's hall and day. */
  logKey: string;
  /** Issues the document's 文书编号 (the same one on every reprint); absent when it has none. */
  number?(printedAt: string): Promise<string>;
  /** The worker's input: plain data, built once copy number and 文书编号 are known. */
  data(facts: PrintFacts): DocumentDataByKind[K] | Promise<DocumentDataByKind[K]>;
  fileName(copyNumber: number): string;
  /** Runs once the PDF exists, before the preview: e.g. a certificate keeps what was typed. */
  rendered?(facts: PrintFacts): Promise<void>;
}

/** The usual file name: `stem.pdf`, a reprint `stem-补打2.pdf`. */
export function reprintFileName(stem: string, copyNumber: number): string {
  return copyNumber > 1 ? `${stem}-补打${copyNumber}.pdf` : `${stem}.pdf`;
}

export async function renderForPrint<K extends DocumentKind>(document: PrintableDocument<K>): Promise<RenderedPrint> {
  const printedAt = new Date().toISOString();
  const copyNumber = await printLogRepo.nextCopyNumber(document.logKey, document.kind);
  const documentNumber = document.number ? await document.number(printedAt) : '';
  const facts: PrintFacts = { printedAt, copyNumber, documentNumber };
  const { pdf, missingGlyphs } = await appPdfClient().renderDocumentWithReport(document.kind, await document.data(facts));
  await document.rendered?.(facts);
  return {
    caseId: document.logKey,
    kind: document.kind,
    fileName: document.fileName(copyNumber),
    pdf,
    copyNumber,
    printedAt,
    missingGlyphs,
  };
}
