import { Button, Space, Typography, type ButtonProps } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { printLogRepo } from '../../data/print-log.repo';
import type { CaseRecord } from '../../data/db';
import { useWorkstation } from '../../app/workstation-context';
import { describePrintOutcome, sendPdfToPrinter } from '../printing/send-pdf';
import { usePrintPreview } from '../printing/use-print-preview';
import { renderReceipt } from './print-receipt';

type Outcome = { kind: 'ok' | 'warning' | 'error'; text: string };

/**
 * Renders the receipt, shows it in the print preview, and prints it when the clerk confirms;
 * says, in place, where it went (a toast would vanish mid-queue).
 */
export function PrintReceiptButton({ record, type }: { record: CaseRecord; type?: ButtonProps['type'] }) {
  const workstation = useWorkstation();
  const preview = usePrintPreview();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const printed = (useLiveQuery(() => printLogRepo.forCase(record.caseId), [record.caseId]) ?? []).some((entry) => entry.kind === 'receipt');

  const print = async () => {
    setBusy(true);
    setOutcome(null);
    try {
      const job = await renderReceipt(record, workstation);
      const result = await preview.open({ title: '受理回执', pdf: job.pdf, missingGlyphs: job.missingGlyphs, onPrint: () => sendPdfToPrinter(job) });
      if (result) setOutcome(describePrintOutcome('受理回执', result));
    } catch (error) {
      setOutcome({ kind: 'error', text: error instanceof Error ? error.message : String(error) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Space direction="vertical" size={4}>
      {preview.modal}
      <Button type={type} loading={busy} onClick={() => void print()}>
        {printed ? '补打受理回执' : '打印受理回执'}
      </Button>
      {outcome && (
        <Typography.Text type={outcome.kind === 'ok' ? 'success' : outcome.kind === 'warning' ? 'warning' : 'danger'} data-testid="print-result">
          {outcome.text}
        </Typography.Text>
      )}
    </Space>
  );
}
