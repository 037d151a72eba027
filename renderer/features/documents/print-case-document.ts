/**
 * Makes one of a case's documents: the 文书编号 issued on first print and reused on every
 * reprint, the copy number from the print log, the PDF from the long-lived worker with the
 * characters its font could not draw. Sending it to the printer is the caller's step (after
 * the preview), through sendPdfToPrinter.
 */
import { DOCUMENT_KIND_NAMES } from '../../../shared/documents/document-registry';
import { chinaDate } from '../../../shared/domain/calendar/working-days';
import type { Workstation } from '../../workstation/workstation-context';
import type { CaseRecord } from '../../data/db';
import { printLogRepo } from '../../data/print-log.repo';
import { appPdfClient } from '../../pdf/pdf-client';
import type { RenderedPrint } from '../printing/send-pdf';
import { issueDocumentNumber } from './document-number-supply';
import { CASE_DOCUMENTS, type CaseDocumentKind, type CaseDocumentSpec } from './case-documents';
import { printInfo } from './issuer';

export async function makeCaseDocument<K extends CaseDocumentKind>(record: CaseRecord, kind: K, workstation: Workstation): Promise<RenderedPrint> {
  const spec: CaseDocumentSpec<K> = CASE_DOCUMENTS[kind];
  const now = new Date();
  const printedAt = now.toISOString();
  const documentNumber = spec.numberKind
    ? await issueDocumentNumber({
        caseId: record.caseId,
        kind,
        numberKind: spec.numberKind,
        hallCode: workstation.identity.hall.code,
        issuerShortName: workstation.documents.issuerShortName,
        year: Number(chinaDate(now).slice(0, 4)),
        issuedAt: printedAt,
      })
    : '';
  const copyNumber = await printLogRepo.nextCopyNumber(record.caseId, kind);
  const data = spec.build(record, workstation, { documentNumber, print: printInfo(workstation, printedAt, copyNumber) });
  const { pdf, missingGlyphs } = await appPdfClient().renderDocumentWithReport(kind, data);
  const copy = copyNumber > 1 ? `-补打${copyNumber}` : '';
  return { caseId: record.caseId, kind, fileName: `${DOCUMENT_KIND_NAMES[kind]}-${record.caseNumber}${copy}.pdf`, pdf, copyNumber, printedAt, missingGlyphs };
}
