import { App, Button, Empty, Input, Modal, Space, Table, Tag, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useWorkstation } from '../../workstation/workstation-context';
import { bridge } from '../../bridge/bridge';
import { syncExceptionsRepo, type SyncException } from '../../data/sync-exceptions.repo';

const KIND_LABELS: Record<SyncException['kind'], { label: string; color: string }> = {
  refusedByHub: { label: '平台拒收', color: 'red' },
  stuckInOutbox: { label: '多次重发未成功', color: 'orange' },
  waitingForHistory: { label: '等待前序记录', color: 'gold' },
};

/**
 * The 异常 list: each item with its reason and what the clerk can do about it. Nothing here
 * goes away by itself except by succeeding.
 */
export function SyncExceptionList() {
  const workstation = useWorkstation();
  const { message } = App.useApp();
  const exceptions = useLiveQuery(() => syncExceptionsRepo.list(), [], []);
  const [discarding, setDiscarding] = useState<Extract<SyncException, { kind: 'refusedByHub' }> | null>(null);
  const [why, setWhy] = useState('');
  const clerk = workstation.identity.clerk;
  const hall = workstation.identity.hall.code;

  const fetchHistory = async (caseId: string) => {
    const result = await bridge().fetchCase({ caseId });
    if (!result.ok) {
      void message.error(result.error.message);
      return;
    }
    const joined = await syncExceptionsRepo.mergeFetchedHistory(caseId, result.value.events, clerk, hall);
    void message.success(`已取回办件记录，并入 ${joined} 个事件`);
    workstation.sync.kick();
  };

  if (exceptions.length === 0) {
    return (
      <Empty
        description="没有同步异常"
        image={Empty.PRESENTED_IMAGE_SIMPLE}
        style={{ marginBottom: 16 }}
        data-testid="sync-exceptions-empty"
      />
    );
  }
  return (
    <>
      <Typography.Title level={5}>异常（{exceptions.length}）</Typography.Title>
      <Table<SyncException>
        rowKey="key"
        dataSource={exceptions}
        pagination={false}
        style={{ marginBottom: 24 }}
        data-testid="sync-exceptions"
        columns={[
          { title: '类别', render: (_, item) => <Tag color={KIND_LABELS[item.kind].color}>{KIND_LABELS[item.kind].label}</Tag> },
          { title: '办件编号', render: (_, item) => item.caseNumber ?? item.caseId },
          { title: '操作', dataIndex: 'action' },
          { title: '原因', dataIndex: 'reason' },
          {
            title: '处理',
            render: (_, item) => (
              <Space>
                {item.kind !== 'waitingForHistory' && (
                  <Button size="small" onClick={() => void syncExceptionsRepo.retry(item.item, clerk).then(() => workstation.sync.kick())}>
                    重试
                  </Button>
                )}
                {item.kind === 'refusedByHub' && (
                  <Button size="small" danger onClick={() => setDiscarding(item)}>
                    放弃
                  </Button>
                )}
                {item.kind === 'waitingForHistory' && (
                  <Button size="small" onClick={() => void fetchHistory(item.caseId)}>
                    取回办件记录
                  </Button>
                )}
              </Space>
            ),
          },
        ]}
      />
      <Modal
        open={discarding !== null}
        title="放弃本机事件"
        okText="确认放弃"
        okButtonProps={{ danger: true, disabled: why.trim().length === 0 }}
        cancelText="取消"
        onCancel={() => setDiscarding(null)}
        onOk={async () => {
          if (!discarding) return;
          try {
            await syncExceptionsRepo.discard(discarding.item, clerk, why.trim(), hall);
            void message.success('已放弃该事件，办件已按交换平台的记录恢复');
          } catch (error) {
            void message.error(error instanceof Error ? error.message : String(error));
          }
          setDiscarding(null);
          setWhy('');
        }}
      >
        <Typography.Paragraph>
          交换平台拒收了“{discarding?.action}”（{discarding?.reason}）。放弃后本机不再保留该操作，办件恢复为交换平台的记录；此操作会被记录。
        </Typography.Paragraph>
        <Input.TextArea
          aria-label="放弃原因"
          placeholder="请填写放弃原因"
          value={why}
          onChange={(event) => setWhy(event.target.value)}
          maxLength={200}
        />
      </Modal>
    </>
  );
}
