/**
 * The 日报表 as Excel sheets: counts by matter (with a 合计 row from the report's own totals)
 * and the overdue cases, each under the hall and day as title lines. Applicant names are
 * masked as on the printed report: the file leaves the hall's hands.
 */
import {
  REPORT_OUTCOME_LABELS,
  REPORT_OUTCOMES,
  type DailyReportData,
  type MatterCounts,
  type OverdueCase,
} from '../documents/reports/daily-report-data';
import { maskPersonName } from '../documents/official/official-format';
import type { SheetColumn } from './sheet-columns';

interface SheetOf<T> {
  name: string;
  title: string[];
  columns: readonly SheetColumn<T>[];
  rows: T[];
}

const MATTER_COLUMNS: readonly SheetColumn<MatterCounts>[] = [
  { header: '事项', kind: 'text', width: 40, value: (row) => row.matterName },
  ...REPORT_OUTCOMES.map((outcome): SheetColumn<MatterCounts> => ({
    header: REPORT_OUTCOME_LABELS[outcome],
    kind: 'number',
    value: (row) => row.counts[outcome],
  })),
];

const OVERDUE_COLUMNS: readonly SheetColumn<OverdueCase>[] = [
  { header: '办件编号', kind: 'text', width: 26, value: (row) => row.caseNumber },
  { header: '事项', kind: 'text', width: 36, value: (row) => row.matterName },
  { header: '申请人', kind: 'text', value: (row) => maskPersonName(row.applicantName) },
  { header: '承诺办结日期', kind: 'date', width: 14, value: (row) => row.promisedDate },
  { header: '超期（工作日）', kind: 'number', value: (row) => row.daysOverdue },
];

export function dailyReportSheets(report: DailyReportData): [SheetOf<MatterCounts>, SheetOf<OverdueCase>] {
  const title = [`川渝通办窗口业务日报表 · ${report.hall.name}`, `日期：${report.date}，填报人：${report.preparedBy}`];
  const total: MatterCounts = { matterCode: '', matterName: '合计', counts: report.byOutcome };
  return [
    { name: '按事项', title, columns: MATTER_COLUMNS, rows: [...report.byMatter, total] },
    { name: '超期办件', title, columns: OVERDUE_COLUMNS, rows: report.overdue },
  ];
}

export function dailyReportFileName(report: DailyReportData): string {
  return `业务日报表-${report.hall.name}-${report.date}.xlsx`;
}
