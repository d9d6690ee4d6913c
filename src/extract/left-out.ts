/**
 * The parts inside the article's containers that are not the article: related-news boxes and "Xem thêm" lines placed
 * in the body, comment sections, tag lists, share bars, ads, polls, breadcrumbs, and a next article that infinite
 * scroll appended. They are judged by what they are (links, teasers, forms, a headline of their own) and by the names
 * sites give them, never by one site's class names alone.
 */
import { linkDensity, type TextLength, textLengths } from './text-length';

/** Share of an element's text in links from which it is a list of links (menus, tags, related titles). */
const LINK_LIST_DENSITY = 0.5;
/** Share of the container's text from which an element is the body itself and never left out on weak evidence. */
const BODY_SHARE = 0.6;
/** Elements looked at per call: beyond this the rest stays in (a huge page must not hold the main thread). */
const VISIT_BUDGET = 4000;

/** Never read: page chrome and forms inside the article column. */
const CHROME = ['aside', 'nav', 'menu', 'form']
  .concat(['complementary', 'navigation', 'contentinfo', 'search', 'form', 'dialog'].map((r) => `[role="${r}"]`))
  .join(', ');
/** A reader's input: a comment box or a poll. */
const INPUTS = 'textarea, select, input:not([type="hidden"])';

/**
 * Names (class, id, `type`, `data-role`, accessible name) that say "comments" (not "commentary"), whatever else the
 * element holds.
 */
const COMMENT_NAME = /comment(?!ary)|binh-?luan|disqus/;
/** Names that say "other articles": related news, "Xem thêm", "Đọc thêm", next article, recommendations. */
const RELATED_NAME = new RegExp(
  [
    'relate[ds]?(?!i)', 'lien-?quan', 'tinlq', 'xem-?them', 'doc-?them', 'read-?more', 'see-?also', 'more-?news',
    'tin-?khac', 'cung-?chuyen-?muc', 'recommend', 'suggest', 'next-?(news|article|post)',
  ].join('|'),
);
/** Weaker names (a wrapper may carry them): tags, share bars, ads, polls, breadcrumbs, paging. */
const OTHER_WORDS = [
  'tags?', 'tag-?list', 'keywords?', 'tu-?khoa', // tags
  'share', 'sharing', 'social', 'mxh', 'follow', 'subscribe', 'newsletter', // share bars
  'ads?', 'adv', 'adsense', 'banner', 'qc', 'quang-?cao', 'sponsor(ed)?', 'promo(tion)?', // ads
  'poll', 'vote', 'survey', 'binh-?chon', 'khao-?sat', // polls
  'breadcrumbs?', 'pagination', 'pager', 'footer', // page chrome
];
const OTHER_NAME = new RegExp(
  `(^|[-_])(${OTHER_WORDS.join('|')})($|[-_\\d])|^(box|list|detail)-?tags?$|^tags?box$|^admzone|adsbygoogle|advert|quangcao|breadcrumb`,
);

/** Inline tags: part of the text around them, judged only when they stand alone as a block. */
const INLINE_TAGS = new Set([
  'A', 'SPAN', 'B', 'STRONG', 'EM', 'I', 'U', 'SMALL', 'SUP', 'SUB', 'LABEL', 'TIME', 'CITE', 'Q', 'ABBR', 'FONT',
  'MARK', 'BR', 'IMG', 'PICTURE', 'WBR',
]);
/** Tags that hold a run of text rather than blocks: judged as a whole, never looked into. */
const RUN_TAGS = new Set([
  ...INLINE_TAGS, 'P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'VIDEO', 'AUDIO', 'HR', 'CODE', 'PRE', 'FIGCAPTION', 'CAPTION',
]);
const NOT_TEXT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'svg', 'SVG', 'IFRAME', 'OBJECT', 'CANVAS']);

/** "Bình luận" -> "binh-luan": an accessible name read as a class name would be written. */
const asName = (label: string) =>
  label.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/gi, 'd').trim().toLowerCase().replace(/\s+/g, '-');

/**
 * The names a site gives an element, lower case: class, id, the roles some CMSs write (VCCorp's `type`), and its
 * accessible name (`aria-label`).
 */
function namesOf(el: Element): string[] {
  const names = ['class', 'id', 'type', 'data-role', 'data-type'].map((a) => el.getAttribute(a));
  const label = el.getAttribute('aria-label');
  return [...names.join(' ').toLowerCase().split(/\s+/), ...(label ? [asName(label)] : [])].filter(Boolean);
}

/** Whether text sits directly in `el` (then its inline children are part of that text). */
function hasOwnText(el: Element): boolean {
  for (let n = el.firstChild; n; n = n.nextSibling) if (n.nodeType === 3 && /\S/.test(n.nodeValue ?? '')) return true;
  return false;
}

const hasName = (el: Element, pattern: RegExp) => namesOf(el).some((n) => pattern.test(n));


/** A box of teasers: several links with a picture or a headline of their own. */
function isTeaserBox(el: Element, length: TextLength): boolean {
  if (RUN_TAGS.has(el.tagName)) return false;
  let pictured = 0;
  for (const a of el.querySelectorAll('a')) if (a.querySelector('img, picture')) pictured++;
  let headed = 0;
  for (const h of el.querySelectorAll('h2, h3, h4, h5, h6')) if (h.querySelector('a') || h.closest('a')) headed++;
  return (pictured >= 2 || headed >= 2) && linkDensity(el, length) >= 0.2;
}

export interface LeftOutOptions {
  length?: TextLength;
  /** Judge the roots themselves too (nodes the site added later), not only what is inside them. */
  includeRoots?: boolean;
  /** The article's headline; an element with another `h1` is another article. Default: `findHeadline(document)`. */
  headline?: Element | null;
  /** Blocks known to be the article (Readability's): an element holding one is left out only as comments or chrome. */
  article?: readonly Element[];
}

/** The article's `h1`: the first one with text that is not a logo (inside a link or the page header). */
export function findHeadline(doc: Document): Element | null {
  for (const h1 of doc.querySelectorAll('h1')) {
    const isLogo = h1.closest('a, header, nav') || h1.querySelector('img');
    if (!isLogo && (h1.textContent ?? '').trim().length >= 10) return h1;
  }
  return null;
}

/**
 * The parts of `roots` that are not the article, outermost only, in document order. Reads the page, never changes it.
 * Work is bounded: at most a few thousand elements are looked at per call.
 */
export function findLeftOut(roots: readonly Element[], options: LeftOutOptions = {}): Element[] {
  const length = options.length ?? textLengths();
  const article = options.article ?? [];
  const out: Element[] = [];
  let budget = VISIT_BUDGET;
  const first = roots[0];
  const headline = options.headline !== undefined || !first ? (options.headline ?? null) : findHeadline(first.ownerDocument);
  for (const root of roots) {
    const rootLength = length(root);
    const holdsArticle = (el: Element) => article.some((a) => a !== root && el.contains(a));
    /** Evidence that may mislead on a wrapper: it holds most of the text, so it is the body. */
    const isBody = (el: Element) => el !== root && rootLength > 0 && length(el) >= BODY_SHARE * rootLength;
    const isOther = (el: Element): boolean => {
      if (el.tagName === 'H1' || length(el) === 0) return false;
      // Another article: a headline of its own (infinite scroll appends the next one below the first).
      if (headline && !el.contains(headline) && el.querySelector('h1') && !holdsArticle(el)) return true;
      if (el.matches(CHROME) || (!RUN_TAGS.has(el.tagName) && el.querySelector(INPUTS))) return true;
      // The page's footer (an article's own footer, a source line, stays).
      if (el.tagName === 'FOOTER' && !el.closest('article')) return true;
      if (hasName(el, COMMENT_NAME)) return true;
      if (isBody(el) || holdsArticle(el)) return false;
      if (hasName(el, RELATED_NAME) || hasName(el, OTHER_NAME)) return true;
      if (length(el) >= 8 && linkDensity(el, length) >= LINK_LIST_DENSITY) return true;
      return isTeaserBox(el, length);
    };
    const visit = (el: Element) => {
      const runOfText = hasOwnText(el);
      for (let child = el.firstElementChild; child && budget > 0; child = child.nextElementSibling) {
        budget--;
        if (NOT_TEXT.has(child.tagName) || (runOfText && INLINE_TAGS.has(child.tagName))) continue;
        if (isOther(child)) out.push(child);
        else if (!RUN_TAGS.has(child.tagName)) visit(child);
      }
    };
    if (options.includeRoots && isOther(root)) out.push(root);
    else if (!RUN_TAGS.has(root.tagName)) visit(root);
  }
  return out;
}

/** Text (non-space characters) outside the one child that holds the rest, below which a container is narrowed. */
const MAX_STRAY_TEXT = 60;

/**
 * Narrows each container to the descendant that holds all of its article text (less a stray date line or section
 * link): a container that is the page wrapper becomes the article element inside it once the parts left out are
 * set aside. A container with nothing but a headline and a date line is dropped (unless it is the only one).
 */
export function narrowContainers(
  containers: readonly Element[],
  leftOut: readonly Element[],
  length: TextLength = textLengths(),
): Element[] {
  const kept = (el: Element) => leftOut.reduce((n, o) => (el.contains(o) ? n - length(o) : n), length(el));
  // A container left with no more than a headline and a date line once its breadcrumb is out holds no article text.
  const read = (el: Element) => Array.from(el.querySelectorAll('h1')).reduce((n, h) => n - length(h), kept(el));
  const withText = containers.length > 1 ? containers.filter((c) => read(c) > MAX_STRAY_TEXT) : containers;
  return (withText.length > 0 ? withText : containers).map((container) => {
    let el = container;
    for (;;) {
      const total = kept(el);
      let best: Element | null = null;
      let bestLength = 0;
      for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
        if (NOT_TEXT.has(child.tagName) || leftOut.includes(child)) continue;
        const n = kept(child);
        if (n > bestLength) [best, bestLength] = [child, n];
      }
      if (!best || RUN_TAGS.has(best.tagName) || total - bestLength > MAX_STRAY_TEXT) return el;
      el = best;
    }
  });
}
