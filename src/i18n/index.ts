/**
 * UI text in Vietnamese and English. The catalogues are the extension's `_locales/<lang>/messages.json` (so the
 * manifest and the stores read the same strings), bundled here too because `browser.i18n.getMessage` always follows
 * the browser's language and the reader may choose another one in the settings.
 *
 * Messages use Chrome's positional substitutions `$1`…`$9`. A count that English inflects has two keys, `<base>_one`
 * and `<base>_other`, picked by `Intl.PluralRules`. Pure: no browser API here; the browser's languages are passed in.
 */
import en from '../../public/_locales/en/messages.json';
import vi from '../../public/_locales/vi/messages.json';
import type { LanguagePreference } from '../settings/model';

export type Locale = 'vi' | 'en';
export const LOCALES: readonly Locale[] = ['vi', 'en'];
export type MessageKey = keyof typeof vi;
type Catalogue = Record<MessageKey, { message: string }>;

/** `x` for every pair of keys `x_one`, `x_other`: a count with a singular and a plural form. */
export type PluralKey = {
  [K in MessageKey]: K extends `${infer Base}_one` ? (`${Base}_other` extends MessageKey ? Base : never) : never;
}[MessageKey];

/**
 * Text that a pure module (import, export) describes without knowing the reader's language: a key and its
 * substitutions, themselves text, numbers (formatted for the locale) or messages; or a count in words.
 */
export type Message =
  | { key: MessageKey; subs?: readonly MessageArg[] }
  | { plural: PluralKey; count: number };
export type MessageArg = string | number | Message;

/** The type checker refuses a key that Vietnamese has and English lacks; a unit test checks the other way round. */
export const CATALOGUES: Record<Locale, Catalogue> = { vi, en: en satisfies Catalogue };

const isVietnamese = (tag: string | undefined) => !!tag && /^vi\b/i.test(tag);

/**
 * `auto` is Vietnamese when the browser's UI language or the reader's first preferred language (`navigator.languages`,
 * Chrome's "Preferred languages") is Vietnamese, and English otherwise. Chrome on Linux and macOS takes its UI
 * language from the system, so the preferred languages are often the only place a reader can say it.
 */
export function resolveLocale(preference: LanguagePreference, uiLanguage: string, preferred: readonly string[] = []): Locale {
  if (preference !== 'auto') return preference;
  return isVietnamese(uiLanguage) || isVietnamese(preferred[0]) ? 'vi' : 'en';
}

/** Replaces `$1`…`$9` with the substitutions and `$$` with `$`, as `browser.i18n.getMessage` does. */
export function format(message: string, subs: ReadonlyArray<string | number>): string {
  return message.replace(/\$(\$|[1-9])/g, (_, d: string) => (d === '$' ? '$' : String(subs[Number(d) - 1] ?? '')));
}

export function translate(locale: Locale, key: MessageKey, ...subs: Array<string | number>): string {
  const entry = CATALOGUES[locale][key] ?? CATALOGUES.vi[key];
  return entry ? format(entry.message, subs) : key;
}

/** "1 article", "2 articles"; Vietnamese has one form. The number is formatted for the locale. */
export function translatePlural(locale: Locale, base: PluralKey, count: number): string {
  const form = cached(`plural:${locale}`, () => new Intl.PluralRules(intlLocale(locale))).select(count) === 'one' ? 'one' : 'other';
  return translate(locale, `${base}_${form}`, formatNumber(count, locale));
}

/** A message code as text in `locale`; numbers among the substitutions are formatted for it. */
export function translateMessage(locale: Locale, message: Message): string {
  if ('plural' in message) return translatePlural(locale, message.plural, message.count);
  const subs = (message.subs ?? []).map((s) =>
    typeof s === 'string' ? s : typeof s === 'number' ? formatNumber(s, locale) : translateMessage(locale, s),
  );
  return translate(locale, message.key, ...subs);
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

/** A count in words in the current UI language: `tn('common_articles', 2)` -> "2 bài" / "2 articles". */
export function tn(base: PluralKey, count: number): string {
  return translatePlural(current, base, count);
}

/** A message code in the current UI language. */
export function tm(message: Message): string {
  return translateMessage(current, message);
}

/** Intl formatters are costly to make (a library page formats hundreds of dates): one per locale and kind. */
const formatters = new Map<string, unknown>();
function cached<T>(key: string, make: () => T): T {
  let f = formatters.get(key) as T | undefined;
  if (f === undefined) formatters.set(key, (f = make()));
  return f;
}

/** 1234.5 -> "1.234,5" (vi), "1,234.5" (en). */
export function formatNumber(n: number, locale: Locale = current): string {
  return cached(`number:${locale}`, () => new Intl.NumberFormat(intlLocale(locale))).format(n);
}

const VIETNAM = 'Asia/Ho_Chi_Minh';

/** "15/03/2022" (as Vietnamese news prints dates) or "15 Mar 2022", in Vietnam's time zone unless another is given. */
export function formatDate(epochMs: number, locale: Locale = current, timeZone = VIETNAM): string {
  const options: Intl.DateTimeFormatOptions =
    locale === 'vi' ? { day: '2-digit', month: '2-digit', year: 'numeric' } : { dateStyle: 'medium' };
  return cached(`date:${locale}:${timeZone}`, () => new Intl.DateTimeFormat(intlLocale(locale), { timeZone, ...options })).format(epochMs);
}

/**
 * "15/03/2022 10:10" or "15 Mar 2022, 10:10", in Vietnam's time zone unless another is given. (Intl's Vietnamese
 * puts the time first, "10:10 15/03/2022"; the papers print the date first.)
 */
export function formatDateTime(epochMs: number, locale: Locale = current, timeZone = VIETNAM): string {
  const time = cached(
    `time:${locale}:${timeZone}`,
    () => new Intl.DateTimeFormat(intlLocale(locale), { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }),
  );
  return `${formatDate(epochMs, locale, timeZone)}${locale === 'vi' ? ' ' : ', '}${time.format(epochMs)}`;
}
