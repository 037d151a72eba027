/**
 * What an exported list's columns are: a Chinese header, the kind of cell (dates become real
 * Excel dates) and how to read the value from a row. The workbook itself is written by
 * renderer/features/export/xlsx-sheet.ts (exceljs).
 */
export type CellKind = 'text' | 'number' | 'date' | 'datetime';

export interface SheetColumn<T> {
  header: string;
  kind: CellKind;
  width?: number;
  value(row: T): string | number | null | undefined;
}
