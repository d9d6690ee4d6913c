/** The UI language in an extension context: the settings' choice, else the browser's languages; and following it. */
import { browser } from 'wxt/browser';
import type { LanguagePreference } from '../settings/model';
import { onSettingsChanged, peekSettings } from '../settings/store';
import { getLocale, resolveLocale, setLocale, type Locale } from './index';

/** The language `preference` means in this browser (its UI language and the reader's preferred languages). */
export function browserLocale(preference: LanguagePreference): Locale {
  const ui = browser.i18n?.getUILanguage?.() ?? globalThis.navigator?.language ?? 'vi';
  return resolveLocale(preference, ui, globalThis.navigator?.languages ?? []);
}

/**
 * Sets this document's locale from the settings now and whenever they change. Reads the settings without migrating
 * them (see `peekSettings`).
 * @param root the element whose `lang` follows the locale: the extension page's `<html>`; none in a content script,
 *   where the page's own language must stay as it is
 * @return the unsubscribe, with `ready`, settled once the stored setting has been applied (pages render after it, so
 *   a reader who chose the other language does not see a flash of the default one)
 */
export function followLanguageSetting(root?: HTMLElement): (() => void) & { ready: Promise<Locale> } {
  const apply = (locale: Locale) => {
    setLocale(locale);
    if (root) root.lang = locale;
  };
  apply(browserLocale('auto'));
  // A change that arrives while the first read is on its way is newer than what that read returns.
  let changed = false;
  const off = onSettingsChanged((s) => {
    changed = true;
    apply(browserLocale(s.language));
  });
  const ready = peekSettings()
    .then((s) => browserLocale(s.language))
    .catch(() => browserLocale('auto'))
    .then((locale) => {
      if (!changed) apply(locale);
      return getLocale();
    });
  return Object.assign(() => off(), { ready });
}
