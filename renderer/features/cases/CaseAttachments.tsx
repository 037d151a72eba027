import { List, Space, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import type { ScanReference } from '../../../shared/domain/matter/application';
import { formatFileSize } from '../../../shared/domain/matter/attachment-rules';
import { attachmentsRepo } from '../../data/attachments.repo';
import type { AttachmentRecord, CaseRecord } from '../../data/db';
import { CaseScanItem } from '../attachments/CaseScanItem';
import { ScanItem } from '../attachments/ScanItem';

interface MaterialGroup {
  code: string;
  name: string;
  /** Scans the case's events list (held here or at the hub). */
  listed: ScanReference[];
  /** Scans held here that the events do not list (taken before scans travelled). */
  unlisted: AttachmentRecord[];
}

/** Scans grouped under the case's materials, in the order they were received. */
function groupByMaterial(record: CaseRecord, held: AttachmentRecord[]): MaterialGroup[] {
  const groups = new Map<string, MaterialGroup>();
  const listedHashes = new Set<string>();
  for (const material of record.materials) {
    const listed = material.scans ?? [];
    for (const scan of listed) listedHashes.add(scan.sha256);
    groups.set(material.code, { code: material.code, name: material.name, listed, unlisted: [] });
  }
  for (const scan of held) {
    if (scan.sha256 && listedHashes.has(scan.sha256)) continue;
    // A scan of a material not on the case's list (kept from another matter in the draft).
    const group = groups.get(scan.materialCode) ?? {
      code: scan.materialCode,
      name: `其他材料（${scan.materialCode}）`,
      listed: [],
      unlisted: [],
    };
    group.unlisted.push(scan);
    groups.set(scan.materialCode, group);
  }
  return [...groups.values()].filter((group) => group.listed.length + group.unlisted.length > 0);
}

/**
 * The case's scanned materials, read-only. The events list each material's scans by hash;
 * the receiving window holds them, the handling window fetches each from its hub when the
 * clerk opens it (CaseScanItem).
 */
export function CaseAttachments({ record }: { record: CaseRecord }) {
  const held = useLiveQuery(() => attachmentsRepo.listForCase(record.caseId), [record.caseId]);
  if (!held) return null;
  const groups = groupByMaterial(record, held);
  const count = groups.reduce((sum, group) => sum + group.listed.length + group.unlisted.length, 0);
  const total = groups.reduce(
    (sum, group) =>
      sum + group.listed.reduce((bytes, scan) => bytes + scan.bytes, 0) + group.unlisted.reduce((bytes, scan) => bytes + scan.bytes, 0),
    0,
  );
  return (
    <List
      size="small"
      data-testid="case-attachments"
      header={<Typography.Text strong>材料扫描件{count > 0 ? `（${count} 个，共 ${formatFileSize(total)}）` : ''}</Typography.Text>}
      locale={{ emptyText: '本件没有扫描件' }}
      dataSource={groups}
      renderItem={(group) => (
        <List.Item data-testid={`case-material-${group.code}`}>
          <Space direction="vertical" style={{ width: '100%' }}>
            <Typography.Text>{group.name}</Typography.Text>
            {group.listed.map((reference) => (
              <CaseScanItem
                key={reference.sha256}
                target={{ caseId: record.caseId, materialCode: group.code, reference, addedBy: record.acceptedBy.clerk }}
              />
            ))}
            {group.unlisted.map((scan) => (
              <ScanItem key={scan.id} attachment={scan} />
            ))}
          </Space>
        </List.Item>
      )}
    />
  );
}
