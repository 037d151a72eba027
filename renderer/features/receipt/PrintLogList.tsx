import { List, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { DOCUMENT_KIND_NAMES } from '../../../shared/documents/document-registry';
import { printLogRepo } from '../../data/print-log.repo';

/** The case's print history: document, copy, where it went, and the PDF's hash for later checks. */
export function PrintLogList({ caseId }: { caseId: string }) {
  const entries = useLiveQuery(() => printLogRepo.forCase(caseId), [caseId]) ?? [];
  if (entries.length === 0) return null;
  return (
    <List
      size="small"
      header={<Typography.Text strong>打印记录</Typography.Text>}
      dataSource={entries}
      renderItem={(entry) => (
        <List.Item data-testid="print-log-entry">
          {new Date(entry.printedAt).toLocaleString('zh-CN')} {DOCUMENT_KIND_NAMES[entry.kind]}
          {entry.copyNumber > 1 ? `（补打第${entry.copyNumber}份）` : '（原件）'} ·{' '}
          {entry.outcome === 'printed' ? `打印机 ${entry.printer ?? ''}` : '已保存'} ·{' '}
          <Typography.Text code title={entry.sha256}>
            {entry.sha256.slice(0, 12)}
          </Typography.Text>
        </List.Item>
      )}
    />
  );
}
