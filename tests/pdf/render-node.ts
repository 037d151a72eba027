/**
 * Renders document definitions to PDF bytes in Node with pdfmake's server build, the same
 * Noto Sans SC TTFs and the same named table layouts as the browser worker. For tests,
 * tools and benchmarks; the app itself renders in renderer/pdf/pdf.worker.ts.
 */
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import type * as PdfMake from 'pdfmake';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { DOCUMENT_FONT_FAMILY } from '../../shared/documents/font/document-font';
import { buildDocument, type DocumentDataByKind, type DocumentKind } from '../../shared/documents/document-registry';
import { buildReceiptDoc } from '../../shared/documents/receipt/receipt';
import type { ReceiptData } from '../../shared/documents/receipt/receipt-data';
import { DOCUMENT_TABLE_LAYOUTS } from '../../shared/documents/layout/table-layouts';

const require = createRequire(import.meta.url);
// pdfmake is CommonJS and exports its instance as module.exports, which an ESM default
// import cannot be typed as; require() gets the instance, typed by @types/pdfmake.
const pdfmake = require('pdfmake') as typeof PdfMake;

export const FONT_FILES = {
  regular: require.resolve('@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf'),
  bold: require.resolve('@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf'),
};

let configured = false;

function configureOnce(): void {
  if (configured) return;
  const fontDirs = [dirname(FONT_FILES.regular), dirname(FONT_FILES.bold)];
  // Documents never load anything from the network, and from disk only the two fonts.
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((path) => fontDirs.some((dir) => path.startsWith(dir)));
  pdfmake.setFonts({
    [DOCUMENT_FONT_FAMILY]: {
      normal: FONT_FILES.regular,
      bold: FONT_FILES.bold,
      // No italics in Chinese documents; map them so a stray style cannot fail the render.
      italics: FONT_FILES.regular,
      bolditalics: FONT_FILES.bold,
    },
  });
  pdfmake.addTableLayouts(DOCUMENT_TABLE_LAYOUTS);
  configured = true;
}

export async function renderDocNode(doc: TDocumentDefinitions): Promise<Uint8Array> {
  configureOnce();
  const buffer = await pdfmake.createPdf(doc).getBuffer();
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}

export function renderReceiptNode(data: ReceiptData): Promise<Uint8Array> {
  return renderDocNode(buildReceiptDoc(data));
}

/** Any document kind, built through the same registry the worker uses. */
export function renderDocumentNode<K extends DocumentKind>(kind: K, data: DocumentDataByKind[K]): Promise<Uint8Array> {
  return renderDocNode(buildDocument(kind, data));
}
