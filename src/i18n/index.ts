/**
 * UI text in Vietnamese and English. The catalogues are the extension's `_locales/<lang>/messages.json` (so the
 * manifest and the stores read the same strings), bundled here too because `browser.i18n.getMessage` always follows
 * the browser's language and the reader may choose another one in the settings.
 *
 * Messages use Chrome's positional substitutions `$1`…`$9`. Pure: no browser API here; `uiLanguage` is passed in.
 */
import en from '../../public/_locales/en/messages.json';
import vi from '../../public/_locales/vi/messages.json';
import type { LanguagePreference } from '../settings/model';

export type Locale = 'vi' | 'en';
export type MessageKey = keyof typeof vi;
type Catalogue = Record<MessageKey, { message: string }>;

/** The type checker refuses a key that Vietnamese has and English lacks; a unit test checks the other way round. */
export const CATALOGUES: Record<Locale, Catalogue> = { vi, en: en satisfies Catalogue };

/** `auto` follows the browser: Vietnamese for `vi`, `vi-VN`; English for everything else. */
export function resolveLocale(preference: LanguagePreference, uiLanguage: string): Locale {
  if (preference !== 'auto') return preference;
  return /^vi\b/i.test(uiLanguage) ? 'vi' : 'en';
}

/** Replaces `$1`…`$9` with the substitutions and `$$` with `$`, as `browser.i18n.getMessage` does. */
export function format(message: string, subs: ReadonlyArray<string | number>): string {
  return message.replace(/\$(\$|[1-9])/g, (_, d: string) => (d === '$' ? '$' : String(subs[Number(d) - 1] ?? '')));
}

export function translate(locale: Locale, key: MessageKey, ...subs: Array<string | number>): string {
  const entry = CATALOGUES[locale][key] ?? CATALOGUES.vi[key];
  return entry ? format(entry.message, subs) : key;
}

/** BCP 47 tag for Intl: numbers and dates formatted for the UI's language. */
export const intlLocale = (locale: Locale) => (locale === 'vi' ? 'vi-VN' : 'en-GB');

let current: Locale = 'vi';
const listeners = new Set<(locale: Locale) => void>();

/** The UI language of this document (popup, library, options, content script). */
export function getLocale(): Locale {
  return current;
}

export function setLocale(locale: Locale): void {
  if (locale === current) return;
  current = locale;
  for (const listener of listeners) listener(locale);
}

export function onLocaleChange(listener: (locale: Locale) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Text in the current UI language. */
export function t(key: MessageKey, ...subs: Array<string | number>): string {
  return translate(current, key, ...subs);
}

export function formatNumber(n: number, locale: Locale = current): string {
  return new Intl.NumberFormat(intlLocale(locale)).format(n);
}

/** "15/3/2022 10:10" or "15 Mar 2022, 10:10", in Vietnam's time zone unless another is given. */
export function formatDateTime(
  epochMs: number,
  locale: Locale = current,
  options: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short' },
  timeZone = 'Asia/Ho_Chi_Minh',
): string {
  return new Intl.DateTimeFormat(intlLocale(locale), { timeZone, ...options }).format(epochMs);
}

export function formatDate(epochMs: number, locale: Locale = current, timeZone = 'Asia/Ho_Chi_Minh'): string {
  return formatDateTime(epochMs, locale, { dateStyle: 'medium' }, timeZone);
}
