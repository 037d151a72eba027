/**
 * Chooses the receipt's density before layout: the comfortable normal set when the content
 * is estimated to fit one A4 page, the dense set otherwise. The builder makes one pass and
 * holds no functions, so it cannot ask pdfmake to measure; this estimates instead, and errs
 * towards dense.
 *
 * The constants were measured from the normal layout (pdftotext -bbox). Changing normal
 * styles, paddings, notes or the signature block? Re-measure; the page-count sweep in
 * tests/pdf/receipt-pdf.test.ts fails when the estimate lets a page overflow.
 */
import type { ReceivedMaterial } from '../../domain/matter/application';
import type { FieldRow } from './receipt-fields';
import { CASE_LABEL_WIDTH, CONTENT_HEIGHT, CONTENT_WIDTH, MATERIALS_FIXED_WIDTHS } from './receipt-geometry';
import { DENSE_DENSITY, NORMAL_DENSITY, type ReceiptDensity } from './receipt-styles';

/** Noto Sans SC's line box is 1.448 em. */
const LINE_EM = 1.448;
const NORMAL = {
  valueSize: 10,
  listSize: 9.5,
  /** Cell padding above and below plus one 0.5 pt rule, per row. */
  caseRowExtra: 6.5,
  listRowExtra: 5.5,
  /** Horizontal cell padding (both sides) of the grid and the list. */
  casePadding: 10,
  listPadding: 8,
  /** Header block and gap above the case table. */
  aboveCaseTable: 78.5,
  /** Gap, list title and the list's header row. */
  betweenTables: 49,
  /** Notes (up to 5 lines), signature block and print line. */
  belowList: 193,
};
/** Slack for rounding in the estimate. */
const SAFETY = 12;

const RULE = 0.5;
const HALF_VALUE_WIDTH = (CONTENT_WIDTH - 2 * CASE_LABEL_WIDTH - 4 * NORMAL.casePadding - 5 * RULE) / 2;
const WIDE_VALUE_WIDTH = 2 * HALF_VALUE_WIDTH + CASE_LABEL_WIDTH + 2 * NORMAL.casePadding;
const { index, form, copies } = MATERIALS_FIXED_WIDTHS;
const MATERIAL_NAME_WIDTH = CONTENT_WIDTH - index - form - copies - 4 * NORMAL.listPadding - 5 * RULE;

/**
 * Width in em: printable ASCII at most 0.6 em, anything else a full 1 em. Noto Sans SC sets
 * some Latin-1 punctuation full width (the · in 阿卜杜·买买提 is), so only ASCII counts narrow.
 */
function widthEm(text: string): number {
  let em = 0;
  for (const char of text) em += /[\x20-\x7e]/.test(char) ? 0.6 : 1;
  return em;
}

/** Lines a text wraps to; one character of slack per line for where breaks may fall. */
function lineCount(text: string, widthPt: number, fontSize: number): number {
  return Math.max(1, Math.ceil((widthEm(text) * fontSize) / (widthPt - fontSize)));
}

/**
 * A label longer than its column (统一社会信用代码) wraps too, and can make the row the taller.
 * The column width is the text's own (pdfmake adds the padding outside it); six 9.5 pt
 * characters fit, eight take two lines (measured).
 */
const LABEL_SIZE = 9.5;
const labelLines = (text: string) => Math.max(1, Math.ceil((widthEm(text) * LABEL_SIZE) / CASE_LABEL_WIDTH));

function caseTableHeight(rows: FieldRow[]): number {
  return rows.reduce((height, row) => {
    const half = (text: string) => lineCount(text, HALF_VALUE_WIDTH, NORMAL.valueSize);
    const lines =
      'wide' in row
        ? Math.max(lineCount(row.wide.value, WIDE_VALUE_WIDTH, NORMAL.valueSize), labelLines(row.wide.label))
        : Math.max(half(row.left.value), half(row.right.value), labelLines(row.left.label), labelLines(row.right.label));
    return height + lines * LINE_EM * NORMAL.valueSize + NORMAL.caseRowExtra;
  }, RULE);
}

function materialsHeight(materials: readonly ReceivedMaterial[]): number {
  const rowHeight = (lines: number) => lines * LINE_EM * NORMAL.listSize + NORMAL.listRowExtra;
  if (materials.length === 0) return rowHeight(1);
  return materials.reduce((height, material) => height + rowHeight(lineCount(material.name, MATERIAL_NAME_WIDTH, NORMAL.listSize)), 0);
}

/** Estimated height of the whole receipt in the normal density, in pt. */
export function estimateNormalHeight(rows: FieldRow[], materials: readonly ReceivedMaterial[]): number {
  return NORMAL.aboveCaseTable + caseTableHeight(rows) + NORMAL.betweenTables + materialsHeight(materials) + NORMAL.belowList;
}

export function chooseDensity(rows: FieldRow[], materials: readonly ReceivedMaterial[]): ReceiptDensity {
  return estimateNormalHeight(rows, materials) + SAFETY <= CONTENT_HEIGHT ? NORMAL_DENSITY : DENSE_DENSITY;
}
