import { describe, expect, it } from 'vitest';
import { percentOf, REAL_SIZE, scaleFor, stepZoom } from '../../renderer/features/printing/preview-zoom';

const A4_WIDTH_PT = 595.28;

describe('print preview zoom', () => {
  it('fits the page to the width available, and shows real size as 100%', () => {
    expect(scaleFor({ kind: 'fit' }, A4_WIDTH_PT, 900)).toBeCloseTo(900 / A4_WIDTH_PT);
    expect(percentOf(scaleFor({ kind: 'scale', scale: REAL_SIZE }, A4_WIDTH_PT, 900))).toBe('100%');
  });

  it('steps up and down from wherever it is, fit width included, and stops at the ends', () => {
    expect(stepZoom(REAL_SIZE, 1)).toEqual({ kind: 'scale', scale: 1.1 * REAL_SIZE });
    expect(stepZoom(REAL_SIZE, -1)).toEqual({ kind: 'scale', scale: 0.9 * REAL_SIZE });
    expect(percentOf((stepZoom(1.2 * REAL_SIZE, 1) as { scale: number }).scale)).toBe('125%');
    expect(stepZoom(3 * REAL_SIZE, 1)).toEqual({ kind: 'scale', scale: 3 * REAL_SIZE });
    expect(stepZoom(0.5 * REAL_SIZE, -1)).toEqual({ kind: 'scale', scale: 0.5 * REAL_SIZE });
  });

  it('never shrinks a fitted page below half size in a narrow dialog', () => {
    expect(scaleFor({ kind: 'fit' }, A4_WIDTH_PT, 50)).toBeCloseTo(0.5 * REAL_SIZE);
  });
});
