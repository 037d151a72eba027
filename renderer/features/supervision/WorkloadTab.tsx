/** 工作量: open cases per window and person on each side, with how many are due soon or overdue. */
import { Alert, Table } from 'antd';
import { useEffect, useState } from 'react';
import type { WorkloadRow } from '../../../shared/sync/hall-protocol';
import { bridge } from '../../bridge/bridge';

export function WorkloadTab() {
  const [rows, setRows] = useState<WorkloadRow[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    void bridge()
      .hallWorkload({})
      .then((result) => (result.ok ? setRows(result.value.rows) : setError(result.error.message)));
  }, []);
  if (error) return <Alert type="error" showIcon message={error} />;
  return (
    <Table<WorkloadRow>
      rowKey={(row) => `${row.side}-${row.window}-${row.person}`}
      size="small"
      loading={rows === null}
      dataSource={rows ?? []}
      pagination={false}
      data-testid="workload"
      columns={[
        { title: '方向', render: (_, row) => (row.side === 'receiving' ? '收件' : '办理') },
        { title: '窗口', render: (_, row) => (row.window === null ? '未分配' : `${row.window}号`) },
        { title: '人员', render: (_, row) => row.person ?? '—' },
        { title: '在办', dataIndex: 'open' },
        { title: '即将到期', dataIndex: 'dueSoon' },
        { title: '已超期', dataIndex: 'overdue' },
      ]}
    />
  );
}
