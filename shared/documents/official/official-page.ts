/**
 * The page every official document shares: A4 portrait, 25 mm binding margin on the left,
 * Noto Sans SC, PDF metadata. Builders pass their content and chosen density.
 */
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { DOCUMENT_FONT_FAMILY } from '../font/document-font';
import type { OfficialDensity } from './official-styles';

export const DOCUMENT_CREATOR = '川渝通办窗口工作站';

export function officialPage(options: {
  /** PDF title, e.g. "一次性告知书 锦江政务告〔2026〕第00012号". */
  title: string;
  subject: string;
  author: string;
  density: OfficialDensity;
  content: Content[];
}): TDocumentDefinitions {
  return {
    pageSize: 'A4',
    pageOrientation: 'portrait',
    pageMargins: options.density.pageMargins,
    info: { title: options.title, subject: options.subject, author: options.author, creator: DOCUMENT_CREATOR },
    content: options.content,
    defaultStyle: { font: DOCUMENT_FONT_FAMILY, fontSize: 10.5, color: '#000000' },
    styles: options.density.styles,
  };
}
