/**
 * Prints the 受理回执: PDF made in the long-lived worker (main thread never blocks), then
 * handed to the host, which saves it and sends it to the printer.
 */
import type { PrintResult } from '../../../shared/bridge/contract';
import type { ReceiptCase } from '../../../shared/documents/receipt-data';
import { receiptFileName } from '../../../shared/documents/receipt';
import { mattersByCode } from '../../catalog/catalog';
import { bridge, unwrap } from '../../bridge/bridge';
import type { CaseRecord } from '../../data/db';
import { printLogRepo } from '../../data/print-log.repo';
import { sha256HexOfBytes } from '../../../shared/util/sha256';
import { appPdfClient } from '../../pdf/pdf-client';
import type { Workstation } from '../../app/workstation-context';

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  const chunk = 0x8000;
  for (let index = 0; index < bytes.length; index += chunk) {
    binary += String.fromCharCode(...bytes.subarray(index, index + chunk));
  }
  return btoa(binary);
}

function receiptCase(record: CaseRecord): ReceiptCase {
  const { caseNumber, queryPassword, matter, mode, routing, applicant, materials, acceptedAt, acceptedBy, promisedDate } = record;
  return { caseNumber, queryPassword, matter, mode, routing, applicant, materials, acceptedAt, acceptedBy, promisedDate };
}

export async function printReceipt(record: CaseRecord, workstation: Workstation): Promise<PrintResult & { copyNumber: number }> {
  const matter = mattersByCode.get(record.matter.code);
  if (!matter) throw new Error(`事项目录中找不到“${record.matter.name}”，无法打印回执`);
  const copyNumber = await printLogRepo.nextCopyNumber(record.caseId, 'receipt');
  const { qr } = unwrap(await bridge().sealReceipt({ caseNumber: record.caseNumber, queryPassword: record.queryPassword }));
  const printedAt = new Date().toISOString();
  const pdf = await appPdfClient().renderReceipt({
    caseState: receiptCase(record),
    hall: { name: workstation.identity.hall.name, phone: workstation.identity.hall.phone },
    clerkName: workstation.identity.clerk,
    printedAt,
    copyNumber,
    sealedQr: qr,
    timeLimits: { legal: matter.legalLimit, promised: matter.promisedLimit },
  });
  const result = unwrap(await bridge().printPdf({ fileName: receiptFileName(record.caseNumber, copyNumber), pdfBase64: toBase64(pdf) }));
  await printLogRepo.record({
    caseId: record.caseId,
    kind: 'receipt',
    copyNumber,
    sha256: await sha256HexOfBytes(pdf),
    bytes: pdf.byteLength,
    printedAt,
    outcome: result.outcome,
    printer: result.printer,
    jobId: result.jobId,
  });
  return { ...result, copyNumber };
}
