/**
 * The print preview: every page of a finished PDF drawn with pdf.js (PdfPagesView, with the
 * page count and zoom) and 打印 / 取消. It shows the very bytes that will be printed, so what
 * the clerk checks is what the printer gets. Opened through usePrintPreview.
 */
import { Alert, Button, Checkbox, Modal } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { PdfPagesView } from './PdfPagesView';

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

export function PrintPreviewModal({ open, title, pdf, missingGlyphs, printing, onPrint, onCancel }: PrintPreviewModalProps) {
  const [glyphsConfirmed, setGlyphsConfirmed] = useState(false);
  const [loaded, setLoaded] = useState(false);
  useEffect(() => setGlyphsConfirmed(false), [pdf]);
  const blockedByGlyphs = missingGlyphs.length > 0 && !glyphsConfirmed;
  const printButton = useRef<HTMLButtonElement>(null);
  // Once the pages are drawn (and any missing characters confirmed), Enter prints: the clerk
  // checks the paper on screen and confirms without reaching for the mouse.
  useEffect(() => {
    if (open && loaded && !blockedByGlyphs) printButton.current?.focus();
  }, [open, loaded, blockedByGlyphs]);

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
        <Button
          key="print"
          ref={printButton}
          type="primary"
          data-shortcut="print"
          onClick={onPrint}
          loading={printing}
          disabled={!loaded || blockedByGlyphs}
        >
          打印
        </Button>,
      ]}
    >
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
      <PdfPagesView pdf={open ? pdf : null} onLoaded={setLoaded} />
    </Modal>
  );
}
