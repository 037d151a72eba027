/**
 * findMissingGlyphs: which drawn characters a font lacks. The walk is checked with a fake
 * font; every document's fixed wording and worst-case data against the real Noto Sans SC.
 */
import { readFileSync } from 'node:fs';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { describe, expect, it } from 'vitest';
import { CERTIFICATE_TEMPLATES } from '../../../shared/domain/matter/certificate-templates';
import { buildDocument } from '../../../shared/documents/document-registry';
import { readGlyphCoverage } from '../../../shared/documents/font/font-cmap';
import { documentTexts, findMissingGlyphs, inAllFonts, type HasGlyph } from '../../../shared/documents/font/glyph-coverage';
import { buildReceiptDoc } from '../../../shared/documents/receipt/receipt';
import { worstCertificate } from '../../fixtures/certificate-data';
import { worstDailyReport } from '../../fixtures/daily-report-data';
import { worstMaterialList } from '../../fixtures/material-list-data';
import { worstMissingMaterialsNotice } from '../../fixtures/missing-materials-notice-data';
import { worstCaseReceiptData } from '../../fixtures/receipt-data';
import { sampleRefusalNotice, worstRefusalNotice } from '../../fixtures/refusal-notice-data';
import { worstApprovedResult, worstDeniedResult } from '../../fixtures/result-notice-data';
import { FONT_FILES } from '../../pdf/render-node';

/** A font that has everything but the listed characters. */
const fontWithout =
  (...chars: string[]): HasGlyph =>
  (codePoint) =>
    !chars.some((char) => char.codePointAt(0) === codePoint);

const NOTO_SANS_SC = inAllFonts(readGlyphCoverage(readFileSync(FONT_FILES.regular)), readGlyphCoverage(readFileSync(FONT_FILES.bold)));

describe('documentTexts', () => {
  it('reads text, inline runs, stacks, columns, lists and table cells; skips QR, canvas, styles and metadata', () => {
    const doc: TDocumentDefinitions = {
      info: { title: 'META' },
      content: [
        'plain',
        { text: ['run1', { text: 'run2', bold: true }], style: 'STYLE' },
        { stack: [{ columns: [{ text: 'col' }, { ul: ['ul-item'] }, { ol: [{ text: 'ol-item' }] }] }] },
        { table: { widths: ['*'], body: [['cell', { text: 'cell2' }]] }, layout: 'LAYOUT' },
        { qr: 'QR-CONTENT', fit: 80 },
        { canvas: [{ type: 'line', x1: 0, y1: 0, x2: 1, y2: 1 }] },
      ],
      footer: () => 'FOOTER-FUNCTION',
      watermark: { text: 'mark' },
    };
    expect(documentTexts(doc)).toEqual(['plain', 'run1', 'run2', 'col', 'ul-item', 'ol-item', 'cell', 'cell2', 'mark']);
  });
});

describe('findMissingGlyphs', () => {
  it('lists each missing character once, whole code points, in order of appearance', () => {
    const doc: TDocumentDefinitions = { content: ['王𪚥', { text: ['𠀀', '𪚥'] }, '李𠀀'] };
    expect(findMissingGlyphs(doc, fontWithout('𪚥', '𠀀'))).toEqual(['𪚥', '𠀀']);
  });

  it('does not count line breaks and tabs as characters to draw', () => {
    expect(findMissingGlyphs({ content: ['一\n二\t三\r\n'] }, () => false)).toEqual(['一', '二', '三']);
  });

  it('inAllFonts: a character the bold font lacks is missing too', () => {
    const hasGlyph = inAllFonts(fontWithout(), fontWithout('𠀀'));
    expect(findMissingGlyphs({ content: ['𠀀'] }, hasGlyph)).toEqual(['𠀀']);
  });
});

describe('Noto Sans SC draws every document', () => {
  it('has every character of every document’s wording and worst-case data (incl. 䶮 堃)', async () => {
    const docs = [
      buildReceiptDoc(await worstCaseReceiptData()),
      buildDocument('missing-materials-notice', worstMissingMaterialsNotice()),
      buildDocument('refusal-notice', worstRefusalNotice()),
      buildDocument('result-notice', worstApprovedResult()),
      buildDocument('result-notice', worstDeniedResult()),
      buildDocument('material-list', worstMaterialList()),
      buildDocument('daily-report', worstDailyReport()),
      ...CERTIFICATE_TEMPLATES.map((template) => buildDocument('certificate', worstCertificate(template))),
    ];
    for (const doc of docs) expect(findMissingGlyphs(doc, NOTO_SANS_SC)).toEqual([]);
    expect(documentTexts(docs[0] ?? { content: [] }).join('')).toContain('䶮堃');
  });

  it('reports the Ext-B characters of an applicant’s name (𪚥 𠀀), not the Ext-A ones (䶮)', () => {
    const data = sampleRefusalNotice();
    const doc = buildDocument('refusal-notice', { ...data, applicant: { ...data.applicant, name: '王𪚥䶮𠀀堃' } });
    expect(findMissingGlyphs(doc, NOTO_SANS_SC)).toEqual(['𪚥', '𠀀']);
  });
});
