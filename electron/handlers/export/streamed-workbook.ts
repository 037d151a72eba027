/**
 * A long list as one .xlsx, written row by row with exceljs's streaming WorkbookWriter: each
 * row is serialised and handed to the zip as soon as it is added, so memory holds one page
 * of rows plus the compressed output, never a workbook model of every cell (the in-memory
 * writer needs ~1 KB per cell). It runs in the host because the streaming writer needs
 * Node (archiver, streams); exceljs's browser build has none. Same sheet as the in-memory
 * writer: Chinese headers, dates as dates, the header row frozen. Strings are written
 * inline (no shared-strings table, which would keep every distinct string in memory).
 */
import ExcelJS from 'exceljs';
import { PassThrough } from 'node:stream';
import { CELL_FORMATS, cellValue, columnWidth } from '../../../shared/export/cell-value';
import type { SheetColumn } from '../../../shared/export/sheet-columns';

export interface StreamedSheet<T> {
  name: string;
  columns: readonly SheetColumn<T>[];
  /** The rows page by page, e.g. the hub's list followed by its cursor. */
  pages: AsyncIterable<readonly T[]>;
}

export async function writeStreamedWorkbook<T>(spec: StreamedSheet<T>): Promise<{ bytes: Buffer; rows: number }> {
  const output = new PassThrough();
  const chunks: Buffer[] = [];
  output.on('data', (chunk: Buffer) => chunks.push(chunk));
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true, useSharedStrings: false });
  workbook.creator = '川渝通办窗口工作站';
  const sheet = workbook.addWorksheet(spec.name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = spec.columns.map((column) => {
    const format = CELL_FORMATS[column.kind];
    return { header: column.header, width: columnWidth(column), ...(format ? { style: { numFmt: format } } : {}) };
  });
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } };
  header.commit();
  let rows = 0;
  for await (const page of spec.pages) {
    for (const row of page) sheet.addRow(spec.columns.map((column) => cellValue(column.kind, column.value(row)))).commit();
    rows += page.length;
  }
  sheet.commit();
  await workbook.commit();
  return { bytes: Buffer.concat(chunks), rows };
}
