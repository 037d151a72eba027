/**
 * 受理回执 (acceptance receipt) as a pdfmake document definition. Pure: the same data always
 * gives the same definition, and the definition holds no functions, so it is built inside the
 * PDF Web Worker from posted data, or in Node. Contents follow domain-facts §3.2.
 *
 * One A4 page even with worst-case data (40-character names, 30 materials). Changing the
 * layout? Also run tests/pdf (page count, extracted text) and look at the rendered page.
 */
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { DOCUMENT_FONT_FAMILY } from '../font/document-font';
import type { ReceiptData } from './receipt-data';
import { receiptFieldRows } from './receipt-fields';
import { chooseDensity } from './receipt-fit';
import { PAGE_MARGINS } from './receipt-geometry';
import { caseTable, headerBlock, materialsBlock, notesBlock, printLine, signatureBlock } from './receipt-sections';

export const RECEIPT_TITLE = '川渝通办受理回执';

/** undefined for the original, "补打（第N份）" for a reprint. */
export function reprintMarker(copyNumber: number): string | undefined {
  if (!Number.isInteger(copyNumber) || copyNumber < 1) {
    throw new RangeError(`打印份次应为正整数：${copyNumber}`);
  }
  return copyNumber > 1 ? `补打（第${copyNumber}份）` : undefined;
}

/** File name for the print bridge: 受理回执-<办件编号>.pdf; a reprint adds -补打N. */
export function receiptFileName(caseNumber: string, copyNumber: number): string {
  return reprintMarker(copyNumber) ? `受理回执-${caseNumber}-补打${copyNumber}.pdf` : `受理回执-${caseNumber}.pdf`;
}

export function buildReceiptDoc(data: ReceiptData): TDocumentDefinitions {
  const c = data.caseState;
  const rows = receiptFieldRows(data);
  const density = chooseDensity(rows, c.materials);
  return {
    pageSize: 'A4',
    pageOrientation: 'portrait',
    pageMargins: PAGE_MARGINS,
    info: {
      title: `${RECEIPT_TITLE} ${c.caseNumber}`,
      subject: '受理回执',
      author: data.hall.name,
      creator: '川渝通办窗口工作站',
    },
    content: [
      headerBlock(RECEIPT_TITLE, reprintMarker(data.copyNumber), c, data.sealedQr, data.documentNumber, data.nationalCaseNumber),
      caseTable(rows, density),
      ...materialsBlock(c, density),
      notesBlock(data, density),
      signatureBlock(data, density),
      printLine(data, density),
    ],
    defaultStyle: { font: DOCUMENT_FONT_FAMILY, fontSize: 10, color: '#000000' },
    styles: density.styles,
  };
}
