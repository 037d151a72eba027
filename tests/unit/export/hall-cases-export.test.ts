import ExcelJS from 'exceljs';
import { expect, it } from 'vitest';
import { exportHallCases } from '../../../electron/handlers/export/hall-cases-export';
import type { HallCaseRow, HallCasesQuery } from '../../../shared/sync/hall-protocol';
import { base64ToBytes } from '../../../shared/util/base64';

const row = (index: number): HallCaseRow => ({
  caseId: `c${index}`,
  caseNumber: `N${index}`,
  matterCode: 'M1',
  matterName: '居住证签注',
  mode: '异地代收代办',
  applicantName: '王五',
  status: 'accepted',
  direction: 'both',
  receivingHall: '51010401',
  receivingWindow: 4,
  receivingPerson: '李明',
  handlingWindow: null,
  handlingPerson: null,
  openedAt: '2026-12-01T02:00:00.000Z',
  promisedDate: null,
  receivingDue: null,
  handlingDue: null,
  openSupervisions: 0,
});

it('follows the hub’s cursor in its largest pages and keeps the filters on every page', async () => {
  const asked: HallCasesQuery[] = [];
  const hub = async (query: HallCasesQuery) => {
    asked.push(query);
    const start = query.cursor ? Number(query.cursor) : 0;
    const end = Math.min(start + Number(query.limit), 11_000);
    return {
      rows: Array.from({ length: end - start }, (_, offset) => row(start + offset)),
      total: 11_000,
      nextCursor: end < 11_000 ? String(end) : null,
    };
  };
  const exported = await exportHallCases(hub, { side: 'all', view: 'overdue', window: 4 }, new Date('2026-12-07T20:00:00Z'));

  expect(asked.map((query) => [query.cursor, query.limit, query.view, query.window])).toEqual([
    [undefined, 5_000, 'overdue', 4],
    ['5000', 5_000, 'overdue', 4],
    ['10000', 5_000, 'overdue', 4],
  ]);
  expect(exported).toMatchObject({ fileName: '大厅办件-2026-12-08.xlsx', rows: 11_000 });
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(base64ToBytes(exported.dataBase64).slice().buffer);
  expect(workbook.getWorksheet('大厅办件')?.getRow(11_001).getCell(1).value).toBe('N10999');
});
