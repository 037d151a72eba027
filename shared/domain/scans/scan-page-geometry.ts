/**
 * Geometry of a page captured by the document camera (高拍仪): quarter-turn rotation, the
 * crop rectangle the clerk drags, and the size a page is encoded at. A crop is kept in
 * fractions (0–1) of the page as currently shown (after rotation), so it survives a change
 * of preview size and turns with the page.
 */

export type QuarterTurns = 0 | 1 | 2 | 3;

/** x, y, width and height as fractions of the rotated page, all within 0–1. */
export interface CropRect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PixelSize {
  width: number;
  height: number;
}

export interface PixelRect extends PixelSize {
  x: number;
  y: number;
}

export const FULL_PAGE: CropRect = { x: 0, y: 0, width: 1, height: 1 };

/** A drag shorter than this (fraction of the page) is a click, not a crop. */
export const MIN_CROP_FRACTION = 0.05;

/**
 * What a captured page is encoded at. A 高拍仪 delivers 5–13 MP; a long edge of 2400 px is
 * about 200 dpi on A4, enough to read small print and stamps. A text page at that size with
 * sensor-like noise measured 0.71 MB at JPEG quality 0.75, 0.97 MB at 0.85 and 1.43 MB at
 * 0.92 in Chromium; 0.85 keeps small print clean, and ten such pages stay about at the 10 MB
 * scan limit (real pages under the 高拍仪's light are less noisy). A longer material is taken
 * as two PDFs; the scan rules still refuse a PDF over the limit, and the pages stay in the
 * dialog then.
 */
export const PAGE_ENCODING = { maxLongEdgePx: 2400, jpegQuality: 0.85, maxPages: 10 } as const;

export function nextQuarterTurn(turns: QuarterTurns): QuarterTurns {
  return ((turns + 1) % 4) as QuarterTurns;
}

/** The size of a width x height image after turning it. */
export function rotatedSize(size: PixelSize, turns: QuarterTurns): PixelSize {
  return turns % 2 === 0 ? { ...size } : { width: size.height, height: size.width };
}

/**
 * The same region of the page after one more clockwise quarter turn: a point (x, y)
 * moves to (1 - y, x), so the rectangle's top-left comes from its bottom-left corner.
 */
export function rotateCropClockwise(crop: CropRect): CropRect {
  return { x: clampFraction(1 - crop.y - crop.height), y: crop.x, width: crop.height, height: crop.width };
}

function clampFraction(value: number): number {
  return Math.min(1, Math.max(0, value));
}

/**
 * The rectangle between where a drag started and where it ended (either corner first),
 * clamped to the page; null for a drag too small to mean a crop.
 */
export function cropFromDrag(start: { x: number; y: number }, end: { x: number; y: number }): CropRect | null {
  const left = clampFraction(Math.min(start.x, end.x));
  const top = clampFraction(Math.min(start.y, end.y));
  const width = clampFraction(Math.max(start.x, end.x)) - left;
  const height = clampFraction(Math.max(start.y, end.y)) - top;
  if (width < MIN_CROP_FRACTION || height < MIN_CROP_FRACTION) return null;
  return { x: left, y: top, width, height };
}

/** The crop in whole pixels of an image of this (rotated) size, never empty, never outside. */
export function cropToPixels(crop: CropRect, size: PixelSize): PixelRect {
  const x = Math.min(size.width - 1, Math.max(0, Math.round(crop.x * size.width)));
  const y = Math.min(size.height - 1, Math.max(0, Math.round(crop.y * size.height)));
  const width = Math.max(1, Math.min(size.width - x, Math.round(crop.width * size.width)));
  const height = Math.max(1, Math.min(size.height - y, Math.round(crop.height * size.height)));
  return { x, y, width, height };
}

/** Scaled down (never up) so the long edge is at most maxLongEdge, keeping the aspect ratio. */
export function fitWithin(size: PixelSize, maxLongEdge: number): PixelSize {
  const scale = Math.min(1, maxLongEdge / Math.max(size.width, size.height));
  return { width: Math.max(1, Math.round(size.width * scale)), height: Math.max(1, Math.round(size.height * scale)) };
}

export function isFullPage(crop: CropRect): boolean {
  return crop.x === 0 && crop.y === 0 && crop.width === 1 && crop.height === 1;
}

export type NudgeDirection = 'left' | 'right' | 'up' | 'down';

/** One key press of keyboard cropping: 2 % of the page. */
export const CROP_NUDGE = 0.02;

/**
 * The crop after one arrow key: `move` shifts the rectangle (it stays on the page), `resize`
 * moves its right or bottom edge (left/up make it smaller, right/down larger), never below
 * MIN_CROP_FRACTION nor past the page. The keyboard's way to do what a drag does.
 */
export function nudgeCrop(crop: CropRect, direction: NudgeDirection, mode: 'move' | 'resize', step = CROP_NUDGE): CropRect {
  const horizontal = direction === 'left' || direction === 'right';
  const delta = direction === 'left' || direction === 'up' ? -step : step;
  if (mode === 'move') {
    return horizontal
      ? { ...crop, x: Math.min(1 - crop.width, Math.max(0, crop.x + delta)) }
      : { ...crop, y: Math.min(1 - crop.height, Math.max(0, crop.y + delta)) };
  }
  return horizontal
    ? { ...crop, width: Math.min(1 - crop.x, Math.max(MIN_CROP_FRACTION, crop.width + delta)) }
    : { ...crop, height: Math.min(1 - crop.y, Math.max(MIN_CROP_FRACTION, crop.height + delta)) };
}
