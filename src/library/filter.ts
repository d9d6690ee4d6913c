/** The library's search and filters over articles and their highlights: pure, on plain records. */
import type { HighlightColor, HighlightRecord } from '../highlight/model';
import type { TextQuoteSelector } from '../highlight/selectors';
import type { ArticleRecord } from '../store/db';
import { canonicalTone, stripDiacritics } from '../vietnamese/normalize';

/** Text as search compares it: no diacritics, no case, tones in one place ("Hải Phòng" and "hai phong" meet). */
export const searchKey = (s: string) => stripDiacritics(canonicalTone(s)).replace(/\s+/g, ' ').trim();

export interface LibraryFilter {
  query: string;
  site: string | null;
  color: HighlightColor | null;
  /** Saved on or after / before this day (ISO `YYYY-MM-DD`, Vietnam time), or null. */
  from: string | null;
  to: string | null;
  sort: 'saved' | 'published';
}

export const EMPTY_FILTER: LibraryFilter = { query: '', site: null, color: null, from: null, to: null, sort: 'saved' };

export interface LibraryArticle {
  article: ArticleRecord;
  highlights: HighlightRecord[];
}

export const quoteOf = (h: HighlightRecord) =>
  (h.selectors.find((s) => s.type === 'TextQuoteSelector') as TextQuoteSelector | undefined)?.exact ?? '';

const positionOf = (h: HighlightRecord) => {
  const p = h.selectors.find((s) => s.type === 'TextPositionSelector');
  return p && p.type === 'TextPositionSelector' ? p.start : Number.MAX_SAFE_INTEGER;
};

/** Day of an epoch time in Vietnam (UTC+7), as `YYYY-MM-DD`. */
const vietnamDay = (ms: number) => new Date(ms + 7 * 3_600_000).toISOString().slice(0, 10);

/**
 * Groups highlights by article, keeps what matches the filter (every word of the query in the quote, the note or
 * the title), highlights in reading order, articles by the chosen date, newest first.
 */
export function filterLibrary(
  articles: readonly ArticleRecord[],
  highlights: readonly HighlightRecord[],
  filter: LibraryFilter,
): LibraryArticle[] {
  const words = searchKey(filter.query).split(' ').filter(Boolean);
  const byUrl = new Map(articles.map((a) => [a.url, a]));
  const groups = new Map<string, HighlightRecord[]>();
  for (const h of highlights) {
    const article = byUrl.get(h.articleUrl);
    if (!article) continue;
    if (filter.site && article.site !== filter.site) continue;
    if (filter.color && h.color !== filter.color) continue;
    const day = vietnamDay(h.created);
    if (filter.from && day < filter.from) continue;
    if (filter.to && day > filter.to) continue;
    if (words.length > 0) {
      const haystack = searchKey(`${quoteOf(h)} ${h.note} ${article.title ?? ''}`);
      if (!words.every((w) => haystack.includes(w))) continue;
    }
    const list = groups.get(h.articleUrl) ?? [];
    list.push(h);
    groups.set(h.articleUrl, list);
  }
  const out = [...groups].map(([url, list]) => ({
    article: byUrl.get(url)!,
    highlights: list.sort((a, b) => positionOf(a) - positionOf(b) || a.created - b.created),
  }));
  const savedAt = (g: LibraryArticle) => Math.max(...g.highlights.map((h) => h.updated));
  const publishedAt = (g: LibraryArticle) => g.article.published ?? '';
  return out.sort((a, b) =>
    filter.sort === 'published' ? publishedAt(b).localeCompare(publishedAt(a)) : savedAt(b) - savedAt(a),
  );
}

/** "Open the article at this highlight": a text fragment, which Chromium scrolls to by itself. */
export function linkToHighlight(h: HighlightRecord): string {
  const words = quoteOf(h).replace(/\s+/g, ' ').trim().split(' ');
  const enc = (s: string) => encodeURIComponent(s).replace(/-/g, '%2D').replace(/,/g, '%2C');
  const fragment =
    words.length <= 8 ? enc(words.join(' ')) : `${enc(words.slice(0, 4).join(' '))},${enc(words.slice(-4).join(' '))}`;
  return `${h.articleUrl}#:~:text=${fragment}`;
}
