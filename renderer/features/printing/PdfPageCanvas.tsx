/** One PDF page drawn on a canvas at a scale, sharp on high-density screens. */
import type { PDFDocumentProxy, RenderTask } from 'pdfjs-dist';
import { useEffect, useRef } from 'react';

interface PdfPageCanvasProps {
  document: PDFDocumentProxy;
  pageNumber: number;
  /** pdf.js scale: CSS px per PDF point. */
  scale: number;
  onError(error: unknown): void;
}

export function PdfPageCanvas({ document, pageNumber, scale, onError }: PdfPageCanvasProps) {
  const canvas = useRef<HTMLCanvasElement>(null);

  useEffect(() => {
    const target = canvas.current;
    if (!target) return;
    let task: RenderTask | undefined;
    let cancelled = false;
    void (async () => {
      try {
        const page = await document.getPage(pageNumber);
        if (cancelled) return;
        const pixelRatio = window.devicePixelRatio || 1;
        const viewport = page.getViewport({ scale: scale * pixelRatio });
        target.width = Math.floor(viewport.width);
        target.height = Math.floor(viewport.height);
        target.style.width = `${Math.floor(viewport.width / pixelRatio)}px`;
        target.style.height = `${Math.floor(viewport.height / pixelRatio)}px`;
        task = page.render({ canvas: target, viewport });
        await task.promise;
        target.dataset.rendered = 'true';
      } catch (error) {
        // A zoom change cancels the draw in progress; that is not a failure.
        if (!cancelled && !(error instanceof Error && error.name === 'RenderingCancelledException')) onError(error);
      }
    })();
    return () => {
      cancelled = true;
      task?.cancel();
      delete target.dataset.rendered;
    };
  }, [document, pageNumber, scale, onError]);

  return (
    <canvas
      ref={canvas}
      data-testid="preview-page"
      aria-label={`第${pageNumber}页`}
      style={{ display: 'block', margin: '0 auto 12px', background: '#fff', boxShadow: '0 1px 4px rgba(0,0,0,0.3)' }}
    />
  );
}
