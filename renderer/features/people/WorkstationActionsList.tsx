/** The hub's record of what administrators did to the hall's workstations, and why. */
import { Card, Table } from 'antd';
import { useEffect, useState } from 'react';
import type { WorkstationActionRecord } from '../../../shared/sync/enrollment-ticket-protocol';
import { formatChinaDateTime } from '../../../shared/util/china-time';
import { bridge } from '../../bridge/bridge';

const ACTIONS: Record<WorkstationActionRecord['action'], string> = {
  'issue-ticket': '发放注册票据',
  'revoke-token': '停用令牌',
  'reset-key': '重置密钥',
};

export function WorkstationActionsList({ revision }: { revision: number }) {
  const [records, setRecords] = useState<WorkstationActionRecord[] | null>(null);
  useEffect(() => {
    void bridge()
      .listWorkstationActions({})
      .then((result) => setRecords(result.ok ? result.value.actions : []));
  }, [revision]);
  return (
    <Card title="操作记录（工作站）" data-testid="workstation-actions">
      <Table<WorkstationActionRecord>
        rowKey={(row) => `${row.at}-${row.workstationId}-${row.action}`}
        loading={records === null}
        dataSource={records ?? []}
        pagination={{ pageSize: 20 }}
        size="small"
        columns={[
          { title: '时间', render: (_, row) => formatChinaDateTime(row.at) },
          { title: '人员', dataIndex: 'actor' },
          { title: '操作', render: (_, row) => ACTIONS[row.action] },
          { title: '原因', dataIndex: 'reason' },
        ]}
      />
    </Card>
  );
}
