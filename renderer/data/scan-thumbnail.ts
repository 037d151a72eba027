/**
 * The small JPEG stored beside an image scan, so lists draw a few KB instead of decoding a
 * multi-megabyte 300 dpi scan each time. Decoded and scaled off the DOM (createImageBitmap
 * + OffscreenCanvas); PDFs get none: rendering them would need pdf.js.
 */

/** Longest side of a thumbnail in CSS pixels; lists show them at 96 px, previews at 240. */
export const THUMBNAIL_EDGE = 240;

export class UnreadableImageError extends Error {
  constructor(fileName: string) {
    super(`「${fileName}」无法作为图片打开，文件可能已损坏，请重新扫描`);
    this.name = 'UnreadableImageError';
  }
}

export async function makeScanThumbnail(image: Blob, fileName: string): Promise<Blob> {
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(image);
  } catch {
    throw new UnreadableImageError(fileName);
  }
  try {
    const scale = Math.min(1, THUMBNAIL_EDGE / Math.max(bitmap.width, bitmap.height));
    const width = Math.max(1, Math.round(bitmap.width * scale));
    const height = Math.max(1, Math.round(bitmap.height * scale));
    const canvas = new OffscreenCanvas(width, height);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('浏览器无法生成缩略图（OffscreenCanvas 不可用）');
    // JPEG has no alpha: a transparent PNG would otherwise turn black.
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, width, height);
    context.imageSmoothingQuality = 'high';
    context.drawImage(bitmap, 0, 0, width, height);
    return await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.8 });
  } finally {
    bitmap.close();
  }
}
