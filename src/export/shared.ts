/** Small helpers the export formats share. */
import type { HighlightRecord } from '../highlight/model';
import type { TextPositionSelector, TextQuoteSelector } from '../highlight/selectors';
import { type Locale, translate, translatePlural } from '../i18n';
import type { ArticleRecord, ExportArticle } from './types';

/** The highlight's first TextQuoteSelector, or `null` when it has none. */
export function quoteSelectorOf(h: HighlightRecord): TextQuoteSelector | null {
  for (const s of h.selectors) if (s.type === 'TextQuoteSelector') return s;
  return null;
}

/** The highlight's first TextPositionSelector, or `null` when it has none. */
export function positionSelectorOf(h: HighlightRecord): TextPositionSelector | null {
  for (const s of h.selectors) if (s.type === 'TextPositionSelector') return s;
  return null;
}

/** Whether `s` is an absolute http: or https: URL. */
export function isHttpUrl(s: string): boolean {
  if (!URL.canParse(s)) return false;
  const { protocol } = new URL(s);
  return protocol === 'http:' || protocol === 'https:';
}

/** Epoch milliseconds as ISO 8601 in UTC (`2025-11-05T01:02:03.000Z`). */
export const isoTime = (ms: number) => new Date(ms).toISOString();

/** The article's title, else its site name, host or URL: what a reader would call it. */
export function displayTitle(article: ArticleRecord): string {
  return article.title?.trim() || article.siteName?.trim() || article.site || article.url;
}

/** `dd/mm/yyyy` of an ISO date as written (the article's own time zone, Vietnam time), else the string as it is. */
export function displayDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

const VIETNAM_OFFSET_MS = 7 * 3600_000;

/** `dd/mm/yyyy` of an instant (epoch milliseconds) in Vietnam time (UTC+7, no daylight saving). */
export const vietnamDate = (ms: number) => displayDate(new Date(ms + VIETNAM_OFFSET_MS).toISOString());

/** "2 bài, 4 đoạn đánh dấu · xuất ngày 06/11/2025" under the heading of an export of several articles. */
export function exportSummary(items: readonly ExportArticle[], now: Date, locale: Locale): string {
  const count = items.reduce((n, i) => n + i.highlights.length, 0);
  return translate(
    locale,
    'export_summary',
    translatePlural(locale, 'export_articles', items.length),
    translatePlural(locale, 'export_highlights', count),
    vietnamDate(now.getTime()),
  );
}
