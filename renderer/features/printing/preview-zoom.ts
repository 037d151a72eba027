/**
 * Zoom of the print preview: "fit width" follows the dialog's width, or a fixed scale where
 * 100% is the paper's real size on a 96 dpi screen (PDF points are 1/72 inch).
 */
export type PreviewZoom = { kind: 'fit' } | { kind: 'scale'; scale: number };

export const REAL_SIZE = 96 / 72;
const STEPS = [0.5, 0.67, 0.75, 0.9, 1, 1.1, 1.25, 1.5, 1.75, 2, 2.5, 3].map((step) => step * REAL_SIZE);

/** pdf.js scale for a zoom, given the page's width in points and the width available in px. */
export function scaleFor(zoom: PreviewZoom, pageWidthPt: number, availableWidthPx: number): number {
  if (zoom.kind === 'scale') return zoom.scale;
  return Math.max(STEPS[0] ?? 0.5, availableWidthPx / pageWidthPt);
}

/** The next step up or down from the current scale (fit width included). */
export function stepZoom(current: number, direction: 1 | -1): PreviewZoom {
  const next = direction > 0 ? STEPS.find((step) => step > current + 0.001) : [...STEPS].reverse().find((step) => step < current - 0.001);
  return { kind: 'scale', scale: next ?? current };
}

export function percentOf(scale: number): string {
  return `${Math.round((scale / REAL_SIZE) * 100)}%`;
}
