/**
 * 打印证明 on the handling side once the result is issued, for matters whose catalog entry
 * names a certificate template: the form (CertificateFormModal), then the print pipeline
 * like every document (preview, printer). Reprints say 补打.
 */
import { Button, Space } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { CERTIFICATE_TITLES } from '../../../shared/documents/certificates/certificate-data';
import { type CertificateTemplate } from '../../../shared/domain/matter/certificate-templates';
import { useWorkstation } from '../../workstation/workstation-context';
import { mattersByCode } from '../../catalog/catalog';
import type { CaseRecord, IssuedDocumentRecord } from '../../data/db';
import { issuedDocumentsRepo } from '../../data/issued-documents.repo';
import { printLogRepo } from '../../data/print-log.repo';
import { PrintOutcomeLine } from '../printing/PrintOutcomeLine';
import { usePrintPipeline } from '../printing/use-print-pipeline';
import { certificateTemplateFor } from './certificate-for-case';
import type { FormValues } from './certificate-form-fields';
import type { CertificateFormOutput } from './certificate-form-schemas';
import { certificatePrefill } from './certificate-prefill';
import { CertificateFormModal } from './CertificateFormModal';
import { certificateDocument } from './certificate-document';

const LOADING = 'loading' as const;

/** The stored form data of this template, as the form's starting values. */
function storedFormValues(stored: IssuedDocumentRecord | null, template: CertificateTemplate): FormValues | undefined {
  const data = stored?.formData;
  return data && data.certificateTemplate === template ? { ...data, certificateTemplate: template } : undefined;
}

export function CertificateButton({ record }: { record: CaseRecord }) {
  const template = certificateTemplateFor(record, mattersByCode.get(record.matter.code));
  return template ? <CertificatePrinter key={record.caseId} record={record} template={template} /> : null;
}

function CertificatePrinter({ record, template }: { record: CaseRecord; template: CertificateTemplate }) {
  // What was printed last time, if anything: a 补打 starts from it rather than from the case.
  const stored = useLiveQuery(async () => (await issuedDocumentsRepo.get(record.caseId, 'certificate')) ?? null, [record.caseId], LOADING);
  return stored === LOADING ? null : <LoadedCertificatePrinter record={record} template={template} stored={stored} />;
}

function LoadedCertificatePrinter({
  record,
  template,
  stored,
}: {
  record: CaseRecord;
  template: CertificateTemplate;
  stored: IssuedDocumentRecord | null;
}) {
  const workstation = useWorkstation();
  const [formOpen, setFormOpen] = useState(false);
  const title = CERTIFICATE_TITLES[template];
  const printing = usePrintPipeline();
  const printed = (useLiveQuery(() => printLogRepo.forCase(record.caseId), [record.caseId]) ?? []).some(
    (entry) => entry.kind === 'certificate',
  );
  // Taken once: the form then keeps what the clerk types between prints.
  const [defaults] = useState(() => storedFormValues(stored, template) ?? certificatePrefill(template, record));

  const print = (certificate: CertificateFormOutput) => {
    setFormOpen(false);
    void printing.print(() => certificateDocument(record, certificate, workstation));
  };

  return (
    <Space direction="vertical" size={4}>
      {printing.modal}
      <CertificateFormModal open={formOpen} template={template} defaults={defaults} onCancel={() => setFormOpen(false)} onSubmit={print} />
      <Button type="primary" loading={printing.busy} onClick={() => setFormOpen(true)} data-testid="print-certificate">
        {printed ? `补打${title}` : `打印${title}`}
      </Button>
      <PrintOutcomeLine outcome={printing.outcome} testId="print-result-certificate" />
    </Space>
  );
}
