/**
 * The app's antd theme. Every text colour meets WCAG AA (4.5:1) on the backgrounds antd puts
 * it on: antd's defaults (secondary text, placeholders, tag text, status colours) do not.
 * The primary colour is a deep blue, so a focused field never looks like a field in error
 * (red stays for errors alone). Changing a colour here? tests/unit/theme-contrast.test.ts
 * checks each pair.
 */
import type { ThemeConfig } from 'antd';

/** Text on white and on antd's light fills (#f5f5f5, the light tag backgrounds). */
export const TEXT_COLOURS = {
  colorPrimary: '#1f5fa8',
  colorError: '#c62828',
  colorSuccess: '#237804',
  colorWarning: '#ad4e00',
  colorTextSecondary: '#4d4d4d',
  colorTextTertiary: '#595959',
  colorTextDescription: '#595959',
  colorTextPlaceholder: '#6b6b6b',
} as const;

/**
 * antd draws a coloured tag's text in shade 7 of its palette, which fails AA on the tag's own
 * light background for most colours: the darker shade each colour needs instead.
 */
export const TAG_TEXT_COLOURS = {
  green: '#237804',
  gold: '#874d00',
  orange: '#ad4e00',
  cyan: '#006d75',
  lime: '#3f6600',
  volcano: '#ad2102',
  yellow: '#7c6000',
} as const;

/**
 * The palette's shade 7 under both of antd's names: `green7` feeds the styles, `green-7` the
 * CSS variable both names share, which the later one would otherwise set back to the default.
 */
function tagTextTokens(): Record<string, string> {
  return Object.fromEntries(
    Object.entries(TAG_TEXT_COLOURS).flatMap(([colour, text]) => [
      [`${colour}7`, text],
      [`${colour}-7`, text],
    ]),
  );
}

/** antd's base size, and the larger one a clerk can choose in 设置 (every size scales from it). */
export const FONT_SIZES = { normal: 14, large: 18 } as const;

export function appTheme(options: { reducedMotion: boolean; largeFont: boolean }): ThemeConfig {
  return {
    token: {
      ...TEXT_COLOURS,
      ...tagTextTokens(),
      colorInfo: TEXT_COLOURS.colorPrimary,
      borderRadius: 4,
      fontSize: options.largeFont ? FONT_SIZES.large : FONT_SIZES.normal,
      motion: !options.reducedMotion,
    },
  };
}
