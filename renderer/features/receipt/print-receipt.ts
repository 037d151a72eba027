/**
 * Prints the 受理回执: PDF made in the long-lived worker (main thread never blocks), then
 * handed to the host, which saves it and sends it to the printer (send-pdf.ts).
 */
import type { ReceiptCase } from '../../../shared/documents/receipt-data';
import { receiptFileName } from '../../../shared/documents/receipt';
import { mattersByCode } from '../../catalog/catalog';
import { bridge, unwrap } from '../../bridge/bridge';
import type { CaseRecord } from '../../data/db';
import { printLogRepo } from '../../data/print-log.repo';
import { appPdfClient } from '../../pdf/pdf-client';
import { sendPdfToPrinter, type PrintOutcome } from '../printing/send-pdf';
import type { Workstation } from '../../app/workstation-context';

function receiptCase(record: CaseRecord): ReceiptCase {
  const { caseNumber, queryPassword, matter, mode, routing, applicant, materials, acceptedAt, acceptedBy, promisedDate } = record;
  return { caseNumber, queryPassword, matter, mode, routing, applicant, materials, acceptedAt, acceptedBy, promisedDate };
}

export async function printReceipt(record: CaseRecord, workstation: Workstation): Promise<PrintOutcome> {
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
  return sendPdfToPrinter({ caseId: record.caseId, kind: 'receipt', fileName: receiptFileName(record.caseNumber, copyNumber), pdf, copyNumber, printedAt });
}
