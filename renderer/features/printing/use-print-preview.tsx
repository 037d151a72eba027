/**
 * Print preview for any document. Usage:
 *
 *   const preview = usePrintPreview();
 *   …
 *   const outcome = await preview.open({
 *     title: '一次性告知书',
 *     pdf,                                   // the finished PDF bytes
 *     onPrint: () => sendPdfToPrinter(job),  // runs when the clerk presses 打印
 *   });
 *   // outcome: what onPrint resolved with, or null when the clerk pressed 取消.
 *   // If onPrint throws, the dialog closes and open() rejects with that error.
 *   …
 *   return <>{preview.modal}<Button …/></>;  // render the modal once, anywhere in the component
 *
 * The dialog keeps 打印 busy while onPrint runs. Opening another preview while one is open
 * cancels the first (its open() resolves null).
 */
import { useCallback, useRef, useState, type ReactNode } from 'react';
import { PrintPreviewModal } from './PrintPreviewModal';

export interface PrintPreviewRequest<T> {
  title: string;
  pdf: Uint8Array;
  /** Characters the document holds but the font cannot draw: shown, and confirmed before 打印. */
  missingGlyphs?: readonly string[];
  onPrint(): Promise<T>;
}

export interface PrintPreview {
  open<T>(request: PrintPreviewRequest<T>): Promise<T | null>;
  modal: ReactNode;
}

interface Showing {
  request: PrintPreviewRequest<unknown>;
  settle(outcome: { printed: unknown } | { cancelled: true } | { failed: unknown }): void;
}

const NO_GLYPHS: readonly string[] = [];

export function usePrintPreview(): PrintPreview {
  const [showing, setShowing] = useState<Showing | null>(null);
  const [printing, setPrinting] = useState(false);
  const current = useRef<Showing | null>(null);

  const open = useCallback(<T,>(request: PrintPreviewRequest<T>) => {
    current.current?.settle({ cancelled: true });
    return new Promise<T | null>((resolve, reject) => {
      const entry: Showing = {
        request,
        settle(outcome) {
          if (current.current !== entry) return;
          current.current = null;
          setShowing(null);
          setPrinting(false);
          if ('printed' in outcome) resolve(outcome.printed as T);
          else if ('failed' in outcome) reject(outcome.failed instanceof Error ? outcome.failed : new Error(String(outcome.failed)));
          else resolve(null);
        },
      };
      current.current = entry;
      setPrinting(false);
      setShowing(entry);
    });
  }, []);

  const print = () => {
    const entry = current.current;
    if (!entry) return;
    setPrinting(true);
    entry.request.onPrint().then(
      (printed) => entry.settle({ printed }),
      (failed: unknown) => entry.settle({ failed }),
    );
  };

  const modal = (
    <PrintPreviewModal
      open={showing !== null}
      title={showing?.request.title ?? ''}
      pdf={showing?.request.pdf ?? null}
      missingGlyphs={showing?.request.missingGlyphs ?? NO_GLYPHS}
      printing={printing}
      onPrint={print}
      onCancel={() => current.current?.settle({ cancelled: true })}
    />
  );

  return { open, modal };
}
