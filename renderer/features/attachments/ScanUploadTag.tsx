import { Tag } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { scanUploadsRepo } from '../../data/scan-uploads.repo';

/** Whether a scan taken here has reached the hub yet; nothing once it has. */
export function ScanUploadTag({ caseId, sha256 }: { caseId: string; sha256: string }) {
  const upload = useLiveQuery(() => scanUploadsRepo.get(caseId, sha256), [caseId, sha256]);
  if (!upload) return null;
  if (upload.state === 'rejected') {
    return (
      <Tag color="red" data-testid="scan-upload-state" title={upload.lastError ?? undefined}>
        交换平台拒收：{upload.lastError}
      </Tag>
    );
  }
  return (
    <Tag color="orange" data-testid="scan-upload-state" title={upload.lastError ?? undefined}>
      待上传至交换平台
    </Tag>
  );
}
