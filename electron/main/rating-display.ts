/**
 * The rating window goes on the counter's second monitor, the one facing the applicant: the
 * first display that is not the primary one, filling its work area; with one monitor, a
 * window in the middle of it that the clerk can turn towards the applicant.
 */
export interface DisplayArea {
  id: number;
  workArea: { x: number; y: number; width: number; height: number };
}

export interface WindowBounds {
  x: number;
  y: number;
  width: number;
  height: number;
  fullscreen: boolean;
}

const SINGLE_SCREEN = { width: 960, height: 720 };

export function ratingWindowBounds(displays: readonly DisplayArea[], primaryId: number): WindowBounds {
  const second = displays.find((display) => display.id !== primaryId);
  if (second) return { ...second.workArea, fullscreen: true };
  const primary = displays.find((display) => display.id === primaryId)?.workArea ?? { x: 0, y: 0, ...SINGLE_SCREEN };
  const width = Math.min(SINGLE_SCREEN.width, primary.width);
  const height = Math.min(SINGLE_SCREEN.height, primary.height);
  return {
    x: primary.x + Math.round((primary.width - width) / 2),
    y: primary.y + Math.round((primary.height - height) / 2),
    width,
    height,
    fullscreen: false,
  };
}
