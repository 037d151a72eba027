import { List, Space, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { formatFileSize } from '../../../shared/domain/attachment-rules';
import { attachmentsRepo } from '../../data/attachments.repo';
import type { AttachmentRecord, CaseRecord } from '../../data/db';
import { ScanItem } from '../attachments/ScanItem';

interface MaterialGroup {
  code: string;
  name: string;
  scans: AttachmentRecord[];
}

/** Scans grouped under the case's materials, in the order they were received. */
function groupByMaterial(record: CaseRecord, scans: AttachmentRecord[]): MaterialGroup[] {
  const groups = new Map<string, MaterialGroup>();
  for (const material of record.materials) groups.set(material.code, { code: material.code, name: material.name, scans: [] });
  for (const scan of scans) {
    // A scan of a material not on the case's list (kept from another matter in the draft).
    const group = groups.get(scan.materialCode) ?? { code: scan.materialCode, name: `其他材料（${scan.materialCode}）`, scans: [] };
    group.scans.push(scan);
    groups.set(scan.materialCode, group);
  }
  return [...groups.values()].filter((group) => group.scans.length > 0);
}

/**
 * The case's scanned materials, read-only. They live only on the receiving workstation
 * (not synced), so the handling side says where they are instead of showing nothing.
 */
export function CaseAttachments({ record }: { record: CaseRecord }) {
  const scans = useLiveQuery(() => attachmentsRepo.listForCase(record.caseId), [record.caseId]);
  if (!scans) return null;
  const total = scans.reduce((sum, scan) => sum + scan.bytes, 0);
  const empty = record.side === 'handling' ? '扫描件保存在收件地窗口，不随办件同步' : '本件未上传扫描件';
  return (
    <List
      size="small"
      data-testid="case-attachments"
      header={
        <Typography.Text strong>
          材料扫描件{scans.length > 0 ? `（${scans.length} 个，共 ${formatFileSize(total)}）` : ''}
        </Typography.Text>
      }
      locale={{ emptyText: empty }}
      dataSource={groupByMaterial(record, scans)}
      renderItem={(group) => (
        <List.Item data-testid={`case-material-${group.code}`}>
          <Space direction="vertical" style={{ width: '100%' }}>
            <Typography.Text>{group.name}</Typography.Text>
            {group.scans.map((scan) => (
              <ScanItem key={scan.id} attachment={scan} />
            ))}
          </Space>
        </List.Item>
      )}
    />
  );
}
