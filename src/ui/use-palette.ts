/** Extension pages: the highlight colours as the reader set them up. */
import { useMemo } from 'preact/hooks';
import type { Settings } from '../settings/model';
import { setPalette, swatchCss } from './palette';

/** Sets this document's palette from the settings and returns the CSS for it (render it in a `<style>`). */
export function usePalette(settings: Settings | null): string {
  const colors = settings?.highlights.colors;
  return useMemo(() => {
    if (!colors) return '';
    setPalette(colors);
    return swatchCss(colors);
  }, [colors]);
}
