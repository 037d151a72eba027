/**
 * A scan shown inside the app: an image at full resolution, or a PDF's pages through pdf.js.
 * In-app rather than a new window, so it works the same in Electron (whose window guard
 * opens no windows) and in browser mode.
 */
import { Modal } from 'antd';
import { useEffect, useState } from 'react';
import type { AttachmentRecord } from '../../data/db';
import { PdfPagesView } from '../printing/PdfPagesView';
import { useObjectUrl } from './use-object-url';

function useBytes(blob: Blob | null): Uint8Array | null {
  const [bytes, setBytes] = useState<Uint8Array | null>(null);
  useEffect(() => {
    let current = true;
    setBytes(null);
    void blob?.arrayBuffer().then((buffer) => current && setBytes(new Uint8Array(buffer)));
    return () => {
      current = false;
    };
  }, [blob]);
  return bytes;
}

export function ScanViewerModal({ attachment, onClose }: { attachment: AttachmentRecord; onClose(): void }) {
  const isPdf = attachment.mimeType === 'application/pdf';
  const imageUrl = useObjectUrl(isPdf ? null : attachment.blob);
  const pdf = useBytes(isPdf ? attachment.blob : null);
  return (
    <Modal
      open
      title={`扫描件 — ${attachment.fileName}`}
      width="min(960px, 92vw)"
      centered
      footer={null}
      onCancel={onClose}
      data-testid="scan-viewer"
    >
      {isPdf ? (
        <PdfPagesView pdf={pdf} />
      ) : (
        imageUrl && (
          <div style={{ maxHeight: '75vh', overflow: 'auto', textAlign: 'center', background: '#f5f5f5' }}>
            <img src={imageUrl} alt={attachment.fileName} data-testid="scan-viewer-image" style={{ maxWidth: '100%' }} />
          </div>
        )
      )}
    </Modal>
  );
}
