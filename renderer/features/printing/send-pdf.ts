/**
 * The last step of every print: the finished PDF goes to the host (which saves it and sends
 * it to the configured printer), and the print log records the copy with the exact bytes'
 * SHA-256, so a reprint can be told from the original and a paper copy traced to its file.
 */
import type { PrintResult } from '../../../shared/bridge/contract';
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

/** What the clerk reads after a print, in place ("已发送到打印机…" or where it was saved). */
export function describePrintOutcome(documentName: string, outcome: PrintOutcome): { kind: 'ok' | 'warning'; text: string } {
  const copy = outcome.copyNumber > 1 ? `（补打第${outcome.copyNumber}份）` : '';
  return outcome.outcome === 'printed'
    ? { kind: 'ok', text: `${documentName}${copy}已发送到打印机“${outcome.printer}”（任务 ${outcome.jobId ?? '—'}）` }
    : { kind: 'warning', text: `未找到可用打印机，${documentName}${copy}已保存：${outcome.savedPath}` };
}
