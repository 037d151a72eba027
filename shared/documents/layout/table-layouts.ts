/**
 * Named pdfmake table layouts for printed documents. pdfmake layouts are functions, and a
 * document definition must stay plain data (it is posted into a Web Worker), so documents
 * refer to these by name and each renderer registers them once with addTableLayouts().
 * Adding a layout? Builders reference it only through TABLE_LAYOUT.
 */
import type { CustomTableLayout } from 'pdfmake/interfaces';

export const TABLE_LAYOUT = {
  /** Label/value grid with thin dark lines. */
  grid: 'documentGrid',
  gridDense: 'documentGridDense',
  /** A list with a header row; the dense variant fits 30 rows under a full case table on one A4 page. */
  list: 'documentList',
  listDense: 'documentListDense',
} as const;

const LINE_COLOR = '#444444';
const THIN = 0.5;

/**
 * Thin ruled table. Noto Sans SC sits low in its tall line box (0.32 em above the glyphs,
 * 0.21 em below), so dense layouts pad less on top than below to centre the text.
 */
function ruled(horizontalPadding: number, paddingTop: number, paddingBottom = paddingTop): CustomTableLayout {
  return {
    hLineWidth: () => THIN,
    vLineWidth: () => THIN,
    hLineColor: () => LINE_COLOR,
    vLineColor: () => LINE_COLOR,
    paddingLeft: () => horizontalPadding,
    paddingRight: () => horizontalPadding,
    paddingTop: () => paddingTop,
    paddingBottom: () => paddingBottom,
  };
}

export const DOCUMENT_TABLE_LAYOUTS: Record<string, CustomTableLayout> = {
  [TABLE_LAYOUT.grid]: ruled(5, 3),
  [TABLE_LAYOUT.gridDense]: ruled(4, 0.5, 2),
  [TABLE_LAYOUT.list]: ruled(4, 2.5),
  [TABLE_LAYOUT.listDense]: ruled(3, 0, 1.2),
};
