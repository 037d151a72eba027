/**
 * A rough line count for choosing a document's density before layout (builders make one
 * pass and hold no functions, so they cannot ask pdfmake to measure). Same rule as the
 * receipt's estimate: printable ASCII 0.6 em, anything else 1 em, one character of slack per
 * line. Each builder compares the count with a budget found by rendering its worst case;
 * tests/pdf/documents-pdf.test.ts sweeps both sides of every switch.
 */
function widthEm(text: string): number {
  let em = 0;
  for (const char of text) em += /[\x20-\x7e]/.test(char) ? 0.6 : 1;
  return em;
}

/** Lines `text` wraps to in a column `widthPt` wide at `fontSize`. */
export function estimateLines(text: string, widthPt: number, fontSize: number): number {
  return Math.max(1, Math.ceil((widthEm(text) * fontSize) / (widthPt - fontSize)));
}

/** Lines of a table row: its tallest cell. */
export function rowLines(cells: readonly { text: string; widthPt: number }[], fontSize: number): number {
  return Math.max(1, ...cells.map((cell) => estimateLines(cell.text, cell.widthPt, fontSize)));
}
