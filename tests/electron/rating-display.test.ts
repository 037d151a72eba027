import { describe, expect, it } from 'vitest';
import { ratingWindowBounds } from '../../electron/main/rating-display';

const counter = { id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1040 } };
const facingApplicant = { id: 2, workArea: { x: 1920, y: 0, width: 1280, height: 1024 } };

describe('where the rating window opens', () => {
  it('fills the monitor that is not the clerk’s', () => {
    expect(ratingWindowBounds([counter, facingApplicant], 1)).toEqual({ x: 1920, y: 0, width: 1280, height: 1024, fullscreen: true });
    expect(ratingWindowBounds([facingApplicant, counter], 1)).toMatchObject({ x: 1920, fullscreen: true });
  });

  it('opens in the middle of the only monitor, as a window', () => {
    expect(ratingWindowBounds([counter], 1)).toEqual({ x: 480, y: 160, width: 960, height: 720, fullscreen: false });
    expect(ratingWindowBounds([{ id: 1, workArea: { x: 0, y: 0, width: 800, height: 600 } }], 1)).toEqual({
      x: 0,
      y: 0,
      width: 800,
      height: 600,
      fullscreen: false,
    });
  });
});
