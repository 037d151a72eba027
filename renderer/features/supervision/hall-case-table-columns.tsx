/** Columns of the hall view's tables (all cases, 预警, follow-ups). */
import { Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { CASE_STATUS_LABELS, type CaseStatus } from '../../../shared/domain/case/case-status';
import type { HallCaseRow } from '../../../shared/sync/hall-protocol';

const DIRECTION: Record<HallCaseRow['direction'], string> = { receiving: '收件', handling: '办理', both: '收件并办理' };

export function hallCaseColumns<T extends HallCaseRow>(): ColumnsType<T> {
  return [
    { title: '办件编号', dataIndex: 'caseNumber', render: (value: string) => <span data-testid="hall-case-number">{value}</span> },
    { title: '事项', dataIndex: 'matterName' },
    { title: '申请人', dataIndex: 'applicantName' },
    { title: '本大厅', render: (_, row) => DIRECTION[row.direction] },
    {
      title: '收件窗口',
      render: (_, row) => <span data-testid="hall-receiving-window">{`${row.receivingWindow}号 · ${row.receivingPerson}`}</span>,
    },
    {
      title: '办理窗口',
      render: (_, row) => (row.handlingWindow === null ? '—' : `${row.handlingWindow}号 · ${row.handlingPerson ?? ''}`),
    },
    { title: '状态', render: (_, row) => CASE_STATUS_LABELS[row.status as CaseStatus] ?? row.status },
    { title: '承诺办结', dataIndex: 'promisedDate' },
    { title: '收件方期限', dataIndex: 'receivingDue' },
    { title: '办理方期限', dataIndex: 'handlingDue' },
    { title: '督办', render: (_, row) => (row.openSupervisions > 0 ? <Tag color="red">{row.openSupervisions}</Tag> : null) },
  ];
}
