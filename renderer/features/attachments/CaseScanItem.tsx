import { Alert, Progress, Space, Typography } from 'antd';
import { useState } from 'react';
import { formatFileSize } from '../../../shared/domain/matter/attachment-rules';
import type { AttachmentRecord } from '../../data/db';
import type { CaseScanTarget } from './fetch-case-scan';
import { ScanItem } from './ScanItem';
import { ScanViewerModal } from './ScanViewerModal';
import { ScanUploadTag } from './ScanUploadTag';
import { useCaseScan } from './use-case-scan';

/**
 * One scan a case lists. Held on this workstation: the usual scan item (with its upload
 * state on the receiving side). Not held yet (the handling side): its name and size, and a
 * click fetches it from the hub with a progress bar, checks its hash and opens it.
 */
export function CaseScanItem({ target }: { target: CaseScanTarget }) {
  const scan = useCaseScan(target);
  // The scan the clerk asked to see as it arrived; kept here, not in ScanItem, because the
  // item below turns from "at the hub" into a held ScanItem when the fetch stores it.
  const [justFetched, setJustFetched] = useState<AttachmentRecord | null>(null);
  const { reference } = target;
  if (scan.record === undefined) return null;
  const viewer = justFetched && <ScanViewerModal attachment={justFetched} onClose={() => setJustFetched(null)} />;
  if (scan.record) {
    const extra = scan.record.source === 'hub' ? null : <ScanUploadTag caseId={target.caseId} sha256={reference.sha256} />;
    return (
      <>
        {viewer}
        <ScanItem attachment={scan.record} extra={extra} />
      </>
    );
  }

  const fetchAndOpen = async () => {
    if (scan.progress) return;
    setJustFetched(await scan.load());
  };
  const { progress } = scan;
  return (
    <Space direction="vertical" data-testid="scan-item" style={{ width: '100%' }}>
      {viewer}
      <Space>
        <Typography.Link onClick={() => void fetchAndOpen()} title={`下载并查看 ${reference.fileName}`}>
          <span data-testid="scan-name">{reference.fileName}</span>
        </Typography.Link>
        <Typography.Text type="secondary">{formatFileSize(reference.bytes)} · 在交换平台，点击下载查看</Typography.Text>
      </Space>
      {progress && (
        <Progress
          data-testid="scan-fetch-progress"
          size="small"
          percent={Math.floor((progress.received / Math.max(1, progress.total)) * 100)}
          format={() => `${formatFileSize(progress.received)} / ${formatFileSize(progress.total)}`}
        />
      )}
      {scan.error && <Alert type="error" showIcon data-testid="scan-fetch-error" message={scan.error} />}
    </Space>
  );
}
