/**
 * Pixels of a captured page. The camera frame is kept as a full-resolution JPEG at quality
 * 0.95 (a 4K frame is ~1–2 MB that way, 33 MB as decoded pixels: twenty pages held decoded
 * would take most of a hall PC's spare memory), decoded and turned, cropped and scaled in
 * one draw only when it is shown or saved, so turning a page back and forth loses nothing.
 */
import type { CapturedPage } from '../../../shared/domain/scans/captured-pages';
import {
  cropToPixels,
  fitWithin,
  FULL_PAGE,
  PAGE_ENCODING,
  rotatedSize,
  type CropRect,
  type QuarterTurns,
} from '../../../shared/domain/scans/scan-page-geometry';

/** How a grabbed frame is kept until the dialog saves or drops it. */
export function keepFrame(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) => {
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('画面保存失败，请重新拍摄'))), 'image/jpeg', 0.95);
  });
}

/** Draws the turned frame's `crop` region scaled so its long edge is at most maxLongEdge. */
async function drawTurned(kept: Blob, turns: QuarterTurns, crop: CropRect, maxLongEdge: number): Promise<OffscreenCanvas> {
  const frame = await createImageBitmap(kept);
  try {
    return drawBitmap(frame, turns, crop, maxLongEdge);
  } finally {
    frame.close();
  }
}

function drawBitmap(frame: ImageBitmap, turns: QuarterTurns, crop: CropRect, maxLongEdge: number): OffscreenCanvas {
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
export async function pagePreview(frame: Blob, turns: QuarterTurns, maxLongEdge: number): Promise<Blob> {
  return (await drawTurned(frame, turns, FULL_PAGE, maxLongEdge)).convertToBlob({ type: 'image/jpeg', quality: 0.8 });
}

/** The page as it will be saved (turned and cropped), small, for the page strip. */
export async function pageThumbnail(frame: Blob, page: CapturedPage, maxLongEdge: number): Promise<Blob> {
  return (await drawTurned(frame, page.turns, page.crop, maxLongEdge)).convertToBlob({ type: 'image/jpeg', quality: 0.7 });
}

/** The page as saved: turned, cropped, at most PAGE_ENCODING.maxLongEdgePx, JPEG. */
export async function encodePage(frame: Blob, page: CapturedPage): Promise<{ jpeg: Blob; width: number; height: number }> {
  const canvas = await drawTurned(frame, page.turns, page.crop, PAGE_ENCODING.maxLongEdgePx);
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
