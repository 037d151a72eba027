/**
 * Page and column geometry of the 受理回执, in pt (1 mm = 2.835 pt). The layout and the
 * one-page fit estimate (receipt-fit.ts) both read these, so they cannot drift apart.
 */
const A4 = { width: 595.28, height: 841.89 };

/** [left, top, right, bottom]: 25 mm binding margin on the left; 15 mm right, 10 mm top, 8.5 mm bottom. */
export const PAGE_MARGINS: [number, number, number, number] = [71, 28, 42, 24];

export const CONTENT_WIDTH = A4.width - PAGE_MARGINS[0] - PAGE_MARGINS[2];
export const CONTENT_HEIGHT = A4.height - PAGE_MARGINS[1] - PAGE_MARGINS[3];

/** Case table: label, value, label, value; the values share what the labels leave. */
export const CASE_LABEL_WIDTH = 62;
export const CASE_TABLE_WIDTHS = [CASE_LABEL_WIDTH, '*', CASE_LABEL_WIDTH, '*'];

/** Materials list: 序号, 材料名称 (the rest), 收取方式 (fits 原件及复印件), 份数. */
export const MATERIALS_FIXED_WIDTHS = { index: 22, form: 58, copies: 24 };
export const MATERIALS_TABLE_WIDTHS = [MATERIALS_FIXED_WIDTHS.index, '*', MATERIALS_FIXED_WIDTHS.form, MATERIALS_FIXED_WIDTHS.copies];
