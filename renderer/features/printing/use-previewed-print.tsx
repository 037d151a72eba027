/**
 * The print flow every document button shares: make the PDF, show it in the preview, send it
 * on 打印, and keep one line saying where it went (a toast would vanish mid-queue).
 *
 *   const printing = usePreviewedPrint('一次性告知书');
 *   <Button loading={printing.busy} onClick={() => void printing.run(() => makeIt())} />
 *   {printing.modal}
 *   <PrintOutcomeLine outcome={printing.outcome} testId="print-result-…" />
 */
import { Typography } from 'antd';
import { useState } from 'react';
import { describePrintOutcome, sendPdfToPrinter, type RenderedPrint } from './send-pdf';
import { usePrintPreview } from './use-print-preview';

export type PrintOutcomeText = { kind: 'ok' | 'warning' | 'error'; text: string };

export function usePreviewedPrint(documentName: string) {
  const preview = usePrintPreview();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<PrintOutcomeText | null>(null);

  /** `make` renders the document; a failure anywhere is shown on the outcome line in Chinese. */
  const run = async (make: () => Promise<RenderedPrint>): Promise<void> => {
    setBusy(true);
    setOutcome(null);
    try {
      const job = await make();
      const result = await preview.open({ title: documentName, pdf: job.pdf, missingGlyphs: job.missingGlyphs, onPrint: () => sendPdfToPrinter(job) });
      if (result) setOutcome(describePrintOutcome(documentName, result));
    } catch (error) {
      setOutcome({ kind: 'error', text: error instanceof Error ? error.message : String(error) });
    } finally {
      setBusy(false);
    }
  };

  return { busy, outcome, run, modal: preview.modal };
}

export function PrintOutcomeLine({ outcome, testId }: { outcome: PrintOutcomeText | null; testId: string }) {
  if (!outcome) return null;
  return (
    <Typography.Text type={outcome.kind === 'ok' ? 'success' : outcome.kind === 'warning' ? 'warning' : 'danger'} data-testid={testId}>
      {outcome.text}
    </Typography.Text>
  );
}
