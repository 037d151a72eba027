import { describe, expect, it } from 'vitest';
import { TAG_TEXT_COLOURS, TEXT_COLOURS } from '../../renderer/app/theme';

/** WCAG 2.1 relative luminance and contrast ratio of two #rrggbb colours. */
function luminance(hex: string): number {
  const channels = [1, 3, 5].map((start) => Number.parseInt(hex.slice(start, start + 2), 16) / 255);
  const [r = 0, g = 0, b = 0] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** antd's light tag backgrounds (palette shade 1) the tag text sits on. */
const TAG_BACKGROUNDS: Record<keyof typeof TAG_TEXT_COLOURS, string> = {
  green: '#f6ffed',
  gold: '#fffbe6',
  orange: '#fff7e6',
  cyan: '#e6fffb',
  lime: '#fcffe6',
  volcano: '#fff2e8',
  yellow: '#feffe6',
};

describe('the theme meets WCAG AA', () => {
  it.each(Object.entries(TEXT_COLOURS))('%s reads at 4.5:1 on white and on the light grey fill', (_, colour) => {
    expect(contrast(colour, '#ffffff')).toBeGreaterThanOrEqual(4.5);
    expect(contrast(colour, '#f5f5f5')).toBeGreaterThanOrEqual(4.5);
  });

  it.each(Object.entries(TAG_TEXT_COLOURS))('a %s tag reads at 4.5:1 on its own background', (name, colour) => {
    expect(contrast(colour, TAG_BACKGROUNDS[name as keyof typeof TAG_TEXT_COLOURS])).toBeGreaterThanOrEqual(4.5);
  });

  it('the primary (focus) colour is not the error colour', () => {
    expect(TEXT_COLOURS.colorPrimary).not.toBe(TEXT_COLOURS.colorError);
  });

  it('measures a known pair as WCAG does', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#8c8c8c', '#ffffff')).toBeLessThan(4.5);
  });
});
