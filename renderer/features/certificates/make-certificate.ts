/**
 * Makes a certificate from the form's data: the copy number from the print log (a reprint
 * says 补打 on the page and in the file name), the hall as the printer (never as the issuer:
 * no hall seal goes on a department's certificate), and the PDF from the
 * long-lived worker with the characters its font could not draw. Sending it to the printer
 * is the caller's step, after the preview, through sendPdfToPrinter.
 */
import { CERTIFICATE_TITLES, type CertificateData } from '../../../shared/documents/certificates/certificate-data';
import type { Workstation } from '../../workstation/workstation-context';
import type { CaseRecord } from '../../data/db';
import { printLogRepo } from '../../data/print-log.repo';
import { appPdfClient } from '../../pdf/pdf-client';
import { printInfo } from '../documents/issuer';
import type { RenderedPrint } from '../printing/send-pdf';
import type { CertificateFormOutput } from './certificate-form-schemas';

export async function makeCertificate(record: CaseRecord, certificate: CertificateFormOutput, workstation: Workstation): Promise<RenderedPrint> {
  const printedAt = new Date().toISOString();
  const copyNumber = await printLogRepo.nextCopyNumber(record.caseId, 'certificate');
  const data: CertificateData = {
    ...certificate,
    printedBy: workstation.identity.hall.name,
    print: printInfo(workstation, printedAt, copyNumber),
  };
  const { pdf, missingGlyphs } = await appPdfClient().renderDocumentWithReport('certificate', data);
  const copy = copyNumber > 1 ? `-补打${copyNumber}` : '';
  const fileName = `${CERTIFICATE_TITLES[certificate.certificateTemplate]}-${record.caseNumber}${copy}.pdf`;
  return { caseId: record.caseId, kind: 'certificate', fileName, pdf, copyNumber, printedAt, missingGlyphs };
}
