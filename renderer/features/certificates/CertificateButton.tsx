/**
 * 打印证明 on the handling side once the result is issued, for matters whose catalog entry
 * names a certificate template: the form (CertificateFormModal), then the print preview,
 * then the printer — like the notices (CaseDocumentButtons). Reprints say 补打.
 */
import { Button, Space, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { CERTIFICATE_TITLES, type CertificateTemplate } from '../../../shared/documents/certificate-data';
import { useWorkstation } from '../../app/workstation-context';
import { mattersByCode } from '../../catalog/catalog';
import type { CaseRecord } from '../../data/db';
import { printLogRepo } from '../../data/print-log.repo';
import { describePrintOutcome, sendPdfToPrinter } from '../printing/send-pdf';
import { usePrintPreview } from '../printing/use-print-preview';
import { certificateTemplateFor } from './certificate-for-case';
import type { CertificateFormOutput } from './certificate-form-schemas';
import { certificatePrefill } from './certificate-prefill';
import { CertificateFormModal } from './CertificateFormModal';
import { makeCertificate } from './make-certificate';

type Outcome = { kind: 'ok' | 'warning' | 'error'; text: string };

export function CertificateButton({ record }: { record: CaseRecord }) {
  const template = certificateTemplateFor(record, mattersByCode.get(record.matter.code));
  return template ? <CertificatePrinter key={record.caseId} record={record} template={template} /> : null;
}

function CertificatePrinter({ record, template }: { record: CaseRecord; template: CertificateTemplate }) {
  const workstation = useWorkstation();
  const preview = usePrintPreview();
  const [formOpen, setFormOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const title = CERTIFICATE_TITLES[template];
  const printed = (useLiveQuery(() => printLogRepo.forCase(record.caseId), [record.caseId]) ?? []).some((entry) => entry.kind === 'certificate');
  // Taken once per case (the printer is keyed by case): the form keeps what the clerk typed between prints.
  const [defaults] = useState(() => certificatePrefill(template, record, workstation));

  const print = async (certificate: CertificateFormOutput) => {
    setFormOpen(false);
    setBusy(true);
    setOutcome(null);
    try {
      const job = await makeCertificate(record, certificate, workstation);
      const result = await preview.open({ title, pdf: job.pdf, missingGlyphs: job.missingGlyphs, onPrint: () => sendPdfToPrinter(job) });
      if (result) setOutcome(describePrintOutcome(title, result));
    } catch (error) {
      setOutcome({ kind: 'error', text: error instanceof Error ? error.message : String(error) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Space direction="vertical" size={4}>
      {preview.modal}
      <CertificateFormModal open={formOpen} template={template} defaults={defaults} onCancel={() => setFormOpen(false)} onSubmit={(certificate) => void print(certificate)} />
      <Button type="primary" loading={busy} onClick={() => setFormOpen(true)} data-testid="print-certificate">
        {printed ? `补打${title}` : `打印${title}`}
      </Button>
      {outcome && (
        <Typography.Text type={outcome.kind === 'ok' ? 'success' : outcome.kind === 'warning' ? 'warning' : 'danger'} data-testid="print-result-certificate">
          {outcome.text}
        </Typography.Text>
      )}
    </Space>
  );
}
