/**
 * The host stores and prints only what looks like a whole PDF, not anything that merely
 * starts with "%PDF-": a version header, a trailer that ends in %%EOF, and a startxref
 * offset that lands inside the file on a cross-reference table ("xref") or a
 * cross-reference stream ("N G obj"). That is the frame every PDF reader starts from;
 * a truncated upload or arbitrary bytes fail it. Checked without a PDF library: the host
 * only needs to know the file is whole, not to render it.
 */
const HEADER = /^%PDF-[12]\.\d/;
/** Readers look for %%EOF within the last 1 KB; so does this check. */
const TAIL_BYTES = 1024;
const STARTXREF = /startxref\s+(\d+)\s+%%EOF\s*$/;
const XREF_AT_OFFSET = /^(xref|\d+\s+\d+\s+obj)\b/;

export function isWholePdf(bytes: Buffer): boolean {
  if (!HEADER.test(bytes.toString('latin1', 0, 16))) return false;
  const tail = bytes.toString('latin1', Math.max(0, bytes.length - TAIL_BYTES));
  const match = STARTXREF.exec(tail);
  if (!match?.[1]) return false;
  const offset = Number(match[1]);
  if (!Number.isSafeInteger(offset) || offset <= 0 || offset >= bytes.length) return false;
  return XREF_AT_OFFSET.test(bytes.toString('latin1', offset, offset + 32));
}
