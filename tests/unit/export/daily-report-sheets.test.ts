import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { workbookBytes } from '../../../renderer/features/export/xlsx-sheet';
import type { DailyReportData } from '../../../shared/documents/reports/daily-report-data';
import { dailyReportFileName, dailyReportSheets } from '../../../shared/export/daily-report-sheets';

const REPORT: DailyReportData = {
  date: '2026-12-07',
  hall: { code: '51010401', name: '锦江区政务服务中心' },
  byMatter: [
    { matterCode: 'A', matterName: '户籍证明开具', counts: { accepted: 3, notified: 1, refused: 0, approved: 2, denied: 0 } },
    { matterCode: 'B', matterName: '社会保障卡补领', counts: { accepted: 1, notified: 0, refused: 1, approved: 0, denied: 1 } },
  ],
  byMode: [{ mode: '全程网办', count: 4 }],
  byOutcome: { accepted: 4, notified: 1, refused: 1, approved: 2, denied: 1 },
  overdue: [
    {
      caseNumber: '5101040103202612010001',
      matterName: '户籍证明开具',
      applicantName: '王建国',
      promisedDate: '2026-12-04',
      daysOverdue: 1,
    },
  ],
  preparedBy: '李明',
  printedAt: '2026-12-07T09:00:00.000Z',
};

describe('the 日报表 exported to Excel', () => {
  it('has a sheet by matter with the day’s totals and one of the overdue cases, names masked', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await workbookBytes(dailyReportSheets(REPORT))).slice().buffer);
    const byMatter = workbook.getWorksheet('按事项');
    const overdue = workbook.getWorksheet('超期办件');
    expect(byMatter?.getRow(1).getCell(1).value).toBe('川渝通办窗口业务日报表 · 锦江区政务服务中心');
    expect(byMatter?.getRow(3).values).toEqual([undefined, '事项', '受理', '一次性告知', '不予受理', '办结准予', '办结不予']);
    expect(byMatter?.getRow(6).values).toEqual([undefined, '合计', 4, 1, 1, 2, 1]);
    expect(byMatter?.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });
    expect(overdue?.getRow(4).getCell(3).value).toBe('王**');
    expect(overdue?.getRow(4).getCell(4).value).toEqual(new Date('2026-12-04T00:00:00Z'));
    expect(dailyReportFileName(REPORT)).toBe('业务日报表-锦江区政务服务中心-2026-12-07.xlsx');
  });
});
