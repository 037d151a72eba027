/**
 * Pixels of a captured page: the camera frame is kept as an ImageBitmap at full resolution,
 * and turned, cropped and scaled in one draw only when it is shown or saved, so turning a
 * page back and forth never loses quality.
 */
import type { CapturedPage } from '../../../shared/domain/captured-pages';
import { cropToPixels, fitWithin, FULL_PAGE, PAGE_ENCODING, rotatedSize, type CropRect, type QuarterTurns } from '../../../shared/domain/scan-page-geometry';

/** Draws the turned frame's `crop` region scaled so its long edge is at most maxLongEdge. */
function drawTurned(frame: ImageBitmap, turns: QuarterTurns, crop: CropRect, maxLongEdge: number): OffscreenCanvas {
  const turned = rotatedSize({ width: frame.width, height: frame.height }, turns);
  const region = cropToPixels(crop, turned);
  const target = fitWithin(region, maxLongEdge);
  const canvas = new OffscreenCanvas(target.width, target.height);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('浏览器无法处理图像（OffscreenCanvas 不可用）');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, target.width, target.height);
  context.imageSmoothingQuality = 'high';
  context.scale(target.width / region.width, target.height / region.height);
  context.translate(-region.x, -region.y);
  // Turn about the centre of the turned page, then draw the frame centred on it.
  context.translate(turned.width / 2, turned.height / 2);
  context.rotate((turns * Math.PI) / 2);
  context.drawImage(frame, -frame.width / 2, -frame.height / 2);
  return canvas;
}

/** The whole turned page, small, for the editor to draw the crop rectangle on. */
export function pagePreview(frame: ImageBitmap, turns: QuarterTurns, maxLongEdge: number): Promise<Blob> {
  return drawTurned(frame, turns, FULL_PAGE, maxLongEdge).convertToBlob({ type: 'image/jpeg', quality: 0.8 });
}

/** The page as it will be saved (turned and cropped), small, for the page strip. */
export function pageThumbnail(frame: ImageBitmap, page: CapturedPage, maxLongEdge: number): Promise<Blob> {
  return drawTurned(frame, page.turns, page.crop, maxLongEdge).convertToBlob({ type: 'image/jpeg', quality: 0.7 });
}

/** The page as saved: turned, cropped, at most PAGE_ENCODING.maxLongEdgePx, JPEG. */
export async function encodePage(frame: ImageBitmap, page: CapturedPage): Promise<{ jpeg: Blob; width: number; height: number }> {
  const canvas = drawTurned(frame, page.turns, page.crop, PAGE_ENCODING.maxLongEdgePx);
  const jpeg = await canvas.convertToBlob({ type: 'image/jpeg', quality: PAGE_ENCODING.jpegQuality });
  return { jpeg, width: canvas.width, height: canvas.height };
}

export function dataUrlOf(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('图像读取失败'));
    reader.readAsDataURL(blob);
  });
}
