import { Alert, Card, Table, Tag } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useSyncStatus } from '../../workstation/use-sync-status';
import type { OutboxItem } from '../../data/db';
import { outboxRepo } from '../../data/outbox.repo';
import { SyncExceptionList } from './SyncExceptionList';

/** What is waiting to reach the hub, what cannot move by itself (异常), and why. */
export function SyncStatusPage() {
  const syncStatus = useSyncStatus();
  const items = useLiveQuery(() => outboxRepo.listAll(), [], []);
  return (
    <Card title="同步队列">
      {syncStatus.lastError && <Alert type="warning" showIcon message={syncStatus.lastError} style={{ marginBottom: 16 }} />}
      <SyncExceptionList />
      <Table<OutboxItem>
        rowKey="seq"
        dataSource={items}
        pagination={false}
        columns={[
          { title: '事件', dataIndex: 'eventId' },
          {
            title: '状态',
            render: (_, item) => (item.state === 'pending' ? <Tag color="gold">待同步</Tag> : <Tag color="red">平台拒收</Tag>),
          },
          { title: '尝试次数', dataIndex: 'attempts' },
          { title: '最近错误', dataIndex: 'lastError' },
        ]}
      />
    </Card>
  );
}
