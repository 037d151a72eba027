import { Alert, Button, Space, Upload } from 'antd';
import { useState, type ReactNode } from 'react';
import type { MaterialSpec } from '../../../shared/domain/matter/matter';
import { useWorkstation } from '../../workstation/workstation-context';
import { attachmentsRepo } from '../../data/attachments.repo';
import type { AttachmentRecord } from '../../data/db';
import { ScanItem } from '../attachments/ScanItem';
import { PhotographMaterialButton } from '../camera/PhotographMaterialButton';

/** The picker's filter only; the repo decides by the file's first bytes. */
const ACCEPT = '.jpg,.jpeg,.png,.pdf,image/jpeg,image/png,application/pdf';

function messageOf(failure: unknown): string {
  if (failure instanceof DOMException && failure.name === 'QuotaExceededError')
    return '本机存储空间已满，扫描件未保存，请联系管理员清理空间';
  return failure instanceof Error ? failure.message : String(failure);
}

/**
 * One checklist row of the intake: the material's checkbox (children), its 上传扫描件 and
 * 拍照 (document camera) buttons and the scans stored so far. A file or a photographed PDF
 * is stored against the draft at once (no network); refusals are shown under the row in the
 * repo's Chinese words.
 */
export function MaterialScans({
  material,
  scans,
  onStored,
  children,
}: {
  material: MaterialSpec;
  scans: AttachmentRecord[];
  onStored(): void;
  children: ReactNode;
}) {
  const workstation = useWorkstation();
  const [errors, setErrors] = useState<string[]>([]);
  const [storing, setStoring] = useState(0);

  // The dialog shows its own refusal (too large, storage full) and stays open with the pages.
  const storePhotographed = async (pdf: Blob, fileName: string) => {
    await attachmentsRepo.addToDraft({
      draftId: workstation.draftId,
      materialCode: material.code,
      file: pdf,
      fileName,
      addedBy: workstation.identity.clerk,
    });
    setErrors([]);
    onStored();
  };

  const store = async (file: File) => {
    setStoring((count) => count + 1);
    try {
      await attachmentsRepo.addToDraft({
        draftId: workstation.draftId,
        materialCode: material.code,
        file,
        fileName: file.name,
        addedBy: workstation.identity.clerk,
      });
      onStored();
    } catch (failure) {
      setErrors((shown) => [...shown, messageOf(failure)]);
    } finally {
      setStoring((count) => count - 1);
    }
  };

  return (
    <div data-testid={`material-row-${material.code}`}>
      <Space wrap>
        {children}
        <Upload
          accept={ACCEPT}
          multiple
          showUploadList={false}
          beforeUpload={(file, batch) => {
            if (file === batch[0]) setErrors([]);
            void store(file);
            // Stored by the repo, never sent anywhere: antd must not keep or upload it.
            return Upload.LIST_IGNORE;
          }}
        >
          <Button size="small" loading={storing > 0}>
            上传扫描件
          </Button>
        </Upload>
        <PhotographMaterialButton materialName={material.name} onSave={storePhotographed} />
      </Space>
      {(scans.length > 0 || errors.length > 0) && (
        <Space direction="vertical" style={{ display: 'flex', margin: '4px 0 8px 24px' }}>
          {scans.map((scan) => (
            <ScanItem key={scan.id} attachment={scan} onRemove={() => void attachmentsRepo.remove(scan.id ?? -1)} />
          ))}
          {errors.map((error) => (
            <Alert key={error} type="error" showIcon message={error} data-testid="scan-error" />
          ))}
        </Space>
      )}
    </div>
  );
}
