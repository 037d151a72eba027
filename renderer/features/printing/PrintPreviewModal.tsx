/**
 * The print preview: every page of a finished PDF drawn with pdf.js, the page count, zoom
 * (fit width, 100%, smaller, larger) and 打印 / 取消. It shows the very bytes that will be
 * printed, so what the clerk checks is what the printer gets. Opened through usePrintPreview.
 */
import { Alert, Button, Checkbox, Modal, Space, Spin, Typography } from 'antd';
import type { PDFDocumentProxy } from 'pdfjs-dist';
import { useCallback, useEffect, useRef, useState } from 'react';
import { openPdf } from './pdfjs-loader';
import { PdfPageCanvas } from './PdfPageCanvas';
import { percentOf, REAL_SIZE, scaleFor, stepZoom, type PreviewZoom } from './preview-zoom';

export interface PrintPreviewModalProps {
  open: boolean;
  /** What is printed, e.g. 受理回执; the dialog says 打印预览 — 受理回执. */
  title: string;
  pdf: Uint8Array | null;
  /**
   * Characters the PDF font lacks (rare 生僻字 beyond CJK Ext-A): they are missing from the
   * paper, so the clerk is told which and confirms before printing (to write them by hand).
   */
  missingGlyphs: readonly string[];
  printing: boolean;
  onPrint(): void;
  onCancel(): void;
}

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
      (error: unknown) => !cancelled && setState({ document: null, error: `无法显示预览：${error instanceof Error ? error.message : String(error)}` }),
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

export function PrintPreviewModal({ open, title, pdf, missingGlyphs, printing, onPrint, onCancel }: PrintPreviewModalProps) {
  const [glyphsConfirmed, setGlyphsConfirmed] = useState(false);
  useEffect(() => setGlyphsConfirmed(false), [pdf]);
  const blockedByGlyphs = missingGlyphs.length > 0 && !glyphsConfirmed;
  const { document, error } = usePdfDocument(open ? pdf : null);
  const [renderError, setRenderError] = useState<string | null>(null);
  const [zoom, setZoom] = useState<PreviewZoom>({ kind: 'fit' });
  const [pageWidthPt, setPageWidthPt] = useState(595.28);
  const [scrollRef, width] = useWidth();

  useEffect(() => {
    if (!document) return;
    setRenderError(null);
    void document.getPage(1).then((page) => setPageWidthPt(page.getViewport({ scale: 1 }).width));
  }, [document]);

  const onRenderError = useCallback((failure: unknown) => setRenderError(`页面绘制失败：${failure instanceof Error ? failure.message : String(failure)}`), []);
  const scale = scaleFor(zoom, pageWidthPt, Math.max(width - PAGE_GUTTER, 200));
  const pages = document ? Array.from({ length: document.numPages }, (_, index) => index + 1) : [];

  return (
    <Modal
      open={open}
      title={`打印预览 — ${title}`}
      width="min(960px, 92vw)"
      centered
      destroyOnHidden
      maskClosable={false}
      onCancel={onCancel}
      data-testid="print-preview"
      footer={[
        <Button key="cancel" onClick={onCancel} disabled={printing}>
          取消
        </Button>,
        <Button key="print" type="primary" onClick={onPrint} loading={printing} disabled={!document || blockedByGlyphs}>
          打印
        </Button>,
      ]}
    >
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
      {missingGlyphs.length > 0 && (
        <Alert
          type="warning"
          showIcon
          data-testid="missing-glyphs"
          style={{ marginBottom: 8 }}
          message={`打印字体中没有以下字符，打印件上将缺失：${missingGlyphs.join(' ')}`}
          description={
            <Checkbox checked={glyphsConfirmed} onChange={(event) => setGlyphsConfirmed(event.target.checked)}>
              已核对，打印后在纸面上手工补写这些字符
            </Checkbox>
          }
        />
      )}
      {(error ?? renderError) && <Alert type="error" showIcon message={error ?? renderError} style={{ marginBottom: 8 }} />}
      <div ref={scrollRef} style={{ height: '70vh', overflow: 'auto', background: '#e8e8e8', padding: 12 }}>
        {!document && !error && <Spin style={{ display: 'block', marginTop: 48 }} />}
        {document && pages.map((pageNumber) => <PdfPageCanvas key={pageNumber} document={document} pageNumber={pageNumber} scale={scale} onError={onRenderError} />)}
      </div>
    </Modal>
  );
}
