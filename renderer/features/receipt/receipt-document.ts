/**
 * The 受理回执 as the print pipeline takes it: its 文书编号 from the hall's 受 sequence (the
 * same on every reprint), and its data: the case, the QR the host seals, the printed limits.
 */
import type { ReceiptCase } from '../../../shared/documents/receipt/receipt-data';
import { nationalCaseNumberOf } from '../../../shared/domain/matter/matter-codes';
import { receiptVerifyUrl } from '../../../shared/domain/seal/receipt-verify-url';
import { printedLimitsFor } from '../../../shared/domain/matter/matter-limits';
import { receiptFileName } from '../../../shared/documents/receipt/receipt';
import { mattersByCode } from '../../catalog/catalog';
import { bridge, unwrap } from '../../bridge/bridge';
import type { CaseRecord } from '../../data/db';
import { caseDocumentNumber } from '../documents/document-number-supply';
import type { PrintableDocument } from '../printing/print-pipeline';
import type { Workstation } from '../../workstation/workstation-context';

function receiptCase(record: CaseRecord): ReceiptCase {
  const { caseNumber, queryPassword, matter, mode, routing, applicant, unit, agent, materials, acceptedAt, acceptedBy, promisedDate } =
    record;
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

export function receiptDocument(record: CaseRecord, workstation: Workstation): PrintableDocument<'receipt'> {
  const matter = mattersByCode.get(record.matter.code);
  if (!matter) throw new Error(`事项目录中找不到“${record.matter.name}”，无法打印回执`);
  return {
    kind: 'receipt',
    title: '受理回执',
    logKey: record.caseId,
    number: caseDocumentNumber(record.caseId, 'receipt', 'accept', workstation),
    async data({ printedAt, copyNumber, documentNumber }) {
      const { qr, verifyUrl } = unwrap(await bridge().sealReceipt({ caseNumber: record.caseNumber, queryPassword: record.queryPassword }));
      const { supervisionPhone, sealImage, progressQueryUrl } = workstation.documents;
      // A phone opens an address: the hall's query page if it has one, else its hub's public page.
      const scanned = progressQueryUrl ? receiptVerifyUrl(progressQueryUrl, qr) : (verifyUrl ?? qr);
      return {
        caseState: receiptCase(record),
        hall: { name: workstation.identity.hall.name, phone: workstation.identity.hall.phone },
        clerkName: workstation.identity.clerk,
        printedAt,
        copyNumber,
        sealedQr: scanned,
        timeLimits: printedLimitsFor(matter, record.mode),
        // The number the case opened with; a case opened before it was recorded gets it from the catalog the same way.
        ...optionalNationalNumber(
          record.nationalCaseNumber ?? nationalCaseNumberOf(matter.codes[record.routing.receiving.province], record.caseNumber),
        ),
        documentNumber,
        supervisionPhone,
        ...(sealImage ? { sealImage } : {}),
      };
    },
    fileName: (copyNumber) => receiptFileName(record.caseNumber, copyNumber),
  };
}
