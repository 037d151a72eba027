/**
 * Page geometry and type sizes shared by the notices, lists, certificates and the daily
 * report. Two densities like the receipt: the comfortable normal set, and a dense set a
 * builder switches to when its worst case (30 materials, 40-character names) would not fit
 * one A4 page otherwise. Builders decide with the line estimate in official-fit.ts.
 */
import type { StyleDictionary } from 'pdfmake/interfaces';
import { TABLE_LAYOUT } from '../layout/table-layouts';

const A4 = { width: 595.28, height: 841.89 };

/** [left, top, right, bottom]: 25 mm binding margin on the left, 15 mm right, 14 mm top, 12 mm bottom. */
export const OFFICIAL_PAGE_MARGINS: [number, number, number, number] = [71, 40, 42, 34];
export const OFFICIAL_CONTENT_WIDTH = A4.width - OFFICIAL_PAGE_MARGINS[0] - OFFICIAL_PAGE_MARGINS[2];

export interface OfficialDensity {
  dense: boolean;
  /** Dense pages give up some top and bottom margin (never the binding margin). */
  pageMargins: [number, number, number, number];
  styles: StyleDictionary;
  gridLayout: string;
  listLayout: string;
  /** Vertical gap between blocks, in pt. */
  gap: number;
  /** Body font size, for the two-character first-line indent of paragraphs. */
  bodySize: number;
}

const common: StyleDictionary = {
  title: { fontSize: 20, bold: true, alignment: 'center', characterSpacing: 3 },
  /** Titles longer than 12 characters (住房公积金异地贷款职工缴存使用证明) still fit one line. */
  titleLong: { fontSize: 16, bold: true, alignment: 'center', characterSpacing: 1 },
  subtitle: { fontSize: 11, alignment: 'center' },
  documentNumber: { fontSize: 10.5, alignment: 'right' },
  reprint: { fontSize: 9.5, bold: true, alignment: 'center' },
  hint: { fontSize: 7.5, color: '#333333' },
  printLine: { fontSize: 7.5, color: '#333333' },
  sealAuthority: { fontSize: 11, alignment: 'center' },
  sealHint: { fontSize: 8, color: '#555555', alignment: 'center' },
};

export const OFFICIAL_NORMAL: OfficialDensity = {
  dense: false,
  pageMargins: OFFICIAL_PAGE_MARGINS,
  styles: {
    ...common,
    salutation: { fontSize: 11.5, bold: true },
    body: { fontSize: 11, lineHeight: 1.05, alignment: 'justify' },
    section: { fontSize: 11, bold: true },
    label: { fontSize: 9.5 },
    value: { fontSize: 10 },
    valueStrong: { fontSize: 10, bold: true },
    listHeader: { fontSize: 9.5, bold: true, alignment: 'center' },
    listCell: { fontSize: 9.5 },
    signature: { fontSize: 10.5 },
    footnote: { fontSize: 8.5 },
  },
  gridLayout: TABLE_LAYOUT.grid,
  listLayout: TABLE_LAYOUT.list,
  gap: 10,
  bodySize: 11,
};

export const OFFICIAL_DENSE: OfficialDensity = {
  dense: true,
  pageMargins: [OFFICIAL_PAGE_MARGINS[0], 28, OFFICIAL_PAGE_MARGINS[2], 24],
  styles: {
    ...common,
    salutation: { fontSize: 10.5, bold: true },
    body: { fontSize: 10, lineHeight: 0.95, alignment: 'justify' },
    section: { fontSize: 10, bold: true },
    // Noto's line box is 1.45 em for glyphs ~0.92 em tall: 0.85-0.9 still clears the rules.
    label: { fontSize: 8.5, lineHeight: 0.9 },
    value: { fontSize: 9, lineHeight: 0.9 },
    valueStrong: { fontSize: 9, bold: true, lineHeight: 0.9 },
    listHeader: { fontSize: 8.5, bold: true, alignment: 'center', lineHeight: 0.9 },
    // 7.5 pt is 六号, the usual size for tables in official documents.
    listCell: { fontSize: 7.5, lineHeight: 0.85 },
    signature: { fontSize: 9.5 },
    footnote: { fontSize: 7.5 },
  },
  gridLayout: TABLE_LAYOUT.gridDense,
  listLayout: TABLE_LAYOUT.listDense,
  gap: 6,
  bodySize: 10,
};
