import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { writeStreamedWorkbook } from '../../../electron/handlers/export/streamed-workbook';
import { HALL_CASE_COLUMNS } from '../../../shared/export/hall-case-sheet';
import type { HallCaseRow } from '../../../shared/sync/hall-protocol';

const row = (index: number): HallCaseRow => ({
  caseId: `c${index}`,
  caseNumber: `510100-20261201-03-${String(index).padStart(5, '0')}`,
  matterCode: 'M1',
  matterName: '社会保障卡补领',
  mode: '全程网办',
  applicantName: `申请人${index}`,
  status: 'accepted',
  direction: 'receiving',
  receivingHall: '51010401',
  receivingWindow: 3,
  receivingPerson: '李四',
  handlingWindow: null,
  handlingPerson: null,
  // 23:30 UTC is 07:30 the next day in China: the sheet shows the China wall clock.
  openedAt: '2026-11-30T23:30:00.000Z',
  promisedDate: '2026-12-08',
  receivingDue: null,
  handlingDue: null,
  openSupervisions: 0,
});

async function* pages(count: number, size: number): AsyncIterable<HallCaseRow[]> {
  for (let start = 0; start < count; start += size)
    yield Array.from({ length: Math.min(size, count - start) }, (_, offset) => row(start + offset));
}

describe('a long list streamed to Excel by the host', () => {
  it('writes every page into one sheet with Chinese headers in a frozen first row and dates as dates', async () => {
    const { bytes, rows } = await writeStreamedWorkbook({ name: '大厅办件', columns: HALL_CASE_COLUMNS, pages: pages(12_001, 5_000) });
    expect(rows).toBe(12_001);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(bytes).buffer);
    const sheet = workbook.getWorksheet('大厅办件');
    if (!sheet) throw new Error('sheet missing');
    expect(sheet.rowCount).toBe(12_002);
    expect(sheet.getRow(1).values).toEqual([undefined, ...HALL_CASE_COLUMNS.map((column) => column.header)]);
    expect(sheet.getRow(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const last = sheet.getRow(12_002);
    expect(last.getCell(1).value).toBe('510100-20261201-03-12000');
    expect(last.getCell(3).value).toBe('申请人12000');
    const headers = HALL_CASE_COLUMNS.map((column) => column.header);
    const openedAt = last.getCell(headers.indexOf('收件时间') + 1);
    expect(openedAt.value).toEqual(new Date('2026-12-01T07:30:00.000Z'));
    expect(openedAt.numFmt).toBe('yyyy-mm-dd hh:mm');
    expect(last.getCell(headers.indexOf('承诺办结日期') + 1).value).toEqual(new Date('2026-12-08T00:00:00.000Z'));
    expect(last.getCell(headers.indexOf('收件窗口') + 1).value).toBe(3);
  });
});
