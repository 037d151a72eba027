/**
 * The print flow every document button shares (print-pipeline.ts is the rest of it): make the
 * PDF, show it in the preview, and on 打印 send it where the host says: asking the clerk
 * once which printer when the computer has several and none is the default. One line then
 * says where the copy went (a toast would vanish mid-queue).
 *
 *   const printing = usePrintPipeline();
 *   <Button loading={printing.busy} onClick={() => void printing.print(() => receiptDocument(record, workstation))} />
 *   {printing.modal}
 *   <PrintOutcomeLine outcome={printing.outcome} testId="print-result-…" />
 */
import { useCallback, useRef, useState } from 'react';
import type { PrinterList } from '../../../shared/bridge/print-channels';
import type { DocumentKind } from '../../../shared/documents/document-registry';
import { bridge, unwrap } from '../../bridge/bridge';
import { PrinterChoiceModal } from './PrinterChoiceModal';
import { renderForPrint, type PrintableDocument } from './print-pipeline';
import { describePrintOutcome, sendPdfToPrinter, SAVED_IN_FOLDER, type PrintOutcomeText, type RenderedPrint } from './send-pdf';
import { usePrintPreview } from './use-print-preview';

/** "Which printer?" as a promise: the printer's name, or null when the clerk declines. */
function usePrinterChoice() {
  const [printers, setPrinters] = useState<PrinterList['printers'] | null>(null);
  const answer = useRef<((printer: string | null) => void) | null>(null);
  const ask = useCallback(
    (choices: PrinterList['printers']) =>
      new Promise<string | null>((resolve) => {
        answer.current = resolve;
        setPrinters(choices);
      }),
    [],
  );
  const settle = (printer: string | null) => {
    setPrinters(null);
    answer.current?.(printer);
    answer.current = null;
  };
  const modal = <PrinterChoiceModal printers={printers} onChoose={settle} onCancel={() => settle(null)} />;
  return { ask, modal };
}

export function usePrintPipeline() {
  const preview = usePrintPreview();
  const choice = usePrinterChoice();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<PrintOutcomeText | null>(null);

  /** Settles the printer first where the host cannot, then prints (or saves) the job. */
  const send = async (job: RenderedPrint) => {
    const destination = unwrap(await bridge().printDestination({}));
    if (destination.kind === 'choose') {
      const printer = await choice.ask(destination.printers);
      if (!printer) throw new Error('没有选择打印机，文书未打印，也未保存');
      unwrap(await bridge().choosePrinter({ printer }));
    }
    return sendPdfToPrinter(job);
  };

  /** `make` names the document; a failure anywhere is shown on the outcome line in Chinese. */
  const print = async <K extends DocumentKind>(make: () => PrintableDocument<K> | Promise<PrintableDocument<K>>): Promise<void> => {
    setBusy(true);
    setOutcome(null);
    try {
      const document = await make();
      const job = await renderForPrint(document);
      // Busy means "making the PDF": once the preview shows it, the button behind rests.
      setBusy(false);
      const result = await preview.open({
        title: document.title,
        pdf: job.pdf,
        missingGlyphs: job.missingGlyphs,
        onPrint: () => send(job),
      });
      if (result) setOutcome(describePrintOutcome(document.title, result));
    } catch (error) {
      const text = error instanceof Error ? error.message : String(error);
      setOutcome({ kind: 'error', text, offerFolder: text.includes(SAVED_IN_FOLDER) });
    } finally {
      setBusy(false);
    }
  };

  return {
    busy,
    outcome,
    print,
    modal: (
      <>
        {preview.modal}
        {choice.modal}
      </>
    ),
  };
}
