/**
 * How a list's values become Excel cells, for both workbook writers (the renderer's in-memory
 * one and the host's streamed one): dates as real Excel dates in China wall-clock (Excel has
 * no time zones), numbers as numbers, everything else as text.
 */
import { chinaWallClock } from '../util/china-time';
import type { CellKind } from './sheet-columns';

export const CELL_FORMATS: Partial<Record<CellKind, string>> = { date: 'yyyy-mm-dd', datetime: 'yyyy-mm-dd hh:mm' };

/** 'YYYY-MM-DD' or an ISO instant -> a Date whose UTC fields read as the China date/time. */
export function cellValue(kind: CellKind, value: string | number | null | undefined): string | number | Date | null {
  if (value === null || value === undefined || value === '') return null;
  if (kind === 'date' && typeof value === 'string') return new Date(`${value.slice(0, 10)}T00:00:00Z`);
  if (kind === 'datetime' && typeof value === 'string') return chinaWallClock(value);
  if (kind === 'number') return Number(value);
  return String(value);
}

/** A column's width in Excel characters: given, or room for its Chinese header. */
export function columnWidth(column: { header: string; width?: number }): number {
  return column.width ?? Math.max(10, column.header.length * 2 + 2);
}
