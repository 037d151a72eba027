/**
 * The characters of a document that its font cannot draw. pdfmake silently drops a
 * character the font has no glyph for (a CJK Ext-B name character such as 𪚥 would leave a
 * gap in the applicant's name), so the PDF worker runs this over every document it builds
 * and reports the result before anything is printed.
 *
 * Walks the drawn text of a docDefinition: strings in content, `text` (with inline runs),
 * `stack`, `columns`, `ul`, `ol`, table bodies. QR codes, canvas, images, styles and PDF
 * metadata are not drawn with the font and are skipped. Adding a builder that uses another
 * pdfmake node with text in it? Teach `visit` that node, or its text goes unchecked.
 */
import type { TDocumentDefinitions } from 'pdfmake/interfaces';

/** Whether the font has a glyph for a Unicode code point. */
export type HasGlyph = (codePoint: number) => boolean;

/** Line breaks and other control characters are layout, not glyphs. */
const NOT_DRAWN = /[\p{Cc}\u2028\u2029]/u;

const CHILD_LISTS = ['stack', 'columns', 'ul', 'ol'] as const;

function visit(node: unknown, onText: (text: string) => void): void {
  if (typeof node === 'string') {
    onText(node);
    return;
  }
  if (Array.isArray(node)) {
    for (const child of node) visit(child, onText);
    return;
  }
  if (typeof node !== 'object' || node === null) return;
  const record = node as Record<string, unknown>;
  if ('text' in record) visit(record.text, onText);
  for (const key of CHILD_LISTS) visit(record[key], onText);
  const table = record.table;
  if (typeof table === 'object' && table !== null) visit((table as { body?: unknown }).body, onText);
}

/** Every drawn text of the document, in reading order of the definition. */
export function documentTexts(doc: TDocumentDefinitions): string[] {
  const texts: string[] = [];
  const collect = (text: string): void => void texts.push(text);
  // Header, footer and background may be functions (evaluated per page by pdfmake): only
  // their static forms can be checked. The builders here use neither.
  for (const part of [doc.header, doc.content, doc.footer, doc.background]) {
    if (typeof part !== 'function') visit(part, collect);
  }
  if (doc.watermark !== undefined) visit(doc.watermark, collect);
  return texts;
}

/**
 * The distinct characters the font cannot draw, in order of first appearance (whole code
 * points: 𪚥 is one entry, not two surrogates). Empty when everything prints.
 */
export function findMissingGlyphs(doc: TDocumentDefinitions, hasGlyph: HasGlyph): string[] {
  const missing = new Set<string>();
  const checked = new Set<string>();
  for (const text of documentTexts(doc)) {
    for (const char of text) {
      if (checked.has(char)) continue;
      checked.add(char);
      if (NOT_DRAWN.test(char)) continue;
      if (!hasGlyph(char.codePointAt(0) ?? 0)) missing.add(char);
    }
  }
  return [...missing];
}

/** A character is drawable only if every font of the family (regular and bold) has it. */
export function inAllFonts(...fonts: HasGlyph[]): HasGlyph {
  return (codePoint) => fonts.every((hasGlyph) => hasGlyph(codePoint));
}
