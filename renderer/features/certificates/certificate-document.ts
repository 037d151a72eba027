/**
 * A certificate as the print pipeline takes it, from the form's data: the hall as the printer
 * (never as the issuer: no hall seal goes on a department's certificate), the 证明编号 the
 * clerk typed (kept with the form's data once the PDF exists, so a 补打 starts from it), and
 * the title in the file name.
 */
import { CERTIFICATE_TITLES, type CertificateData } from '../../../shared/documents/certificates/certificate-data';
import type { Workstation } from '../../workstation/workstation-context';
import type { CaseRecord } from '../../data/db';
import { issuedDocumentsRepo } from '../../data/issued-documents.repo';
import { printInfo } from '../documents/issuer';
import { reprintFileName, type PrintableDocument } from '../printing/print-pipeline';
import type { CertificateFormOutput } from './certificate-form-schemas';

export function certificateDocument(
  record: CaseRecord,
  certificate: CertificateFormOutput,
  workstation: Workstation,
): PrintableDocument<'certificate'> {
  const title = CERTIFICATE_TITLES[certificate.certificateTemplate];
  return {
    kind: 'certificate',
    title,
    logKey: record.caseId,
    data: ({ printedAt, copyNumber }): CertificateData => ({
      ...certificate,
      printedBy: workstation.identity.hall.name,
      print: printInfo(workstation, printedAt, copyNumber),
    }),
    fileName: (copyNumber) => reprintFileName(`${title}-${record.caseNumber}`, copyNumber),
    async rendered({ printedAt }) {
      await issuedDocumentsRepo.saveFormDocument(
        record.caseId,
        'certificate',
        certificate.certificateNumber,
        { ...certificate },
        printedAt,
      );
    },
  };
}
