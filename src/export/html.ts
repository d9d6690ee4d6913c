/**
 * Highlights as one standalone HTML page to print or share. All page text and notes are escaped, links are http(s)
 * only, and a Content-Security-Policy forbids scripts, should anything ever slip through.
 */
import { HIGHLIGHT_COLORS } from '../highlight/model';
import type { HighlightRecord } from '../highlight/model';
import { type Locale, translate, translatePlural } from '../i18n';
import { displayDate, displayTitle, exportSummary, isHttpUrl, quoteSelectorOf, vietnamDate } from './shared';
import type { ArticleRecord, ExportArticle } from './types';

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** `s` safe as HTML text and as a quoted attribute value. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);
}

/** Escaped text with each line break as `<br>`. */
const multiline = (s: string) => s.split(/\r\n|[\r\n\u2028\u2029]/).map(escapeHtml).join('<br>');

const BAR: Record<HighlightRecord['color'], string> = {
  yellow: '#e6b800',
  green: '#3a9d5d',
  blue: '#3b7dd8',
  pink: '#d9578f',
  purple: '#8a5cc2',
};

const STYLE = `
:root { color-scheme: light; }
body { font: 17px/1.6 Georgia, 'Times New Roman', serif; color: #1d1d1f; max-width: 42rem; margin: 2rem auto; padding: 0 1rem; }
header.export { border-bottom: 1px solid #ccc; margin-bottom: 2rem; }
h1, h2 { font-family: system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; line-height: 1.3; }
h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
h2 { font-size: 1.3rem; margin: 0 0 .25rem; }
h2 a { color: inherit; }
.meta { color: #555; font: .85rem/1.4 system-ui, sans-serif; margin: 0 0 1rem; }
article { margin-bottom: 2.5rem; }
blockquote { margin: 1rem 0 .25rem; padding: .25rem 0 .25rem 1rem; border-left: 4px solid; }
${HIGHLIGHT_COLORS.map((c) => `blockquote.c-${c} { border-color: ${BAR[c]}; }`).join('\n')}
p.note { margin: .25rem 0 1rem 1.25rem; font-style: italic; color: #333; }
p.empty { color: #777; }
@media print {
  body { margin: 0; max-width: none; font-size: 11pt; }
  a { color: inherit; text-decoration: none; }
  h2 a[href]::after { content: " (" attr(href) ")"; font-size: .7em; font-weight: normal; word-break: break-all; }
  article { break-before: auto; }
  blockquote, p.note { break-inside: avoid; }
  blockquote { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
}
`;

function titleHtml(article: ArticleRecord): string {
  const title = escapeHtml(displayTitle(article));
  if (!isHttpUrl(article.url)) return title;
  return `<a href="${escapeHtml(new URL(article.url).href)}" rel="noopener noreferrer">${title}</a>`;
}

function metaHtml(article: ArticleRecord, count: number, locale: Locale): string {
  const parts = [
    article.byline?.trim() || null,
    article.siteName?.trim() || article.site,
    article.published ? displayDate(article.published) : null,
    translatePlural(locale, 'export_highlights', count),
  ];
  return parts
    .filter((p): p is string => !!p)
    .map(escapeHtml)
    .join(' · ');
}

function highlightHtml(h: HighlightRecord, locale: Locale): string {
  const color = HIGHLIGHT_COLORS.includes(h.color) ? h.color : 'yellow';
  const quote = quoteSelectorOf(h)?.exact.trim() ?? '';
  const lines = [
    `<blockquote class="c-${color}" title="${escapeHtml(vietnamDate(h.created))}">${
      quote ? multiline(quote) : `<em>${escapeHtml(translate(locale, 'export_no_quote'))}</em>`
    }</blockquote>`,
  ];
  if (h.note.trim()) lines.push(`<p class="note">${multiline(h.note.trim())}</p>`);
  return lines.join('\n');
}

function articleHtml({ article, highlights }: ExportArticle, locale: Locale): string {
  const empty = `<p class="empty">${escapeHtml(translate(locale, 'export_no_highlights'))}</p>`;
  return [
    // The page text is Vietnamese whatever the labels' language, so screen readers read it so.
    locale === 'vi' ? '<article>' : '<article lang="vi">',
    `<h2>${titleHtml(article)}</h2>`,
    `<p class="meta">${metaHtml(article, highlights.length, locale)}</p>`,
    ...(highlights.length ? highlights.map((h) => highlightHtml(h, locale)) : [empty]),
    '</article>',
  ].join('\n');
}

/**
 * A complete HTML document (UTF-8, inline CSS with print styles) listing each article and its highlights and notes.
 * @param options.locale the language of the labels (heading, counts); default Vietnamese
 */
export function toHtml(items: readonly ExportArticle[], options: { now: Date; locale?: Locale }): string {
  const { now, locale = 'vi' } = options;
  const [only] = items;
  const title = only && items.length === 1 ? displayTitle(only.article) : translate(locale, 'export_title');
  const summary = `${exportSummary(items, now, locale)} · ${translate(locale, 'extName')}`;
  return `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src 'none'">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<header class="export">
<h1>${escapeHtml(title)}</h1>
<p class="meta">${escapeHtml(summary)}</p>
</header>
${items.map((item) => articleHtml(item, locale)).join('\n')}
</body>
</html>
`;
}
