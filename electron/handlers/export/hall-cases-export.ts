/**
 * 导出Excel of the hall's case list, however long: the host follows the hub's cursor in its
 * largest pages and streams them into one workbook, so the supervisor gets one file without
 * a cap and the renderer never holds the rows.
 */
import type { HallExport } from '../../../shared/bridge/hall-channels';
import { HALL_CASE_COLUMNS } from '../../../shared/export/hall-case-sheet';
import type { HallCaseRow, HallCasesQuery, HallCasesResponse } from '../../../shared/sync/hall-protocol';
import { chinaDate } from '../../../shared/util/china-time';
import { writeStreamedWorkbook } from './streamed-workbook';

/** The hub's largest page (hallCasesQuerySchema's limit). */
const EXPORT_PAGE_ROWS = 5_000;

export type FetchHallCases = (query: HallCasesQuery) => Promise<HallCasesResponse>;

async function* hallCasePages(fetchPage: FetchHallCases, query: HallCasesQuery): AsyncIterable<HallCaseRow[]> {
  let cursor: string | null = null;
  do {
    const page: HallCasesResponse = await fetchPage({ ...query, limit: EXPORT_PAGE_ROWS, ...(cursor ? { cursor } : {}) });
    yield page.rows;
    cursor = page.nextCursor;
  } while (cursor);
}

export async function exportHallCases(fetchPage: FetchHallCases, query: HallCasesQuery, now = new Date()): Promise<HallExport> {
  const { bytes, rows } = await writeStreamedWorkbook({
    name: '大厅办件',
    columns: HALL_CASE_COLUMNS,
    pages: hallCasePages(fetchPage, query),
  });
  return { fileName: `大厅办件-${chinaDate(now)}.xlsx`, rows, dataBase64: bytes.toString('base64') };
}
