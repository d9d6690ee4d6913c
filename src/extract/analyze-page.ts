import { countElements, isArticleLike, locateArticle, MAX_ELEMENTS, serializeSnapshot, takeSnapshot } from './article';
import { parseArticleHtml, type ParsedArticle } from './parse-article';
import type { ExtractResult } from './types';

export interface AnalyzeOptions {
  /** Skip the "is this an article?" and size checks: the reader asked for it. */
  force?: boolean;
  /** Gives the page's own work a turn between steps, so no step of ours holds the main thread for long. */
  yieldToPage?: () => Promise<void>;
  /**
   * Runs Readability on the numbered copy's HTML. The extension passes one that parses in its own document, off the
   * page's main thread; the default parses right here.
   */
  parse?: (html: string) => Promise<ParsedArticle | null>;
}

const defaultYield = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
const parseHere = async (html: string) => parseArticleHtml(html);

/** Finds the article of a live document, in steps with the page's own work in between. */
export async function analyzePage(doc: Document, pageUrl: string, options: AnalyzeOptions = {}): Promise<ExtractResult> {
  const { force = false, yieldToPage = defaultYield, parse = parseHere } = options;
  if (!force && countElements(doc) > MAX_ELEMENTS) return { ok: false, reason: 'too-large' };
  if (!force && !isArticleLike(doc)) return { ok: false, reason: 'not-readerable' };
  await yieldToPage();
  const snapshot = takeSnapshot(doc);
  await yieldToPage();
  const html = await serializeSnapshot(snapshot, yieldToPage);
  await yieldToPage();
  const parsed = await parse(html);
  return locateArticle(parsed, snapshot.live, doc, pageUrl);
}
