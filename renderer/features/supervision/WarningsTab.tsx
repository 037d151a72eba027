/** 预警: 已超期 (red) and 即将到期 (yellow) for the receiving and the handling side. */
import { Alert, Card, Space, Table, Tag } from 'antd';
import { useEffect, useState } from 'react';
import type { HallCaseRow, HallWarnings } from '../../../shared/sync/hall-protocol';
import { bridge } from '../../bridge/bridge';
import { hallCaseColumns } from './hall-case-table-columns';

const SIDES = { receiving: '收件方（本大厅窗口）', handling: '办理方（本地办理）' } as const;

export function WarningsTab({ onOpen }: { onOpen(caseId: string): void }) {
  const [warnings, setWarnings] = useState<HallWarnings | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    void bridge()
      .hallWarnings({})
      .then((result) => (result.ok ? setWarnings(result.value) : setError(result.error.message)));
  }, []);
  if (error) return <Alert type="error" showIcon message={error} />;
  if (!warnings) return null;
  const list = (rows: HallCaseRow[], testId: string) => (
    <Table<HallCaseRow>
      rowKey="caseId"
      size="small"
      dataSource={rows}
      pagination={false}
      columns={hallCaseColumns<HallCaseRow>()}
      data-testid={testId}
      onRow={(row) => ({ onClick: () => onOpen(row.caseId), style: { cursor: 'pointer' } })}
    />
  );
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <span>
        今天 {warnings.today}；即将到期：{warnings.soonUntil} 前到期
      </span>
      {(['receiving', 'handling'] as const).map((side) => (
        <Card key={side} size="small" title={SIDES[side]}>
          <Tag color="red">已超期 {warnings[side].overdue.length}</Tag>
          {list(warnings[side].overdue, `warnings-${side}-overdue`)}
          <Tag color="gold" style={{ marginTop: 12 }}>
            即将到期 {warnings[side].dueSoon.length}
          </Tag>
          {list(warnings[side].dueSoon, `warnings-${side}-due-soon`)}
        </Card>
      ))}
    </Space>
  );
}
