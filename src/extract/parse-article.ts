/**
 * The only importer of Readability's parser. Runs on a copy of the page whose elements carry their document-order
 * number in `data-cg-idx`, and answers with plain data, so it can run in another document (the extension's
 * offscreen document) and send its answer back by message.
 */
import { Readability } from '@mozilla/readability';
import { allTextLengths } from './text-length';
import { allWordCounts, countWords } from './word-count';

export const INDEX_ATTR = 'data-cg-idx';

/** Readability's reading of an article, as plain data. */
export interface ParsedArticle {
  /** Document-order numbers of the elements Readability kept at its top level. */
  rootIndices: number[];
  /**
   * Words in the article (never 0: no text means no article). Counted here, off the page's main thread: on a 5 MB
   * article counting alone takes a few hundred ms. The text itself does not travel back.
   */
  wordCount: number;
  /** Visible text length (non-space characters) of every element of the copy, by document-order number. */
  textLengths: number[];
  /**
   * Words under every element of the copy, by document-order number: the article's count is that of its containers
   * less the parts left out, made without walking the page's text on its main thread.
   */
  wordCounts: number[];
  title: string | null;
  byline: string | null;
  siteName: string | null;
  lang: string | null;
  publishedTime: string | null;
  excerpt: string | null;
}

/** The numbered elements Readability kept that have no kept ancestor inside its result. */
function topLevelIndices(content: Element): number[] {
  const hasKeptAncestor = (el: Element) => {
    for (let p = el.parentElement; p; p = p === content ? null : p.parentElement) {
      if (p.hasAttribute(INDEX_ATTR)) return true;
    }
    return false;
  };
  const indices: number[] = [];
  for (const el of [content, ...content.querySelectorAll(`[${INDEX_ATTR}]`)]) {
    if (el.hasAttribute(INDEX_ATTR) && !hasKeptAncestor(el)) indices.push(Number(el.getAttribute(INDEX_ATTR)));
  }
  return indices;
}

/**
 * Runs Readability on a numbered copy (which it changes: pass a copy you own).
 * @return `null` when Readability finds no article.
 */
export function parseArticle(copy: Document): ParsedArticle | null {
  // Measured before Readability rewrites the copy; the content script uses these instead of walking a huge page.
  const numbered = copy.querySelectorAll(`[${INDEX_ATTR}]`);
  const textLengths = allTextLengths(numbered);
  const wordCounts = allWordCounts(numbered);
  const parsed = new Readability<Element>(copy, { serializer: (node) => node as Element }).parse();
  if (!parsed?.content || !parsed.textContent) return null;
  const wordCount = countWords(parsed.textContent);
  if (wordCount === 0) return null;
  return {
    rootIndices: topLevelIndices(parsed.content),
    wordCount,
    textLengths,
    wordCounts,
    title: parsed.title ?? null,
    byline: parsed.byline ?? null,
    siteName: parsed.siteName ?? null,
    lang: parsed.lang ?? null,
    publishedTime: parsed.publishedTime ?? null,
    excerpt: parsed.excerpt ?? null,
  };
}

/** Parses HTML made by `serializeSnapshot` and runs Readability on it. */
export function parseArticleHtml(html: string, parser: DOMParser = new DOMParser()): ParsedArticle | null {
  return parseArticle(parser.parseFromString(html, 'text/html'));
}
