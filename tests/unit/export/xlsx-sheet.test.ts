import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { workbookBytes } from '../../../renderer/features/export/xlsx-sheet';
import { HALL_CASE_COLUMNS } from '../../../shared/export/hall-case-sheet';
import type { HallCaseRow } from '../../../shared/sync/hall-protocol';

const ROW: HallCaseRow = {
  caseId: 'c1',
  caseNumber: '510100-20261201-03-0001',
  matterCode: 'M1',
  matterName: '社会保障卡补领',
  mode: '全程网办',
  applicantName: '张三',
  status: 'accepted',
  direction: 'receiving',
  receivingHall: '成都市武侯区政务服务中心',
  receivingWindow: 3,
  receivingPerson: '李四',
  handlingWindow: null,
  handlingPerson: null,
  // 23:30 UTC is 07:30 the next day in China: the sheet shows the China wall clock.
  openedAt: '2026-11-30T23:30:00.000Z',
  promisedDate: '2026-12-08',
  receivingDue: null,
  handlingDue: '2026-12-05',
  openSupervisions: 2,
};

async function readBack(bytes: Uint8Array): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.slice().buffer);
  const sheet = workbook.getWorksheet('大厅办件');
  if (!sheet) throw new Error('sheet missing');
  return sheet;
}

describe('a list exported to Excel', () => {
  it('has Chinese headers in a frozen first row, dates as dates and numbers as numbers', async () => {
    const sheet = await readBack(await workbookBytes([{ name: '大厅办件', columns: HALL_CASE_COLUMNS, rows: [ROW] }]));
    expect(sheet.getRow(1).values).toContain('办件编号');
    expect(sheet.getRow(1).values).toContain('承诺办结日期');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const cell = (header: string) => sheet.getRow(2).getCell(HALL_CASE_COLUMNS.findIndex((column) => column.header === header) + 1);
    expect(cell('办件编号').value).toBe(ROW.caseNumber);
    expect(cell('收件窗口').value).toBe(3);
    expect(cell('未回复督办').value).toBe(2);
    expect(cell('承诺办结日期').value).toEqual(new Date('2026-12-08T00:00:00Z'));
    expect(cell('收件时间').value).toEqual(new Date('2026-12-01T07:30:00Z'));
    expect(cell('收件时间').numFmt).toBe('yyyy-mm-dd hh:mm');
    expect(cell('收件方期限').value).toBeNull();
    expect(cell('办理人员').value).toBeNull();
  });

  it('keeps title lines above the header and freezes under them', async () => {
    const sheet = await readBack(
      await workbookBytes([
        { name: '大厅办件', columns: HALL_CASE_COLUMNS, rows: [ROW, ROW], title: ['大厅办件清单', '2026-12-01 至 2026-12-07'] },
      ]),
    );
    expect(sheet.getRow(1).getCell(1).value).toBe('大厅办件清单');
    expect(sheet.getRow(3).getCell(1).value).toBe('办件编号');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });
    expect(sheet.rowCount).toBe(5);
  });
});
