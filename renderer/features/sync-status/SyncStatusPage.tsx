import { Alert, Card, Table, Tag } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { outboxRepo } from '../../data/outbox.repo';
import type { OutboxItem } from '../../data/db';
import { useWorkstation } from '../../app/workstation-context';

/** What is waiting to reach the hub, and what the hub refused (kept with its reason). */
export function SyncStatusPage() {
  const { syncStatus } = useWorkstation();
  const items = useLiveQuery(() => outboxRepo.listAll(), [], []);
  return (
    <Card title="同步队列">
      {syncStatus.lastError && <Alert type="warning" showIcon message={syncStatus.lastError} style={{ marginBottom: 16 }} />}
      {syncStatus.skipped.length > 0 && (
        <Alert type="error" showIcon message={`有 ${syncStatus.skipped.length} 个来自交换平台的事件无法应用`} description={syncStatus.skipped.join('\n')} style={{ marginBottom: 16 }} />
      )}
      <Table<OutboxItem>
        rowKey="seq"
        dataSource={items}
        pagination={false}
        columns={[
          { title: '事件', dataIndex: 'eventId' },
          { title: '状态', render: (_, item) => (item.state === 'pending' ? <Tag color="gold">待同步</Tag> : <Tag color="red">平台拒收</Tag>) },
          { title: '尝试次数', dataIndex: 'attempts' },
          { title: '最近错误', dataIndex: 'lastError' },
        ]}
      />
    </Card>
  );
}
