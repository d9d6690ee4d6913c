/** Preact glue: the UI language follows the settings (and the browser for `auto`); components re-render on change. */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { readSettings, onSettingsChanged } from '../settings/store';
import { getLocale, onLocaleChange, resolveLocale, setLocale, type Locale } from './index';

const uiLanguage = () => browser.i18n?.getUILanguage?.() ?? globalThis.navigator?.language ?? 'vi';

/** Sets this document's locale from the settings now and whenever they change. Returns the unsubscribe. */
export function followLanguageSetting(): () => void {
  void readSettings()
    .then((s) => setLocale(resolveLocale(s.language, uiLanguage())))
    .catch(() => setLocale(resolveLocale('auto', uiLanguage())));
  return onSettingsChanged((s) => setLocale(resolveLocale(s.language, uiLanguage())));
}

/** The current locale; the component re-renders when it changes. Sets `<html lang>` too. */
export function useLocale(): Locale {
  const [locale, setState] = useState(getLocale());
  useEffect(() => {
    const off = onLocaleChange((l) => {
      document.documentElement.lang = l;
      setState(l);
    });
    document.documentElement.lang = getLocale();
    return off;
  }, []);
  return locale;
}
