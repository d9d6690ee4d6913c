/**
 * The highlight colours as the reader set them up: names (their own, or the default in the UI's language) and
 * shades. One palette per document, set from the settings; CSS for the page and for our shadow roots is derived here.
 */
import { HIGHLIGHT_COLORS, type HighlightColor } from '../highlight/model';
import { type MessageKey, t } from '../i18n';
import { type ColorSetting, DEFAULT_COLORS } from '../settings/model';

export type Palette = Record<HighlightColor, ColorSetting>;

const DEFAULT_PALETTE: Palette = Object.fromEntries(
  HIGHLIGHT_COLORS.map((c) => [c, { name: '', hex: DEFAULT_COLORS[c] }]),
) as Palette;

let palette: Palette = DEFAULT_PALETTE;

/** The default names, in the UI's language. */
export const COLOR_KEYS: Record<HighlightColor, MessageKey> = {
  yellow: 'common_color_yellow',
  green: 'common_color_green',
  blue: 'common_color_blue',
  pink: 'common_color_pink',
  purple: 'common_color_purple',
};

export function setPalette(next: Palette): void {
  palette = next;
}

export function colorName(color: HighlightColor, from: Palette = palette): string {
  return from[color].name || t(COLOR_KEYS[color]);
}

export function colorHex(color: HighlightColor, from: Palette = palette): string {
  return from[color].hex;
}

/** `#facc15` -> `rgba(250, 204, 21, 0.4)`: translucent, so the page's own text colour stays readable, light or dark. */
export function translucent(hex: string, alpha = 0.4): string {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgba(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255}, ${alpha})`;
}

/** Highlight backgrounds in the page. Hex values are validated by the settings (`#rrggbb`), so this is safe CSS. */
export function highlightPageCss(from: Palette = palette): string {
  return HIGHLIGHT_COLORS.map(
    (c) => `[data-cg-highlight][data-cg-color="${c}"] { background-color: ${translucent(from[c].hex)}; }`,
  ).join('\n');
}

/** Colour dots and swatches in our own UI (shadow roots, extension pages). */
export function swatchCss(from: Palette = palette): string {
  return HIGHLIGHT_COLORS.map(
    (c) => `.cg-dot--${c} { background: ${from[c].hex}; } .lib__hl--${c}, .cg-popup__hl--${c} { --hl: ${from[c].hex}; }`,
  ).join('\n');
}
