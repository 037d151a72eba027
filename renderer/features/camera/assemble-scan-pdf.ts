/**
 * The captured pages of one material as one PDF, in the order the clerk left them: each page
 * encoded (turned, cropped, scaled, JPEG) here, the PDF made by the app's PDF worker.
 */
import type { CapturedPage } from '../../../shared/domain/scans/captured-pages';
import type { ScanPageImage } from '../../../shared/documents/scan-pages-pdf';
import { appPdfClient } from '../../pdf/pdf-client';
import { dataUrlOf, encodePage } from './page-image';

export async function assembleScanPdf(title: string, pages: readonly CapturedPage[], frames: ReadonlyMap<string, Blob>): Promise<Blob> {
  const images: ScanPageImage[] = [];
  for (const page of pages) {
    const frame = frames.get(page.id);
    if (!frame) throw new Error('页面图像已丢失，请删除该页后重新拍摄');
    const { jpeg, width, height } = await encodePage(frame, page);
    images.push({ jpegDataUrl: await dataUrlOf(jpeg), widthPx: width, heightPx: height });
  }
  const pdf = await appPdfClient().renderScanPages({ title, pages: images });
  return new Blob([pdf as Uint8Array<ArrayBuffer>], { type: 'application/pdf' });
}
