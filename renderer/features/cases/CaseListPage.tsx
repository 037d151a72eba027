import { Button, Card, Empty, Input, Select, Space, Table, Tag } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { CASE_QUERY_LABELS, classifyCaseQuery } from '../../../shared/domain/case-query';
import { CASE_STATUS_LABELS, type CaseStatus } from '../../../shared/domain/case-state';
import { chinaDate } from '../../../shared/domain/working-days';
import { caseSearchRepo } from '../../data/case-search.repo';
import type { CaseRecord, CaseSide } from '../../data/db';
import { CaseDetailDrawer } from './CaseDetailDrawer';
import { CaseStatusTag } from './CaseStatusTag';
import { DueIndicator } from './DueIndicator';
import { useCasePages } from './use-case-pages';

const TITLES: Record<CaseSide, string> = {
  receiving: '本窗口受理的办件',
  handling: '待办理：其他省市窗口推送到本地办理的办件',
};

type View = 'all' | 'overdue' | CaseStatus;

export function CaseListPage({ side }: { side: CaseSide }) {
  const [text, setText] = useState('');
  const [view, setView] = useState<View>('all');
  const [openCaseId, setOpenCaseId] = useState<string | null>(null);
  const counts: Record<string, number> = useLiveQuery(() => caseSearchRepo.statusCounts(side), [side]) ?? {};
  const filters =
    view === 'all' ? { side } : view === 'overdue' ? { side, promisedBefore: chinaDate(new Date()), openOnly: true } : { side, status: view };
  const { rows, loading, hasMore, loadMore } = useCasePages(text, filters);
  const queryKind = classifyCaseQuery(text).kind;

  return (
    <Card title={TITLES[side]}>
      <Space direction="vertical" style={{ width: '100%' }}>
        <Space wrap>
          <Input.Search
            allowClear
            placeholder="办件编号、公民身份号码、手机号码或申请人姓名"
            style={{ width: 380 }}
            onSearch={setText}
            onChange={(event) => event.target.value === '' && setText('')}
            data-testid="case-search"
          />
          {text && <Tag>{CASE_QUERY_LABELS[queryKind]}</Tag>}
          <Select<View>
            value={view}
            onChange={setView}
            style={{ width: 200 }}
            options={[
              { value: 'all', label: '全部状态' },
              { value: 'overdue', label: '已超期（未办结）' },
              ...(Object.keys(CASE_STATUS_LABELS) as CaseStatus[]).map((status) => ({
                value: status,
                label: `${CASE_STATUS_LABELS[status]}（${counts[status] ?? 0}）`,
              })),
            ]}
          />
        </Space>
        <Table<CaseRecord>
          rowKey="caseId"
          loading={loading}
          dataSource={rows}
          locale={{ emptyText: <Empty description="暂无办件" /> }}
          pagination={false}
          onRow={(record) => ({ onClick: () => setOpenCaseId(record.caseId), style: { cursor: 'pointer' } })}
          columns={[
            { title: '办件编号', dataIndex: 'caseNumber', render: (value: string) => <span data-testid="row-case-number">{value}</span> },
            { title: '事项', render: (_, record) => record.matter.name },
            { title: '申请人', render: (_, record) => record.applicant.name },
            {
              title: side === 'receiving' ? '办理地' : '收件地',
              render: (_, record) => (side === 'receiving' ? record.routing.handling.name : record.routing.receiving.name),
            },
            { title: '承诺办结', dataIndex: 'promisedDate' },
            { title: '时限', render: (_, record) => <DueIndicator state={record} /> },
            { title: '状态', render: (_, record) => <CaseStatusTag state={record} /> },
          ]}
        />
        {hasMore && <Button onClick={() => void loadMore()}>加载更多</Button>}
      </Space>
      <CaseDetailDrawer caseId={openCaseId} onClose={() => setOpenCaseId(null)} />
    </Card>
  );
}
