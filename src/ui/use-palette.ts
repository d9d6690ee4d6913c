/** Extension pages (popup, library): the highlight colours as the reader set them up, followed live. */
import { useEffect, useState } from 'preact/hooks';
import { onSettingsChanged, peekSettings } from '../settings/store';
import { type Palette, setPalette, swatchCss } from './palette';

/** Sets this document's palette from the settings and returns the CSS for it (render it in a `<style>`). */
export function usePalette(): string {
  const [palette, setState] = useState<Palette | null>(null);
  useEffect(() => {
    const apply = (p: Palette) => {
      setPalette(p);
      setState(p);
    };
    void peekSettings().then((s) => apply(s.highlights.colors), () => {});
    return onSettingsChanged((s) => apply(s.highlights.colors));
  }, []);
  return palette ? swatchCss(palette) : '';
}
