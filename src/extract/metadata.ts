import { cleanArticleUrl } from './canonical-url';
import { parseMachineDate, parseVietnameseDateLine } from './published-date';

/** Values Readability read from the page, used where the page's own metadata is silent. */
export interface ReadabilityHints {
  title?: string | null | undefined;
  byline?: string | null | undefined;
  siteName?: string | null | undefined;
  lang?: string | null | undefined;
  publishedTime?: string | null | undefined;
}

const clean = (s: string | null | undefined): string | null => {
  const t = (s ?? '').normalize('NFC').replace(/\s+/g, ' ').trim();
  return t ? t : null;
};

function metaContent(doc: Document, ...selectors: string[]): string | null {
  for (const selector of selectors) {
    const value = clean(doc.querySelector(selector)?.getAttribute('content'));
    if (value) return value;
  }
  return null;
}

type JsonObject = Record<string, unknown>;
const isObject = (v: unknown): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Every object of every JSON-LD block, `@graph` and arrays flattened. Broken blocks are skipped. */
function jsonLdObjects(doc: Document): JsonObject[] {
  const out: JsonObject[] = [];
  const visit = (v: unknown, depth: number) => {
    if (depth > 4) return;
    if (Array.isArray(v)) v.forEach((x) => visit(x, depth + 1));
    else if (isObject(v)) {
      out.push(v);
      if (v['@graph']) visit(v['@graph'], depth + 1);
    }
  };
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      visit(JSON.parse(script.textContent ?? ''), 0);
    } catch {
      // A site's malformed JSON-LD is its own business.
    }
  }
  return out;
}

const ARTICLE_TYPES = /^(NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|BlogPosting|OpinionNewsArticle)$/;

function jsonLdArticle(doc: Document): JsonObject | null {
  return (
    jsonLdObjects(doc).find((o) => {
      const type = o['@type'];
      const types = Array.isArray(type) ? type : [type];
      return types.some((t) => typeof t === 'string' && ARTICLE_TYPES.test(t));
    }) ?? null
  );
}

function nameOf(v: unknown): string | null {
  if (typeof v === 'string') return clean(v);
  if (Array.isArray(v)) return clean(v.map(nameOf).filter(Boolean).join(', '));
  if (isObject(v)) return typeof v.name === 'string' ? clean(v.name) : null;
  return null;
}

const DATE_CLASS = /(^|[-_\s])(date|time|publish|ngay|thoi-?gian)/i;

/**
 * The first visible date line in the page's header area: elements whose class or id says "date"/"time", outside
 * navigation and lists of other headlines; then the text that follows the headline.
 */
function visibleDate(doc: Document): string | null {
  const candidates = doc.body?.querySelectorAll('[class],[id]') ?? [];
  for (const el of candidates) {
    const label = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
    // A date line is a small element; skip big containers before building their text.
    if (!DATE_CLASS.test(label) || el.childElementCount > 12 || el.closest('nav, footer, li, aside')) continue;
    const text = el.textContent ?? '';
    if (text.length > 200) continue;
    const date = parseVietnameseDateLine(text);
    if (date) return date;
  }
  const h1 = doc.querySelector('h1');
  return h1?.parentElement ? parseVietnameseDateLine(leadingText(h1.parentElement, 2000)) : null;
}

/** The first `limit` characters of an element's text, without building the text of a whole (maybe huge) subtree. */
function leadingText(el: Element, limit: number): string {
  const walker = el.ownerDocument.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
  let text = '';
  for (let node = walker.nextNode(); node && text.length < limit; node = walker.nextNode()) text += `${node.nodeValue} `;
  return text.slice(0, limit);
}

function publishedOf(doc: Document, ld: JsonObject | null, hints: ReadabilityHints): string | null {
  const fromMeta = metaContent(
    doc,
    'meta[property="article:published_time"]',
    'meta[name="article:published_time"]',
    'meta[itemprop="datePublished"]',
    'meta[name="pubdate"]',
    'meta[name="publishdate"]',
  );
  const fromTime = doc.querySelector('[itemprop="datePublished"][datetime], time[pubdate][datetime], article time[datetime], time[datetime]');
  const candidates = [
    fromMeta,
    typeof ld?.datePublished === 'string' ? ld.datePublished : null,
    fromTime?.getAttribute('datetime') ?? null,
    hints.publishedTime ?? null,
  ];
  for (const c of candidates) {
    const iso = parseMachineDate(c);
    if (iso) return iso;
  }
  return visibleDate(doc);
}

/** "Tiêu đề bài - VnExpress" -> "Tiêu đề bài" when the tail names the site. */
export function stripSiteSuffix(title: string, siteName: string | null, site: string): string {
  const parts = title.split(/\s+[-|–—:]\s+/);
  if (parts.length < 2) return title;
  const tail = (parts[parts.length - 1] ?? '').toLowerCase();
  const brand = site.split('.')[0] ?? '';
  const names = [siteName?.toLowerCase(), brand, site].filter((n): n is string => !!n);
  const isSite = names.some((n) => tail.includes(n) || n.includes(tail)) || /^(báo|tạp chí)\b/i.test(tail);
  return isSite ? parts.slice(0, -1).join(' - ').trim() : title;
}

/**
 * "Vũ Ba| 15/03/2022 10:10" -> "Vũ Ba"; "Bài, ảnh: Mạnh Hùng" -> "Mạnh Hùng"; "Thu Hằng/VOV.VN" -> "Thu Hằng";
 * "Theo TTXVN" is kept.
 */
export function cleanByline(byline: string | null): string | null {
  if (!byline) return null;
  const head = byline.split(/\s*[|•·]\s*|\s+-\s+(?=\d)/)[0] ?? byline;
  const withoutDate = head.replace(/\d{1,2}[/.-]\d{1,2}[/.-]\d{4}.*$/, '').trim();
  // A site's own name after a slash ("/VOV.VN", "/VTV.vn") is the outlet, not the author.
  const withoutSite = withoutDate.replace(/\s*\/\s*[\p{L}\d-]+\.(vn|com|net|com\.vn)$/iu, '');
  return clean(withoutSite.replace(/^((bài|ảnh|video|tác giả)(\s*(,|và|\+|-)\s*(bài|ảnh|video))*)\s*:\s*/iu, ''));
}

/**
 * Reads an article page's metadata (everything but the word count). `pageUrl` is the address the page was loaded
 * from; `hints` fill gaps from Readability's own reading.
 */
export function readMetadata(doc: Document, pageUrl: string, hints: ReadabilityHints = {}) {
  const ld = jsonLdArticle(doc);
  const url =
    cleanArticleUrl(doc.querySelector('link[rel~="canonical" i]')?.getAttribute('href'), pageUrl) ??
    cleanArticleUrl(metaContent(doc, 'meta[property="og:url"]'), pageUrl) ??
    cleanArticleUrl(pageUrl) ??
    pageUrl;
  const site = new URL(url).hostname.replace(/^www\./, '');
  const siteName =
    metaContent(doc, 'meta[property="og:site_name"]') ??
    (ld ? nameOf(ld.publisher) : null) ??
    clean(hints.siteName) ??
    null;
  const rawTitle =
    metaContent(doc, 'meta[property="og:title"]', 'meta[name="twitter:title"]') ??
    (ld && typeof ld.headline === 'string' ? clean(ld.headline) : null) ??
    clean(doc.querySelector('h1')?.textContent) ??
    clean(hints.title) ??
    clean(doc.title);
  const title = rawTitle ? stripSiteSuffix(rawTitle, siteName, site) : null;
  const byline = cleanByline(
    metaContent(doc, 'meta[name="author"]', 'meta[property="article:author"]') ??
      (ld ? nameOf(ld.author) : null) ??
      clean(hints.byline),
  );
  const langAttr = clean(doc.documentElement.getAttribute('lang')) ?? clean(hints.lang);
  const lang = langAttr ? (langAttr.split(/[-_]/)[0] ?? '').toLowerCase() || null : null;
  const excerpt = metaContent(doc, 'meta[name="description"]', 'meta[property="og:description"]');
  return { url, site, siteName, title, byline, lang, excerpt, published: publishedOf(doc, ld, hints) };
}
