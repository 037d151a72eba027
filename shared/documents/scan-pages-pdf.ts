/**
 * One PDF from the pages captured with the document camera: each JPEG on its own A4 page,
 * portrait or landscape as the picture is, scaled to fit with a small margin. pdfmake embeds
 * a JPEG as it is (DCTDecode), so the PDF is the size of its pictures plus a few KB and no
 * quality is lost a second time. Plain data in, a docDefinition out (built in the PDF worker).
 */
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { DOCUMENT_FONT_FAMILY } from './font/document-font';

export interface ScanPageImage {
  /** `data:image/jpeg;base64,…` */
  jpegDataUrl: string;
  widthPx: number;
  heightPx: number;
}

export interface ScanPagesData {
  /** The material's name, kept as the PDF's title. */
  title: string;
  pages: ScanPageImage[];
}

/** A4 in points. */
const A4_SHORT = 595.28;
const A4_LONG = 841.89;
/** 5 mm: nothing of the page is lost to a printer's unprintable edge when printed again. */
const MARGIN = 14;

function pageContent(page: ScanPageImage, index: number): Content {
  const landscape = page.widthPx > page.heightPx;
  const [width, height] = landscape ? [A4_LONG, A4_SHORT] : [A4_SHORT, A4_LONG];
  const name = `page${index + 1}`;
  return {
    image: name,
    fit: [width - 2 * MARGIN, height - 2 * MARGIN],
    alignment: 'center',
    ...(index > 0 ? { pageBreak: 'before' as const } : {}),
    pageOrientation: landscape ? 'landscape' : 'portrait',
  };
}

export function buildScanPagesDoc(data: ScanPagesData): TDocumentDefinitions {
  if (data.pages.length === 0) throw new RangeError('没有拍摄的页面');
  const first = data.pages[0];
  return {
    info: { title: data.title },
    pageSize: 'A4',
    pageOrientation: first && first.widthPx > first.heightPx ? 'landscape' : 'portrait',
    pageMargins: MARGIN,
    images: Object.fromEntries(data.pages.map((page, index) => [`page${index + 1}`, page.jpegDataUrl])),
    content: data.pages.map(pageContent),
    // No text is drawn; naming the family pdfmake already has keeps it from asking for Roboto.
    defaultStyle: { font: DOCUMENT_FONT_FAMILY },
  };
}
