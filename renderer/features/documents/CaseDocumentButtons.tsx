/**
 * A print button for each document this case has at this window (告知书, 不予受理通知书,
 * 材料接收清单, 办结通知书): made, shown in the print preview, printed on 打印, and each
 * saying in place where its last copy went.
 */
import { Button, Space, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { DOCUMENT_KIND_NAMES } from '../../../shared/documents/document-registry';
import { useWorkstation } from '../../app/workstation-context';
import type { CaseRecord } from '../../data/db';
import { printLogRepo } from '../../data/print-log.repo';
import { describePrintOutcome, sendPdfToPrinter } from '../printing/send-pdf';
import { usePrintPreview } from '../printing/use-print-preview';
import { documentsFor, type CaseDocumentKind } from './case-documents';
import { makeCaseDocument } from './print-case-document';

type Outcome = { kind: 'ok' | 'warning' | 'error'; text: string };

export function CaseDocumentButtons({ record, primary }: { record: CaseRecord; primary?: CaseDocumentKind }) {
  const kinds = documentsFor(record);
  if (kinds.length === 0) return null;
  return (
    <Space wrap align="start" data-testid="case-documents">
      {kinds.map((kind) => (
        <PrintDocumentButton key={kind} record={record} kind={kind} primary={kind === primary} />
      ))}
    </Space>
  );
}

function PrintDocumentButton({ record, kind, primary }: { record: CaseRecord; kind: CaseDocumentKind; primary: boolean }) {
  const workstation = useWorkstation();
  const preview = usePrintPreview();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const name = DOCUMENT_KIND_NAMES[kind];
  const printed = (useLiveQuery(() => printLogRepo.forCase(record.caseId), [record.caseId]) ?? []).some((entry) => entry.kind === kind);

  const print = async () => {
    setBusy(true);
    setOutcome(null);
    try {
      const job = await makeCaseDocument(record, kind, workstation);
      const result = await preview.open({ title: name, pdf: job.pdf, missingGlyphs: job.missingGlyphs, onPrint: () => sendPdfToPrinter(job) });
      if (result) setOutcome(describePrintOutcome(name, result));
    } catch (error) {
      setOutcome({ kind: 'error', text: error instanceof Error ? error.message : String(error) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Space direction="vertical" size={4}>
      {preview.modal}
      <Button type={primary ? 'primary' : 'default'} loading={busy} onClick={() => void print()} data-testid={`print-${kind}`}>
        {printed ? `补打${name}` : `打印${name}`}
      </Button>
      {outcome && (
        <Typography.Text type={outcome.kind === 'ok' ? 'success' : outcome.kind === 'warning' ? 'warning' : 'danger'} data-testid={`print-result-${kind}`}>
          {outcome.text}
        </Typography.Text>
      )}
    </Space>
  );
}
