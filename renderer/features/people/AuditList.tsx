/** The hall's audit at the hub: who changed which account or setting, from which workstation, when. */
import { Card, Table } from 'antd';
import { useEffect, useState } from 'react';
import { formatChinaDateTime } from '../../../shared/util/china-time';
import { bridge } from '../../bridge/bridge';

const ACTIONS: Record<string, string> = {
  'account.create': '创建账号',
  'account.update': '修改账号',
  'settings.documents': '修改文书设置',
  'settings.printer': '修改打印机',
  'settings.holidayYear.save': '录入节假日安排',
  'settings.holidayYear.remove': '删除节假日安排',
};

interface AuditRow {
  action: string;
  detail: Record<string, unknown>;
  at: string;
  personName: string | null;
  workstationId: string | null;
}

export function AuditList() {
  const [records, setRecords] = useState<AuditRow[] | null>(null);
  useEffect(() => {
    void bridge()
      .listAudit({})
      .then((result) => setRecords(result.ok ? result.value.records : []));
  }, []);
  return (
    <Card title="操作记录（账号与设置）" data-testid="audit-list">
      <Table<AuditRow>
        rowKey={(row) => `${row.at}-${row.action}-${JSON.stringify(row.detail).length}`}
        loading={records === null}
        dataSource={records ?? []}
        pagination={{ pageSize: 20 }}
        size="small"
        columns={[
          { title: '时间', render: (_, row) => formatChinaDateTime(row.at) },
          { title: '人员', render: (_, row) => row.personName ?? '—' },
          { title: '操作', render: (_, row) => ACTIONS[row.action] ?? row.action },
          { title: '内容', render: (_, row) => summary(row.detail) },
        ]}
      />
    </Card>
  );
}

function summary(detail: Record<string, unknown>): string {
  const text = JSON.stringify(detail);
  return text.length > 120 ? `${text.slice(0, 120)}…` : text;
}
