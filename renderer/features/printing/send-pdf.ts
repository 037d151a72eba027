/**
 * The last step of every print: the finished PDF goes to the host (which saves it and sends
 * it to the configured printer), and the print log records the copy with the exact bytes'
 * SHA-256, so a reprint can be told from the original and a paper copy traced to its file.
 */
import { PRINTS_FOLDER_LABEL, type PrintResult } from '../../../shared/bridge/print-channels';
import type { DocumentKind } from '../../../shared/documents/document-registry';
import { sha256HexOfBytes } from '../../../shared/util/sha256';
import { bridge, unwrap } from '../../bridge/bridge';
import { printLogRepo } from '../../data/print-log.repo';

export interface PdfToPrint {
  /** The case the document belongs to; '' for documents about no one case (日报表). */
  caseId: string;
  kind: DocumentKind;
  fileName: string;
  pdf: Uint8Array;
  copyNumber: number;
  printedAt: string;
}

/** A document made and ready for the preview: the job, and what its font could not draw. */
export type RenderedPrint = PdfToPrint & { missingGlyphs: readonly string[] };

export type PrintOutcome = PrintResult & { copyNumber: number };

export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  const chunk = 0x8000;
  for (let index = 0; index < bytes.length; index += chunk) {
    binary += String.fromCharCode(...bytes.subarray(index, index + chunk));
  }
  return btoa(binary);
}

export async function sendPdfToPrinter(job: PdfToPrint): Promise<PrintOutcome> {
  const result = unwrap(await bridge().printPdf({ fileName: job.fileName, pdfBase64: toBase64(job.pdf) }));
  await printLogRepo.record({
    caseId: job.caseId,
    kind: job.kind,
    copyNumber: job.copyNumber,
    sha256: await sha256HexOfBytes(job.pdf),
    bytes: job.pdf.byteLength,
    printedAt: job.printedAt,
    outcome: result.outcome,
    printer: result.printer,
    jobId: result.jobId,
  });
  return { ...result, copyNumber: job.copyNumber };
}

/** What the clerk reads after a print; `offerFolder`: show 打开文件夹 beside it. */
export interface PrintOutcomeText {
  kind: 'ok' | 'warning' | 'error';
  text: string;
  offerFolder: boolean;
}

/** Every message says where a saved file is in these words, never as a path. */
export const SAVED_IN_FOLDER = `已保存到“${PRINTS_FOLDER_LABEL}”文件夹`;

/** What the clerk reads after a print, in place: which printer, or why it was only saved. */
export function describePrintOutcome(documentName: string, outcome: PrintOutcome): PrintOutcomeText {
  const copy = outcome.copyNumber > 1 ? `（补打第${outcome.copyNumber}份）` : '';
  if (outcome.outcome === 'printed') {
    return {
      kind: 'ok',
      text: `${documentName}${copy}已发送到打印机“${outcome.printer}”（任务 ${outcome.jobId ?? '—'}）`,
      offerFolder: false,
    };
  }
  const why = outcome.notPrintedBecause === 'printer-not-chosen' ? '还没有选择打印机' : '这台电脑没有连接打印机';
  return { kind: 'warning', text: `${why}：${documentName}${copy}${SAVED_IN_FOLDER}，可稍后打印`, offerFolder: true };
}
