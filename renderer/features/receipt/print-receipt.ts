/**
 * Prepares the 受理回执 for preview and printing: its 文书编号 (issued on the first print,
 * reused by every reprint), the sealed QR, then the PDF made in the long-lived worker (main
 * thread never blocks). Printing is a separate step (send-pdf.ts), taken after the preview.
 */
import type { ReceiptCase } from '../../../shared/documents/receipt/receipt-data';
import { nationalCaseNumberOf } from '../../../shared/domain/matter/matter-codes';
import { receiptVerifyUrl } from '../../../shared/domain/seal/receipt-verify-url';
import { printedLimitsFor } from '../../../shared/domain/matter/matter-limits';
import { receiptFileName } from '../../../shared/documents/receipt/receipt';
import { chinaDate } from '../../../shared/domain/calendar/working-days';
import { mattersByCode } from '../../catalog/catalog';
import { bridge, unwrap } from '../../bridge/bridge';
import type { CaseRecord } from '../../data/db';
import { issueDocumentNumber } from '../documents/document-number-supply';
import { printLogRepo } from '../../data/print-log.repo';
import { appPdfClient } from '../../pdf/pdf-client';
import type { RenderedPrint } from '../printing/send-pdf';
import type { Workstation } from '../../workstation/workstation-context';

function receiptCase(record: CaseRecord): ReceiptCase {
  const { caseNumber, queryPassword, matter, mode, routing, applicant, unit, agent, materials, acceptedAt, acceptedBy, promisedDate } = record;
  return {
    caseNumber,
    queryPassword,
    matter,
    mode,
    routing,
    applicant,
    ...(unit ? { unit } : {}),
    ...(agent ? { agent } : {}),
    materials,
    acceptedAt,
    acceptedBy,
    promisedDate,
  };
}

const optionalNationalNumber = (value: string | undefined) => (value ? { nationalCaseNumber: value } : {});

/** The receipt's 文书编号: the one issued for this case before, or the next in this year's 受 sequence. */
function receiptDocumentNumber(record: CaseRecord, workstation: Workstation, now: string): Promise<string> {
  return issueDocumentNumber({
    caseId: record.caseId,
    kind: 'receipt',
    numberKind: 'accept',
    hallCode: workstation.identity.hall.code,
    issuerShortName: workstation.documents.issuerShortName,
    year: Number(chinaDate(new Date(now)).slice(0, 4)),
    issuedAt: now,
  });
}

export async function renderReceipt(record: CaseRecord, workstation: Workstation): Promise<RenderedPrint> {
  const matter = mattersByCode.get(record.matter.code);
  if (!matter) throw new Error(`事项目录中找不到“${record.matter.name}”，无法打印回执`);
  const printedAt = new Date().toISOString();
  const copyNumber = await printLogRepo.nextCopyNumber(record.caseId, 'receipt');
  const documentNumber = await receiptDocumentNumber(record, workstation, printedAt);
  const { qr, verifyUrl } = unwrap(await bridge().sealReceipt({ caseNumber: record.caseNumber, queryPassword: record.queryPassword }));
  const { supervisionPhone, sealImage, progressQueryUrl } = workstation.documents;
  // A phone opens an address: the hall's query page if it has one, else its hub's public page.
  const scanned = progressQueryUrl ? receiptVerifyUrl(progressQueryUrl, qr) : (verifyUrl ?? qr);
  const { pdf, missingGlyphs } = await appPdfClient().renderDocumentWithReport('receipt', {
    caseState: receiptCase(record),
    hall: { name: workstation.identity.hall.name, phone: workstation.identity.hall.phone },
    clerkName: workstation.identity.clerk,
    printedAt,
    copyNumber,
    sealedQr: scanned,
    timeLimits: printedLimitsFor(matter, record.mode),
    // The number the case opened with; a case opened before it was recorded gets it from the catalog the same way.
    ...optionalNationalNumber(record.nationalCaseNumber ?? nationalCaseNumberOf(matter.codes[record.routing.receiving.province], record.caseNumber)),
    documentNumber,
    supervisionPhone,
    ...(sealImage ? { sealImage } : {}),
  });
  return { caseId: record.caseId, kind: 'receipt', fileName: receiptFileName(record.caseNumber, copyNumber), pdf, copyNumber, printedAt, missingGlyphs };
}
