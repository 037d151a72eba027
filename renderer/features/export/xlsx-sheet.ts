/**
 * Small lists and reports as Excel workbooks built in memory (exceljs), the same in the
 * workstation and in Node (bench, tests); long lists are streamed by the host instead
 * (electron/handlers/export/streamed-workbook.ts):
 * Chinese headers, dates as real Excel dates (China wall-clock; Excel has no time zones),
 * numbers as numbers, and the header row frozen so it stays in view while scrolling.
 */
import ExcelJS from 'exceljs';
import { CELL_FORMATS, cellValue, columnWidth } from '../../../shared/export/cell-value';
import type { SheetColumn } from '../../../shared/export/sheet-columns';
import { downloadFile } from './download-file';

export interface SheetSpec<T> {
  name: string;
  columns: readonly SheetColumn<T>[];
  rows: Iterable<T>;
  /** Lines above the header (a report's title, period, hall): the header stays frozen under them. */
  title?: readonly string[];
}

export function addSheet<T>(workbook: ExcelJS.Workbook, spec: SheetSpec<T>): ExcelJS.Worksheet {
  const titleRows = spec.title?.length ?? 0;
  const sheet = workbook.addWorksheet(spec.name, { views: [{ state: 'frozen', ySplit: titleRows + 1 }] });
  for (const line of spec.title ?? []) sheet.addRow([line]).font = { bold: true };
  const header = sheet.addRow(spec.columns.map((column) => column.header));
  header.font = { bold: true };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } };
  spec.columns.forEach((column, index) => {
    const sheetColumn = sheet.getColumn(index + 1);
    sheetColumn.width = columnWidth(column);
    const format = CELL_FORMATS[column.kind];
    if (format) sheetColumn.numFmt = format;
  });
  for (const row of spec.rows) sheet.addRow(spec.columns.map((column) => cellValue(column.kind, column.value(row))));
  return sheet;
}

export async function workbookBytes(sheets: readonly SheetSpec<never>[] | readonly SheetSpec<unknown>[]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '川渝通办窗口工作站';
  for (const sheet of sheets) addSheet(workbook, sheet as SheetSpec<unknown>);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** Hands the workbook to the clerk as a download (a save dialog in Electron). */
export function downloadWorkbook(bytes: Uint8Array, fileName: string): void {
  downloadFile(bytes, fileName, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
}
