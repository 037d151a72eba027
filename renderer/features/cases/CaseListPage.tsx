import { Alert, Button, Card, Empty, Input, Select, Space, Table, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { CASE_QUERY_LABELS, classifyCaseQuery } from '../../../shared/domain/case/case-query';
import { CASE_STATUS_LABELS, type CaseStatus } from '../../../shared/domain/case/case-state';
import { chinaDate } from '../../../shared/domain/calendar/working-days';
import { matters } from '../../catalog/catalog';
import { caseSearchRepo, type CaseFilters } from '../../data/case-search.repo';
import type { CaseRecord, CaseSide } from '../../data/db';
import { DateRangeField } from '../../ui/DateRangeField';
import { CaseDetailDrawer } from './CaseDetailDrawer';
import { CaseStatusTag } from './CaseStatusTag';
import { DueIndicator } from './DueIndicator';
import { useCasePages } from './use-case-pages';
import { chinaDayStart } from '../../../shared/util/china-time';

const TITLES: Record<CaseSide, string> = {
  receiving: '本窗口受理的办件',
  handling: '待办理：其他省市窗口推送到本地办理的办件',
};

type View = 'all' | 'open' | 'overdue' | CaseStatus;

/** 待办理 is a to-do list: a finished case leaves it (still found under 全部状态). */
const DEFAULT_VIEW: Record<CaseSide, View> = { receiving: 'all', handling: 'open' };

/** Names, places and dates stay on one line (陈建国, not 陈建/国). */
const NO_WRAP = { onHeaderCell: () => ({ style: { whiteSpace: 'nowrap' } }), onCell: () => ({ style: { whiteSpace: 'nowrap' } }) } as const;

const MATTER_OPTIONS = matters.map((matter) => ({ value: matter.code, label: matter.name }));

/** The start of a China calendar day as an ISO instant (cases store UTC instants). */
const chinaDayStartOf = (day: Dayjs) => chinaDayStart(day.format('YYYY-MM-DD'));

function filtersFor(side: CaseSide, view: View, matterCode: string | undefined, days: [Dayjs, Dayjs] | null): CaseFilters {
  const byView: CaseFilters =
    view === 'all'
      ? { side }
      : view === 'open'
        ? { side, openOnly: true }
        : view === 'overdue'
          ? { side, promisedBefore: chinaDate(new Date()), openOnly: true }
          : { side, status: view };
  return {
    ...byView,
    ...(matterCode ? { matterCode } : {}),
    ...(days ? { updatedFrom: chinaDayStartOf(days[0]), updatedBefore: chinaDayStartOf(days[1].add(1, 'day')) } : {}),
  };
}

export function CaseListPage({ side }: { side: CaseSide }) {
  const [text, setText] = useState('');
  const [view, setView] = useState<View>(DEFAULT_VIEW[side]);
  const [matterCode, setMatterCode] = useState<string | undefined>();
  const [days, setDays] = useState<[Dayjs, Dayjs] | null>(null);
  const [openCaseId, setOpenCaseId] = useState<string | null>(null);
  const counts: Record<string, number> = useLiveQuery(() => caseSearchRepo.statusCounts(side), [side]) ?? {};
  const filters = filtersFor(side, view, matterCode, days);
  const { rows, loading, hasMore, loadMore } = useCasePages(text, filters);
  const queryKind = classifyCaseQuery(text).kind;

  return (
    <Card title={TITLES[side]}>
      <Space direction="vertical" style={{ width: '100%' }}>
        {side === 'receiving' && (counts.supplementRequested ?? 0) > 0 && view !== 'supplementRequested' && (
          <Alert
            type="warning"
            showIcon
            data-testid="supplement-requests-alert"
            message={`办理地要求补正的办件 ${counts.supplementRequested ?? 0} 件：请联系申请人补交材料，收齐后在办件中提交办理地`}
            action={
              <Button size="small" onClick={() => setView('supplementRequested')}>
                查看
              </Button>
            }
          />
        )}
        <Space wrap>
          <Input.Search
            allowClear
            placeholder="办件编号、身份证号、统一社会信用代码、手机号码、申请人或单位名称"
            style={{ width: 460 }}
            onSearch={setText}
            onChange={(event) => event.target.value === '' && setText('')}
            data-testid="case-search"
          />
          {text && <Tag>{CASE_QUERY_LABELS[queryKind]}</Tag>}
          <Select<View>
            aria-label="办件状态"
            value={view}
            onChange={setView}
            style={{ width: 200 }}
            options={[
              { value: 'open', label: '未办结' },
              { value: 'all', label: '全部状态（含已办结）' },
              { value: 'overdue', label: '已超期（未办结）' },
              ...(Object.keys(CASE_STATUS_LABELS) as CaseStatus[]).map((status) => ({
                value: status,
                label: `${CASE_STATUS_LABELS[status]}（${counts[status] ?? 0}）`,
              })),
            ]}
          />
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            placeholder="全部事项"
            value={matterCode}
            onChange={setMatterCode}
            options={MATTER_OPTIONS}
            style={{ width: 280 }}
            id="caseMatterFilter"
            aria-label="事项"
          />
          <DateRangeField
            label="办理日期"
            placeholder={['办理日期起', '办理日期止']}
            value={days}
            onChange={setDays}
            testId="case-date-filter"
          />
        </Space>
        <Table<CaseRecord>
          rowKey="caseId"
          loading={loading}
          dataSource={rows}
          locale={{ emptyText: <Empty description="暂无办件" /> }}
          pagination={false}
          // Wide enough for its columns at any zoom: the list scrolls sideways instead of squeezing
          // names into one-character columns.
          scroll={{ x: 'max-content' }}
          // Rows are reachable with Tab and open with Enter, like the buttons they stand for.
          onRow={(record) => ({
            onClick: () => setOpenCaseId(record.caseId),
            onKeyDown: (event) => {
              if (event.key === 'Enter' && event.target === event.currentTarget) setOpenCaseId(record.caseId);
            },
            tabIndex: 0,
            'aria-label': `办件 ${record.caseNumber} ${record.applicant.name}`,
            style: { cursor: 'pointer' },
          })}
          columns={[
            {
              title: '办件编号',
              render: (_, record) => (
                <Space direction="vertical" size={0}>
                  <span data-testid="row-case-number">{record.caseNumber}</span>
                  {record.nationalCaseNumber && <Typography.Text type="secondary">全国 {record.nationalCaseNumber}</Typography.Text>}
                  {record.handlingReceipt?.localCaseNumber && (
                    <Typography.Text type="secondary">办理地 {record.handlingReceipt.localCaseNumber}</Typography.Text>
                  )}
                </Space>
              ),
            },
            { title: '事项', render: (_, record) => record.matter.name },
            {
              ...NO_WRAP,
              title: '申请人',
              render: (_, record) =>
                record.unit ? (
                  <Space direction="vertical" size={0} data-testid="row-unit">
                    <span>{record.unit.name}</span>
                    <Typography.Text type="secondary">经办人 {record.applicant.name}</Typography.Text>
                  </Space>
                ) : (
                  record.applicant.name
                ),
            },
            // Which window took it (or has it after 改派): the list shows the whole hall's cases.
            {
              ...NO_WRAP,
              title: '受理窗口',
              render: (_, record) => (
                <span data-testid="row-window">{`${record.assignees?.receiving?.window ?? record.acceptedBy.window}号 · ${record.assignees?.receiving?.name ?? record.acceptedBy.clerk}`}</span>
              ),
            },
            {
              ...NO_WRAP,
              title: side === 'receiving' ? '办理地' : '收件地',
              render: (_, record) => (side === 'receiving' ? record.routing.handling.name : record.routing.receiving.name),
            },
            { ...NO_WRAP, title: '承诺办结', dataIndex: 'promisedDate' },
            { ...NO_WRAP, title: '时限', render: (_, record) => <DueIndicator state={record} /> },
            { ...NO_WRAP, title: '状态', render: (_, record) => <CaseStatusTag state={record} /> },
          ]}
        />
        {hasMore && <Button onClick={() => void loadMore()}>加载更多</Button>}
      </Space>
      <CaseDetailDrawer caseId={openCaseId} onClose={() => setOpenCaseId(null)} />
    </Card>
  );
}
