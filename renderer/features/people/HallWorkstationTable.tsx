/** The hall's workstations at the hub, with revoke and key reset (each with a reason, on record). */
import { Alert, App, Card, Button, Input, Modal, Space, Table, Tag } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import type { HallWorkstation } from '../../../shared/sync/enrollment-ticket-protocol';
import { formatChinaDateTime } from '../../../shared/util/china-time';
import { bridge } from '../../bridge/bridge';
import { useWorkstation } from '../../workstation/workstation-context';

type Acting = { workstation: HallWorkstation; kind: 'revoke' | 'resetKey' } | null;

const ACT_LABELS = { revoke: '停用令牌', resetKey: '重置密钥' } as const;

function stateTag(row: HallWorkstation) {
  if (!row.active) return <Tag>已停用</Tag>;
  if (row.tokenRevoked) return <Tag color="red">令牌已停用</Tag>;
  if (!row.hasKey) return <Tag color="orange">待重新注册</Tag>;
  return <Tag color="green">在用</Tag>;
}

export function HallWorkstationTable({ revision, onChanged }: { revision: number; onChanged(): void }) {
  const { workstationId } = useWorkstation();
  const [rows, setRows] = useState<HallWorkstation[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [acting, setActing] = useState<Acting>(null);

  const load = useCallback(async () => {
    const result = await bridge().listWorkstations({});
    if (!result.ok) return setError(result.error.message);
    setError(null);
    setRows([...result.value.workstations].sort((a, b) => a.window - b.window));
  }, []);
  useEffect(() => void load(), [load, revision]);

  return (
    <Card title="本大厅工作站" data-testid="hall-workstations">
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} />}
      <Table<HallWorkstation>
        rowKey="id"
        size="small"
        loading={rows === null && !error}
        dataSource={rows ?? []}
        pagination={false}
        columns={[
          { title: '窗口', render: (_, row) => `${row.window}号窗口${row.id === workstationId ? '（本机）' : ''}` },
          { title: '状态', render: (_, row) => stateTag(row) },
          { title: '最近注册', render: (_, row) => formatChinaDateTime(row.enrolledAt) },
          { title: '令牌有效至', render: (_, row) => (row.tokenExpiresAt ? formatChinaDateTime(row.tokenExpiresAt) : '—') },
          {
            title: '操作',
            render: (_, row) =>
              row.active && (
                <Space>
                  {!row.tokenRevoked && (
                    <Button size="small" danger onClick={() => setActing({ workstation: row, kind: 'revoke' })}>
                      {ACT_LABELS.revoke}
                    </Button>
                  )}
                  {row.hasKey && (
                    <Button size="small" onClick={() => setActing({ workstation: row, kind: 'resetKey' })}>
                      {ACT_LABELS.resetKey}
                    </Button>
                  )}
                </Space>
              ),
          },
        ]}
      />
      {acting && (
        <ActionModal
          acting={acting}
          onCancel={() => setActing(null)}
          onDone={() => {
            setActing(null);
            onChanged();
          }}
        />
      )}
    </Card>
  );
}

function ActionModal({ acting, onCancel, onDone }: { acting: NonNullable<Acting>; onCancel(): void; onDone(): void }) {
  const { message } = App.useApp();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const { workstation, kind } = acting;
  const confirm = async () => {
    setBusy(true);
    const input = { id: workstation.id, reason };
    const result = kind === 'revoke' ? await bridge().revokeWorkstation(input) : await bridge().resetWorkstationKey(input);
    setBusy(false);
    if (!result.ok) return setError(result.error.message);
    void message.success(
      kind === 'revoke' ? '令牌已停用：该工作站需凭新的注册票据重新注册' : '密钥已重置：该工作站需凭新的注册票据重新注册',
    );
    onDone();
  };
  return (
    <Modal
      open
      title={`${ACT_LABELS[kind]}：${workstation.window}号窗口`}
      okText="确定"
      cancelText="取消"
      confirmLoading={busy}
      onCancel={onCancel}
      onOk={() => void confirm()}
    >
      <p>
        {kind === 'revoke' ? '停用后该工作站不能再与交换平台同步，也不能自动续期。' : '用于电脑丢失或更换：忘记原密钥，原令牌同时停用。'}
      </p>
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} />}
      <label htmlFor="workstationActionReason">原因</label>
      <Input.TextArea id="workstationActionReason" value={reason} maxLength={200} onChange={(event) => setReason(event.target.value)} />
    </Modal>
  );
}
