/** The hall view's case list as an Excel sheet. */
import { CASE_STATUS_LABELS, type CaseStatus } from '../domain/case/case-status';
import type { HallCaseRow } from '../sync/hall-protocol';
import type { SheetColumn } from './sheet-columns';

const DIRECTIONS: Record<HallCaseRow['direction'], string> = { receiving: '收件', handling: '办理', both: '收件并办理' };

export const HALL_CASE_COLUMNS: readonly SheetColumn<HallCaseRow>[] = [
  { header: '办件编号', kind: 'text', width: 26, value: (row) => row.caseNumber },
  { header: '事项', kind: 'text', width: 36, value: (row) => row.matterName },
  { header: '申请人', kind: 'text', value: (row) => row.applicantName },
  { header: '办理模式', kind: 'text', width: 14, value: (row) => row.mode },
  { header: '本大厅角色', kind: 'text', value: (row) => DIRECTIONS[row.direction] },
  { header: '状态', kind: 'text', width: 16, value: (row) => CASE_STATUS_LABELS[row.status as CaseStatus] ?? row.status },
  { header: '收件窗口', kind: 'number', value: (row) => row.receivingWindow },
  { header: '收件人员', kind: 'text', value: (row) => row.receivingPerson },
  { header: '办理窗口', kind: 'number', value: (row) => row.handlingWindow },
  { header: '办理人员', kind: 'text', value: (row) => row.handlingPerson },
  { header: '收件时间', kind: 'datetime', width: 18, value: (row) => row.openedAt },
  { header: '承诺办结日期', kind: 'date', width: 14, value: (row) => row.promisedDate },
  { header: '收件方期限', kind: 'date', width: 14, value: (row) => row.receivingDue },
  { header: '办理方期限', kind: 'date', width: 14, value: (row) => row.handlingDue },
  { header: '未回复督办', kind: 'number', value: (row) => row.openSupervisions },
];
