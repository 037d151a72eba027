import ExcelJS from 'exceljs';
import { expect, it } from 'vitest';
import { workbookBytes } from '../../../renderer/features/export/xlsx-sheet';
import { monthlyReportFileName, monthlyReportSheets } from '../../../shared/export/monthly-report-sheets';
import { sampleMonthlyReport } from '../../fixtures/monthly-report-data';

it('writes the 月报表 per matter with a 合计 row, per window with its 好差评, and the 好差评, under frozen headers', async () => {
  const report = sampleMonthlyReport();
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await workbookBytes(monthlyReportSheets(report))).slice().buffer);
  expect(monthlyReportFileName(report)).toBe('业务月报表-成都市锦江区政务服务中心-2026-11.xlsx');

  const byMatter = workbook.getWorksheet('按事项');
  expect(byMatter?.getRow(2).getCell(1).value).toBe('月份：2026年11月（按收件日期），填报人：王科长');
  expect(byMatter?.getRow(3).values).toEqual([
    undefined,
    '事项',
    '收件',
    '受理',
    '一次性告知',
    '不予受理',
    '办结',
    '按时办结',
    '按时办结率',
    '超期办结',
  ]);
  expect(byMatter?.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });
  expect(byMatter?.getRow(4).values).toEqual([undefined, '无犯罪记录证明', 200, 190, 8, 2, 180, 171, '95.0%', 9]);
  expect(byMatter?.getRow(6).values).toEqual([undefined, '合计', 320, 300, 15, 5, 280, 266, '95.0%', 14]);

  const byWindow = workbook.getWorksheet('按窗口');
  expect(byWindow?.getRow(4).values).toEqual([undefined, 3, 180, 170, 8, 2, 160, 152, '95.0%', 8, '非常满意90，不满意2']);
  const ratings = workbook.getWorksheet('好差评');
  expect(ratings?.getRow(5).values).toEqual([undefined, '不满意', 2]);
});
