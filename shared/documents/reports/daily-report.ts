/**
 * The supervisor's 日报表 for one hall and day: counts by outcome, by 办理模式 (with the units'
 * cases among them) and by matter, then the overdue cases (applicant names masked, units
 * named, and the side whose part ran late). May run to several pages: each table
 * repeats its header rows, and the overdue list's caption says which hall and day it is.
 * Not an official notice, so no 文书编号 and no seal; the supervisor signs it.
 */
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { REPORT_OUTCOME_LABELS, REPORT_OUTCOMES, type DailyReportData, type OutcomeCounts, type ReportOutcome } from './daily-report-data';
import { formatChinaDate } from '../layout/format';
import {
  blank,
  documentFooter,
  documentHeader,
  IDEOGRAPHIC_SPACE,
  listTable,
  sectionTitle,
  type ListColumn,
} from '../official/official-blocks';
import { maskPersonName } from '../official/official-format';
import { officialPage } from '../official/official-page';
import { OFFICIAL_DENSE, OFFICIAL_NORMAL } from '../official/official-styles';

export const DAILY_REPORT_TITLE = '川渝通办窗口业务日报表';

/** Table rows (matters + overdue cases) that still print at the normal size. */
const EVERYDAY_ROWS = 20;

const total = (counts: OutcomeCounts): number => REPORT_OUTCOMES.reduce((sum, outcome) => sum + counts[outcome], 0);

const OUTCOME_COLUMNS: ListColumn[] = [
  ...REPORT_OUTCOMES.map((outcome): ListColumn => ({ header: REPORT_OUTCOME_LABELS[outcome], width: '*', align: 'center' })),
  { header: '合计', width: '*', align: 'center' },
];

/** Dense: the code gets its own column; normal: it follows the name, so the counts keep one-line headers. */
function matterColumns(dense: boolean): ListColumn[] {
  const count = (outcome: ReportOutcome): ListColumn => ({
    header: REPORT_OUTCOME_LABELS[outcome],
    width: (dense ? 36 : 46) + (outcome === 'notified' ? 10 : 0),
    align: 'center',
  });
  return [
    { header: '序号', width: 20, align: 'center' },
    ...(dense ? [{ header: '事项编码', width: 52 } as ListColumn] : []),
    { header: dense ? '事项名称' : '事项名称（编码）', width: '*' },
    ...REPORT_OUTCOMES.map(count),
    { header: '合计', width: 32, align: 'center' },
  ];
}

const OVERDUE_COLUMNS: ListColumn[] = [
  { header: '序号', width: 22, align: 'center' },
  { header: '办件编号', width: 120 },
  { header: '事项名称', width: '*' },
  { header: '申请人（单位）', width: 64 },
  { header: '承诺办结日期', width: 70, align: 'center' },
  { header: '超期工作日', width: 46, align: 'center' },
  { header: '延误方', width: 40, align: 'center' },
];

export function buildDailyReportDoc(data: DailyReportData): TDocumentDefinitions {
  // An everyday day prints at the comfortable size; a busy one (many matters or overdue
  // cases) switches to the dense 7.5 pt tables so it runs to fewer pages.
  const density = data.byMatter.length + data.overdue.length <= EVERYDAY_ROWS ? OFFICIAL_NORMAL : OFFICIAL_DENSE;
  const day = formatChinaDate(data.date);
  const countsRow = (counts: OutcomeCounts): string[] => [
    ...REPORT_OUTCOMES.map((outcome) => String(counts[outcome])),
    String(total(counts)),
  ];
  const content: Content[] = [
    ...documentHeader({ title: DAILY_REPORT_TITLE, copyNumber: 1 }),
    { text: `${data.hall.name}（${data.hall.code}）${IDEOGRAPHIC_SPACE}统计日期：${day}`, style: 'subtitle', margin: [0, 4, 0, 0] },
    sectionTitle('一、办理结果统计', density),
    listTable(OUTCOME_COLUMNS, [countsRow(data.byOutcome)], density),
    sectionTitle('二、按办理模式统计（当日收件）', density),
    listTable(
      [
        { header: '办理模式', width: '*' },
        { header: '件数', width: 80, align: 'center' },
      ],
      data.byMode.map((mode) => [mode.mode, String(mode.count)]),
      density,
    ),
    ...(data.unitCases ? [{ text: `其中单位（法人）办件${data.unitCases}件。`, style: 'body', margin: [0, 2, 0, 0] } as Content] : []),
    sectionTitle('三、按事项统计', density),
    listTable(
      matterColumns(density.dense),
      data.byMatter.map((matter, index) => [
        String(index + 1),
        ...(density.dense ? [matter.matterCode, matter.matterName] : [`${matter.matterName}（${matter.matterCode}）`]),
        ...countsRow(matter.counts),
      ]),
      density,
      '（当日无办件）',
    ),
    sectionTitle(`四、超期办件（共${data.overdue.length}件）`, density),
    listTable(
      OVERDUE_COLUMNS,
      data.overdue.map((item, index) => [
        String(index + 1),
        item.caseNumber,
        item.matterName,
        item.unitName ?? maskPersonName(item.applicantName),
        formatChinaDate(item.promisedDate),
        String(item.daysOverdue),
        item.delayedBy?.join('、') ?? '',
      ]),
      density,
      '（无超期办件）',
      `超期办件清单${IDEOGRAPHIC_SPACE}${data.hall.name}${IDEOGRAPHIC_SPACE}${day}`,
    ),
    {
      text: [`填报人：${data.preparedBy}`, IDEOGRAPHIC_SPACE.repeat(4), '审核人（签名）：', blank(8)],
      style: 'signature',
      margin: [0, 2 * density.gap, 0, 0],
      unbreakable: true,
    } as Content,
    ...documentFooter(
      '本报表供大厅内部管理使用，申请人姓名已作脱敏处理。',
      { printedAt: data.printedAt, printedBy: data.preparedBy, copyNumber: 1 },
      density,
    ),
  ];
  return officialPage({
    title: `${DAILY_REPORT_TITLE} ${data.hall.name} ${day}`,
    subject: DAILY_REPORT_TITLE,
    author: data.hall.name,
    density,
    content,
  });
}
