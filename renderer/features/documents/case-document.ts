/**
 * One of a case's documents (告知书, 不予受理通知书, 材料接收清单, 办结通知书, 补正通知) as the
 * print pipeline takes it: its 文书编号 from the kind's sequence (none for the 材料接收清单),
 * its data built from the folded case (case-documents.ts), its file name.
 */
import { DOCUMENT_KIND_NAMES } from '../../../shared/documents/document-registry';
import type { Workstation } from '../../workstation/workstation-context';
import type { CaseRecord } from '../../data/db';
import { reprintFileName, type PrintableDocument } from '../printing/print-pipeline';
import { caseDocumentNumber } from './document-number-supply';
import { CASE_DOCUMENTS, type CaseDocumentKind, type CaseDocumentSpec } from './case-documents';
import { printInfo } from './issuer';

export function caseDocument<K extends CaseDocumentKind>(record: CaseRecord, kind: K, workstation: Workstation): PrintableDocument<K> {
  const spec: CaseDocumentSpec<K> = CASE_DOCUMENTS[kind];
  const name = DOCUMENT_KIND_NAMES[kind];
  return {
    kind,
    title: name,
    logKey: record.caseId,
    ...(spec.numberKind ? { number: caseDocumentNumber(record.caseId, kind, spec.numberKind, workstation) } : {}),
    data: ({ documentNumber, printedAt, copyNumber }) =>
      spec.build(record, workstation, { documentNumber, print: printInfo(workstation, printedAt, copyNumber) }),
    fileName: (copyNumber) => reprintFileName(`${name}-${record.caseNumber}`, copyNumber),
  };
}
