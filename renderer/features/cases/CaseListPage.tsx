import { Card, Empty, Table } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { casesRepo } from '../../data/cases.repo';
import type { CaseRecord, CaseSide } from '../../data/db';
import { CaseDetailDrawer } from './CaseDetailDrawer';
import { CaseStatusTag } from './CaseStatusTag';

const TITLES: Record<CaseSide, string> = {
  receiving: '本窗口受理的办件',
  handling: '待办理：其他省市窗口推送到本地办理的办件',
};

export function CaseListPage({ side }: { side: CaseSide }) {
  const cases = useLiveQuery(() => casesRepo.listBySide(side), [side]);
  const [openCaseId, setOpenCaseId] = useState<string | null>(null);

  return (
    <Card title={TITLES[side]}>
      <Table<CaseRecord>
        rowKey="caseId"
        loading={cases === undefined}
        dataSource={cases ?? []}
        locale={{ emptyText: <Empty description="暂无办件" /> }}
        pagination={false}
        onRow={(record) => ({ onClick: () => setOpenCaseId(record.caseId), style: { cursor: 'pointer' } })}
        columns={[
          { title: '办件编号', dataIndex: 'caseNumber', render: (value: string) => <span data-testid="row-case-number">{value}</span> },
          { title: '事项', render: (_, record) => record.matter.name },
          { title: '申请人', render: (_, record) => record.applicant.name },
          { title: side === 'receiving' ? '办理地' : '收件地', render: (_, record) => (side === 'receiving' ? record.routing.handling.name : record.routing.receiving.name) },
          { title: '承诺办结', dataIndex: 'promisedDate' },
          { title: '状态', render: (_, record) => <CaseStatusTag state={record} /> },
        ]}
      />
      <CaseDetailDrawer caseId={openCaseId} onClose={() => setOpenCaseId(null)} />
    </Card>
  );
}
