/**
 * Type sizes of the 受理回执 at two densities. A typical receipt prints at a comfortable
 * 10 pt; when that would not fit one page (receipt-fit.ts decides), the whole page switches
 * to the dense set, which fits worst-case data (40-character names, 30 materials).
 */
import type { StyleDictionary } from 'pdfmake/interfaces';
import { TABLE_LAYOUT } from '../layout/table-layouts';

export interface ReceiptDensity {
  styles: StyleDictionary;
  gridLayout: string;
  listLayout: string;
  /** Vertical gap before each block below the case table, in pt. */
  gap: number;
}

/** The print line closes the page; the seal image ends with it (receipt-sections.ts). */
export const PRINT_LINE_SIZE = 7.5;

const common: StyleDictionary = {
  title: { fontSize: 18, bold: true, alignment: 'center', characterSpacing: 4 },
  reprint: { fontSize: 10, bold: true, alignment: 'center' },
  keyLabel: { fontSize: 10.5 },
  key: { fontSize: 12.5, bold: true },
  hint: { fontSize: 7.5, color: '#333333' },
  /** 8.5 pt keeps title, both keys and the number within the QR column's height. */
  documentNumber: { fontSize: 8.5 },
  documentNumberSmall: { fontSize: 6.5 },
  section: { fontSize: 10.5, bold: true },
  printLine: { fontSize: PRINT_LINE_SIZE, color: '#333333' },
};

export const NORMAL_DENSITY: ReceiptDensity = {
  styles: {
    ...common,
    label: { fontSize: 9.5 },
    value: { fontSize: 10 },
    valueStrong: { fontSize: 10, bold: true },
    listHeader: { fontSize: 9.5, bold: true, alignment: 'center' },
    listCell: { fontSize: 9.5 },
    note: { fontSize: 8.5 },
    signature: { fontSize: 10 },
  },
  gridLayout: TABLE_LAYOUT.grid,
  listLayout: TABLE_LAYOUT.list,
  gap: 10,
};

export const DENSE_DENSITY: ReceiptDensity = {
  styles: {
    ...common,
    // Noto's line box is 1.45 em for glyphs ~0.92 em tall: 0.85-0.9 of it still clears
    // the next line and the cell border (the dense table layouts pad below, not above).
    label: { fontSize: 8.5, lineHeight: 0.9 },
    value: { fontSize: 9, lineHeight: 0.9 },
    valueStrong: { fontSize: 9, bold: true, lineHeight: 0.9 },
    listHeader: { fontSize: 8.5, bold: true, alignment: 'center', lineHeight: 0.9 },
    listCell: { fontSize: 8, lineHeight: 0.85 },
    note: { fontSize: 7.5 },
    signature: { fontSize: 9 },
  },
  gridLayout: TABLE_LAYOUT.gridDense,
  listLayout: TABLE_LAYOUT.listDense,
  gap: 5,
};
