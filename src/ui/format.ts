import { formatDateTime, getLocale, type Locale } from '../i18n';

/**
 * An article's ISO 8601 date (`2022-03-15T10:10:00+07:00`) for the reader: "15/03/2022 10:10" in Vietnamese, as the
 * papers print it, "15 Mar 2022, 10:10" in English; in Vietnam time. `null` when there is no date or it is unreadable.
 */
export function formatPublished(iso: string | null, locale: Locale = getLocale()): string | null {
  if (!iso || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(iso)) return null;
  const ms = Date.parse(iso);
  return Number.isFinite(ms) ? formatDateTime(ms, locale) : null;
}
