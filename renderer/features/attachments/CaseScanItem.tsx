import { Alert, Progress, Space, Typography } from 'antd';
import { useState } from 'react';
import { formatFileSize } from '../../../shared/domain/attachment-rules';
import type { CaseScanTarget } from './fetch-case-scan';
import { ScanItem } from './ScanItem';
import { ScanUploadTag } from './ScanUploadTag';
import { useCaseScan } from './use-case-scan';

/**
 * One scan a case lists. Held on this workstation: the usual scan item (with its upload
 * state on the receiving side). Not held yet (the handling side): its name and size, and a
 * click fetches it from the hub with a progress bar, checks its hash and opens it.
 */
export function CaseScanItem({ target }: { target: CaseScanTarget }) {
  const scan = useCaseScan(target);
  const [openWhenHeld, setOpenWhenHeld] = useState(false);
  const { reference } = target;
  if (scan.record === undefined) return null;
  if (scan.record) {
    const extra = scan.record.source === 'hub' ? null : <ScanUploadTag caseId={target.caseId} sha256={reference.sha256} />;
    return <ScanItem attachment={scan.record} viewing={openWhenHeld} extra={extra} />;
  }

  const fetchAndOpen = async () => {
    if (scan.progress) return;
    if (await scan.load()) setOpenWhenHeld(true);
  };
  const { progress } = scan;
  return (
    <Space direction="vertical" data-testid="scan-item" style={{ width: '100%' }}>
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
