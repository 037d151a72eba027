/**
 * The pages of a PDF drawn with pdf.js, with the page count and zoom (fit width, 100%,
 * smaller, larger): the body of the print preview and of the scan viewer.
 */
import { Alert, Button, Space, Spin, Typography } from 'antd';
import type { PDFDocumentProxy } from 'pdfjs-dist';
import { useCallback, useEffect, useRef, useState } from 'react';
import { openPdf } from './pdfjs-loader';
import { PdfPageCanvas } from './PdfPageCanvas';
import { percentOf, REAL_SIZE, scaleFor, stepZoom, type PreviewZoom } from './preview-zoom';

/** Room the scroll area's padding and scrollbar take from the width a page may fill. */
const PAGE_GUTTER = 48;

function usePdfDocument(pdf: Uint8Array | null): { document: PDFDocumentProxy | null; error: string | null } {
  const [state, setState] = useState<{ document: PDFDocumentProxy | null; error: string | null }>({ document: null, error: null });
  useEffect(() => {
    if (!pdf) return;
    let opened: PDFDocumentProxy | undefined;
    let cancelled = false;
    setState({ document: null, error: null });
    openPdf(pdf).then(
      (document) => {
        opened = document;
        if (cancelled) void document.loadingTask.destroy();
        else setState({ document, error: null });
      },
      (error: unknown) =>
        !cancelled && setState({ document: null, error: `无法显示预览：${error instanceof Error ? error.message : String(error)}` }),
    );
    return () => {
      cancelled = true;
      void opened?.loadingTask.destroy();
    };
  }, [pdf]);
  return state;
}

/** The scroll area's inner width, followed as the dialog resizes. */
function useWidth(): [(element: HTMLDivElement | null) => void, number] {
  const [width, setWidth] = useState(0);
  const observer = useRef<ResizeObserver | null>(null);
  const ref = useCallback((element: HTMLDivElement | null) => {
    observer.current?.disconnect();
    if (!element) return;
    observer.current = new ResizeObserver(([entry]) => entry && setWidth(entry.contentRect.width));
    observer.current.observe(element);
    setWidth(element.clientWidth);
  }, []);
  return [ref, width];
}

interface PdfPagesViewProps {
  pdf: Uint8Array | null;
  /** Told whether the document is open (the print button waits for it). */
  onLoaded?(loaded: boolean): void;
}

export function PdfPagesView({ pdf, onLoaded }: PdfPagesViewProps) {
  const { document, error } = usePdfDocument(pdf);
  const [renderError, setRenderError] = useState<string | null>(null);
  const [zoom, setZoom] = useState<PreviewZoom>({ kind: 'fit' });
  const [pageWidthPt, setPageWidthPt] = useState(595.28);
  const [scrollRef, width] = useWidth();

  useEffect(() => onLoaded?.(document !== null), [document, onLoaded]);
  useEffect(() => {
    if (!document) return;
    setRenderError(null);
    void document.getPage(1).then((page) => setPageWidthPt(page.getViewport({ scale: 1 }).width));
  }, [document]);

  const onRenderError = useCallback(
    (failure: unknown) => setRenderError(`页面绘制失败：${failure instanceof Error ? failure.message : String(failure)}`),
    [],
  );
  const scale = scaleFor(zoom, pageWidthPt, Math.max(width - PAGE_GUTTER, 200));
  const pages = document ? Array.from({ length: document.numPages }, (_, index) => index + 1) : [];

  return (
    <>
      <Space wrap style={{ marginBottom: 8 }}>
        <Typography.Text data-testid="preview-page-count">{document ? `共 ${document.numPages} 页` : '正在生成预览…'}</Typography.Text>
        <Button size="small" type={zoom.kind === 'fit' ? 'primary' : 'default'} onClick={() => setZoom({ kind: 'fit' })}>
          适合宽度
        </Button>
        <Button size="small" onClick={() => setZoom({ kind: 'scale', scale: REAL_SIZE })}>
          100%
        </Button>
        <Button size="small" aria-label="缩小" onClick={() => setZoom(stepZoom(scale, -1))}>
          −
        </Button>
        <Typography.Text data-testid="preview-zoom" style={{ display: 'inline-block', minWidth: 48, textAlign: 'center' }}>
          {percentOf(scale)}
        </Typography.Text>
        <Button size="small" aria-label="放大" onClick={() => setZoom(stepZoom(scale, 1))}>
          +
        </Button>
      </Space>
      {(error ?? renderError) && <Alert type="error" showIcon message={error ?? renderError} style={{ marginBottom: 8 }} />}
      {/* Focusable so keyboard users can scroll the pages with the arrow keys. */}
      <div
        ref={scrollRef}
        tabIndex={0}
        role="region"
        aria-label="预览页面"
        style={{ height: '70vh', overflow: 'auto', background: '#e8e8e8', padding: 12 }}
      >
        {!document && !error && <Spin style={{ display: 'block', marginTop: 48 }} />}
        {document &&
          pages.map((pageNumber) => (
            <PdfPageCanvas key={pageNumber} document={document} pageNumber={pageNumber} scale={scale} onError={onRenderError} />
          ))}
      </div>
    </>
  );
}
