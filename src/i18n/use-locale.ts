/** Preact glue: components re-render when the UI language changes. */
import { useEffect, useState } from 'preact/hooks';
import { getLocale, onLocaleChange, type Locale } from './index';

export { followLanguageSetting } from './browser-locale';

/** The current locale; the component re-renders when it changes. */
export function useLocale(): Locale {
  const [locale, setState] = useState(getLocale());
  useEffect(() => {
    setState(getLocale());
    return onLocaleChange(setState);
  }, []);
  return locale;
}
