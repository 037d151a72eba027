/**
 * The 月报表 as Excel sheets: per matter (with a 合计 row) and per 收件窗口 (with its 好差评),
 * then the 好差评 distribution, each under the hall and month as title lines.
 */
import { formatMonth, onTimeRate, type MonthlyReportData } from '../documents/reports/monthly-report-data';
import type { MonthlyCounts } from '../sync/hall-protocol';
import type { SheetColumn } from './sheet-columns';

interface SheetOf<T> {
  name: string;
  title: string[];
  columns: readonly SheetColumn<T>[];
  rows: T[];
}

type MatterRow = MonthlyCounts & { matterName: string };
type WindowRow = MonthlyReportData['byWindow'][number];
type RatingRow = MonthlyReportData['ratings'][number];

function countColumns<T extends MonthlyCounts>(): SheetColumn<T>[] {
  return [
    { header: '收件', kind: 'number', value: (row) => row.opened },
    { header: '受理', kind: 'number', value: (row) => row.accepted },
    { header: '一次性告知', kind: 'number', value: (row) => row.notified },
    { header: '不予受理', kind: 'number', value: (row) => row.refused },
    { header: '办结', kind: 'number', value: (row) => row.decided },
    { header: '按时办结', kind: 'number', value: (row) => row.decidedOnTime },
    { header: '按时办结率', kind: 'text', value: (row) => onTimeRate(row) },
    { header: '超期办结', kind: 'number', value: (row) => row.decidedLate },
  ];
}

export function monthlyReportSheets(report: MonthlyReportData): [SheetOf<MatterRow>, SheetOf<WindowRow>, SheetOf<RatingRow>] {
  const title = [
    `川渝通办窗口业务月报表 · ${report.hall.name}`,
    `月份：${formatMonth(report.month)}（按收件日期），填报人：${report.preparedBy}`,
  ];
  return [
    {
      name: '按事项',
      title,
      columns: [{ header: '事项', kind: 'text', width: 40, value: (row) => row.matterName }, ...countColumns<MatterRow>()],
      rows: [...report.byMatter, { matterName: '合计', ...report.totals }],
    },
    {
      name: '按窗口',
      title,
      columns: [
        { header: '收件窗口', kind: 'number', value: (row) => row.window },
        ...countColumns<WindowRow>(),
        {
          header: '好差评',
          kind: 'text',
          width: 40,
          value: (row) => row.ratings.map((rating) => `${rating.level}${rating.count}`).join('，'),
        },
      ],
      rows: report.byWindow,
    },
    {
      name: '好差评',
      title,
      columns: [
        { header: '评价等级', kind: 'text', width: 16, value: (row) => row.level },
        { header: '件数', kind: 'number', value: (row) => row.count },
      ],
      rows: report.ratings,
    },
  ];
}

export function monthlyReportFileName(report: MonthlyReportData): string {
  return `业务月报表-${report.hall.name}-${report.month}.xlsx`;
}
