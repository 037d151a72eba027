import { Button, Space, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { formatFileSize } from '../../../shared/domain/matter/attachment-rules';
import type { AttachmentRecord } from '../../data/db';
import { ScanViewerModal } from './ScanViewerModal';
import { useObjectUrl } from './use-object-url';

const TILE_PX = 64;

/** Where a scan has no thumbnail (PDFs): a plain badge, drawn without pdf.js or an icon font. */
function PdfBadge() {
  return (
    <span
      aria-hidden
      style={{
        width: TILE_PX,
        height: TILE_PX,
        display: 'inline-flex',
        alignItems: 'center',
        justifyContent: 'center',
        border: '1px solid #d9d9d9',
        borderRadius: 4,
        color: '#cf1322',
        fontWeight: 600,
      }}
    >
      PDF
    </span>
  );
}

interface ScanItemProps {
  attachment: AttachmentRecord;
  onRemove?: () => void;
  /** Shown after the name, e.g. the upload's state. */
  extra?: ReactNode;
}

/**
 * One scanned material: thumbnail, name and size; clicking shows the full file in the scan
 * viewer. A remove button when the scan may still be changed (the intake draft).
 */
export function ScanItem({ attachment, onRemove, extra }: ScanItemProps) {
  const thumbnailUrl = useObjectUrl(attachment.thumbnail);
  const [viewing, setViewing] = useState(false);
  const link = (content: ReactNode) => (
    <Typography.Link onClick={() => setViewing(true)} title={`查看 ${attachment.fileName}`}>
      {content}
    </Typography.Link>
  );
  return (
    <Space data-testid="scan-item" align="center">
      {viewing && <ScanViewerModal attachment={attachment} onClose={() => setViewing(false)} />}
      {link(
        thumbnailUrl ? (
          <img
            src={thumbnailUrl}
            alt={attachment.fileName}
            data-testid="scan-thumbnail"
            style={{ width: TILE_PX, height: TILE_PX, objectFit: 'contain', border: '1px solid #d9d9d9', borderRadius: 4 }}
          />
        ) : (
          <PdfBadge />
        ),
      )}
      <Space direction="vertical" size={0}>
        {link(<span data-testid="scan-name">{attachment.fileName}</span>)}
        <Typography.Text type="secondary">
          {formatFileSize(attachment.bytes)} · {attachment.addedBy} {new Date(attachment.addedAt).toLocaleString('zh-CN')}
        </Typography.Text>
        {extra}
      </Space>
      {onRemove && (
        <Button size="small" type="link" danger onClick={onRemove} aria-label={`删除 ${attachment.fileName}`}>
          删除
        </Button>
      )}
    </Space>
  );
}
