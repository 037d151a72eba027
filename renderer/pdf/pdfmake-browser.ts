/**
 * pdfmake's browser build (build/pdfmake.js): a self-contained bundle (its own Buffer and
 * stream polyfills) that needs no eval under a strict CSP. Its module.exports is the pdfmake
 * instance, which is what the default import yields.
 *
 * @types/pdfmake declares vfs entries as base64 strings only. At runtime
 * addVirtualFileSystem also takes `{ data }` with raw bytes, which spares a 14 MB base64
 * round trip per font; this module states that one difference in its types.
 */
import pdfMakeBuild from 'pdfmake/build/pdfmake';
import type { CustomTableLayout, TDocumentDefinitions, TFontDictionary } from 'pdfmake/interfaces';

export interface PdfMakeBrowser {
  addVirtualFileSystem(vfs: Record<string, { data: Uint8Array }>): void;
  setFonts(fonts: TFontDictionary): void;
  addTableLayouts(layouts: Record<string, CustomTableLayout>): void;
  createPdf(doc: TDocumentDefinitions): { getBuffer(): Promise<Uint8Array> };
}

export const pdfMake = pdfMakeBuild as unknown as PdfMakeBrowser;
