import { describe, expect, it } from 'vitest';
import {
  cropFromDrag,
  cropToPixels,
  fitWithin,
  FULL_PAGE,
  isFullPage,
  MIN_CROP_FRACTION,
  nextQuarterTurn,
  nudgeCrop,
  PAGE_ENCODING,
  rotateCropClockwise,
  rotatedSize,
  type CropRect,
} from '../../shared/domain/scans/scan-page-geometry';

describe('captured page geometry', () => {
  it('turns a quarter at a time and comes back after four', () => {
    expect([0, 1, 2, 3].map((turns) => nextQuarterTurn(turns as 0 | 1 | 2 | 3))).toEqual([1, 2, 3, 0]);
    expect(rotatedSize({ width: 4000, height: 3000 }, 1)).toEqual({ width: 3000, height: 4000 });
    expect(rotatedSize({ width: 4000, height: 3000 }, 2)).toEqual({ width: 4000, height: 3000 });
  });

  it('keeps the same region of the page when the page turns clockwise', () => {
    // The top-right quarter of a page becomes its bottom-right quarter after a clockwise turn.
    const topRight: CropRect = { x: 0.5, y: 0, width: 0.5, height: 0.5 };
    expect(rotateCropClockwise(topRight)).toEqual({ x: 0.5, y: 0.5, width: 0.5, height: 0.5 });
    // A tall strip along the left edge becomes a wide strip along the top.
    expect(rotateCropClockwise({ x: 0, y: 0.1, width: 0.2, height: 0.8 })).toEqual({
      x: expect.closeTo(0.1, 9),
      y: 0,
      width: 0.8,
      height: 0.2,
    });
    const crop: CropRect = { x: 0.1, y: 0.2, width: 0.3, height: 0.4 };
    let turned = crop;
    for (let turn = 0; turn < 4; turn += 1) turned = rotateCropClockwise(turned);
    expect(turned.x).toBeCloseTo(crop.x, 9);
    expect(turned.y).toBeCloseTo(crop.y, 9);
    expect(turned.width).toBeCloseTo(crop.width, 9);
    expect(turned.height).toBeCloseTo(crop.height, 9);
    expect(rotateCropClockwise(FULL_PAGE)).toEqual(FULL_PAGE);
  });

  it('makes a crop from a drag in either direction, clamped to the page, and ignores a click', () => {
    expect(cropFromDrag({ x: 0.8, y: 0.9 }, { x: 0.2, y: 0.1 })).toEqual({
      x: 0.2,
      y: 0.1,
      width: expect.closeTo(0.6, 9),
      height: expect.closeTo(0.8, 9),
    });
    expect(cropFromDrag({ x: -0.2, y: 0.5 }, { x: 1.3, y: 1.4 })).toEqual({ x: 0, y: 0.5, width: 1, height: 0.5 });
    expect(cropFromDrag({ x: 0.5, y: 0.5 }, { x: 0.52, y: 0.9 })).toBeNull();
  });

  it('turns a crop into whole pixels inside the image', () => {
    expect(cropToPixels({ x: 0.25, y: 0.5, width: 0.5, height: 0.5 }, { width: 4000, height: 3000 })).toEqual({
      x: 1000,
      y: 1500,
      width: 2000,
      height: 1500,
    });
    expect(cropToPixels({ x: 0.999, y: 0.999, width: 0.5, height: 0.5 }, { width: 100, height: 100 })).toEqual({
      x: 99,
      y: 99,
      width: 1,
      height: 1,
    });
    expect(cropToPixels(FULL_PAGE, { width: 1920, height: 1080 })).toEqual({ x: 0, y: 0, width: 1920, height: 1080 });
  });

  it('scales a large capture down to the encoding size and never scales a small one up', () => {
    expect(fitWithin({ width: 4608, height: 3456 }, PAGE_ENCODING.maxLongEdgePx)).toEqual({ width: 2400, height: 1800 });
    expect(fitWithin({ width: 1000, height: 3000 }, 2400)).toEqual({ width: 800, height: 2400 });
    expect(fitWithin({ width: 640, height: 480 }, 2400)).toEqual({ width: 640, height: 480 });
  });

  it('crops from the keyboard: Shift+arrows size the rectangle, arrows move it, both stay on the page', () => {
    const shrunk = nudgeCrop(nudgeCrop(FULL_PAGE, 'left', 'resize', 0.2), 'up', 'resize', 0.3);
    expect(shrunk).toEqual({ x: 0, y: 0, width: 0.8, height: 0.7 });
    expect(nudgeCrop(shrunk, 'right', 'move', 0.5)).toEqual({ ...shrunk, x: expect.closeTo(0.2, 9) });
    expect(nudgeCrop(shrunk, 'left', 'move')).toEqual(shrunk);
    expect(nudgeCrop(shrunk, 'down', 'move', 0.1)).toEqual({ ...shrunk, y: expect.closeTo(0.1, 9) });
    expect(nudgeCrop(FULL_PAGE, 'right', 'resize')).toEqual(FULL_PAGE);
    expect(nudgeCrop(shrunk, 'left', 'resize', 2).width).toBe(MIN_CROP_FRACTION);
  });

  it('knows an uncropped page', () => {
    expect(isFullPage(FULL_PAGE)).toBe(true);
    expect(isFullPage({ x: 0, y: 0, width: 1, height: 0.9 })).toBe(false);
  });
});
