/**
 * The supervisor's 月报表 for one hall and month: the month's cases (by 收件日期) and what
 * became of them, in total, per matter and per 收件窗口 — 受理, 一次性告知, 不予受理, 办结,
 * 按时办结率, 超期办结 — and the 好差评 distribution. May run to several pages (each table
 * repeats its header rows). Not an official notice: no 文书编号, no seal; the supervisor signs.
 */
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { MonthlyCounts } from '../../sync/hall-protocol';
import { formatMonth, onTimeRate, type MonthlyReportData } from './monthly-report-data';
import {
  blank,
  documentFooter,
  documentHeader,
  IDEOGRAPHIC_SPACE,
  listTable,
  sectionTitle,
  type ListColumn,
} from '../official/official-blocks';
import { officialPage } from '../official/official-page';
import { OFFICIAL_DENSE } from '../official/official-styles';

export const MONTHLY_REPORT_TITLE = '川渝通办窗口业务月报表';

const COUNT_HEADERS = ['收件', '受理', '一次性告知', '不予受理', '办结', '按时办结率', '超期办结'];

const countColumns = (): ListColumn[] =>
  COUNT_HEADERS.map((header): ListColumn => ({ header, width: header.length > 3 ? 44 : 32, align: 'center' }));

const countCells = (counts: MonthlyCounts): string[] => [
  String(counts.opened),
  String(counts.accepted),
  String(counts.notified),
  String(counts.refused),
  String(counts.decided),
  onTimeRate(counts),
  String(counts.decidedLate),
];

const ratingText = (ratings: readonly { level: string; count: number }[]) =>
  ratings.map((rating) => `${rating.level}${rating.count}`).join('，') || '—';

export function buildMonthlyReportDoc(data: MonthlyReportData): TDocumentDefinitions {
  const density = OFFICIAL_DENSE;
  const month = formatMonth(data.month);
  const content: Content[] = [
    ...documentHeader({ title: MONTHLY_REPORT_TITLE, copyNumber: 1 }),
    {
      text: `${data.hall.name}（${data.hall.code}）${IDEOGRAPHIC_SPACE}统计月份：${month}（按收件日期）`,
      style: 'subtitle',
      margin: [0, 4, 0, 0],
    },
    sectionTitle('一、本月合计', density),
    listTable(countColumns(), [countCells(data.totals)], density),
    sectionTitle('二、按事项统计', density),
    listTable(
      [{ header: '序号', width: 20, align: 'center' }, { header: '事项名称', width: '*' }, ...countColumns()],
      data.byMatter.map((row, index) => [String(index + 1), row.matterName, ...countCells(row)]),
      density,
      '（本月无办件）',
    ),
    sectionTitle('三、按收件窗口统计', density),
    listTable(
      [{ header: '窗口', width: 28, align: 'center' }, ...countColumns(), { header: '好差评', width: '*' }],
      data.byWindow.map((row) => [`${row.window}号`, ...countCells(row), ratingText(row.ratings)]),
      density,
      '（本月无办件）',
    ),
    sectionTitle('四、好差评', density),
    listTable(
      [
        { header: '评价等级', width: '*' },
        { header: '件数', width: 80, align: 'center' },
      ],
      data.ratings.map((rating) => [rating.level, String(rating.count)]),
      density,
      '（本月无评价）',
    ),
    {
      text: [`填报人：${data.preparedBy}`, IDEOGRAPHIC_SPACE.repeat(4), '审核人（签名）：', blank(8)],
      style: 'signature',
      margin: [0, 2 * density.gap, 0, 0],
      unbreakable: true,
    } as Content,
    ...documentFooter('本报表供大厅内部管理使用。', { printedAt: data.printedAt, printedBy: data.preparedBy, copyNumber: 1 }, density),
  ];
  return officialPage({
    title: `${MONTHLY_REPORT_TITLE} ${data.hall.name} ${month}`,
    subject: MONTHLY_REPORT_TITLE,
    author: data.hall.name,
    density,
    content,
  });
}
