/** 差评回访: every 差评 of the hall with its 回访/整改 deadline, open ones first, until closed. */
import { Alert, Table, Tag } from 'antd';
import { useEffect, useState } from 'react';
import type { FollowUpRow } from '../../../shared/sync/hall-protocol';
import { chinaDate } from '../../../shared/domain/calendar/working-days';
import { bridge } from '../../bridge/bridge';

export function FollowUpsTab({ onOpen }: { onOpen(caseId: string): void }) {
  const [rows, setRows] = useState<FollowUpRow[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    void bridge()
      .hallFollowUps({})
      .then((result) => (result.ok ? setRows(result.value.rows) : setError(result.error.message)));
  }, []);
  if (error) return <Alert type="error" showIcon message={error} />;
  const today = chinaDate(new Date());
  return (
    <Table<FollowUpRow>
      rowKey="caseId"
      size="small"
      loading={rows === null}
      dataSource={rows ?? []}
      pagination={false}
      data-testid="follow-ups"
      onRow={(row) => ({ onClick: () => onOpen(row.caseId), style: { cursor: 'pointer' } })}
      columns={[
        { title: '办件编号', dataIndex: 'caseNumber' },
        { title: '事项', dataIndex: 'matterName' },
        { title: '申请人', dataIndex: 'applicantName' },
        { title: '评价', render: (_, row) => <Tag color="red">{row.ratingLevel}</Tag> },
        { title: '评价日期', dataIndex: 'ratingOn' },
        { title: '收件窗口', render: (_, row) => `${row.receivingWindow}号 · ${row.receivingPerson}` },
        { title: '回访整改期限', dataIndex: 'followUpDue' },
        {
          title: '状态',
          render: (_, row) =>
            row.followUpDone ? (
              <Tag color="green">已回访整改</Tag>
            ) : row.followUpDue < today ? (
              <Tag color="red">已超期未回访</Tag>
            ) : (
              <Tag color="gold">待回访整改</Tag>
            ),
        },
      ]}
    />
  );
}
