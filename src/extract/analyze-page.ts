import { countElements, extractFromSnapshot, isArticleLike, MAX_ELEMENTS, takeSnapshot } from './article';
import type { ExtractResult } from './types';

export interface AnalyzeOptions {
  /** Skip the "is this an article?" and size checks: the reader asked for it. */
  force?: boolean;
  /** Gives the page's own work a turn between steps, so no step of ours holds the main thread for long. */
  yieldToPage?: () => Promise<void>;
}

const defaultYield = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Finds the article of a live document, in steps with the page's own work in between. */
export async function analyzePage(doc: Document, pageUrl: string, options: AnalyzeOptions = {}): Promise<ExtractResult> {
  const { force = false, yieldToPage = defaultYield } = options;
  if (!force && countElements(doc) > MAX_ELEMENTS) return { ok: false, reason: 'too-large' };
  if (!force && !isArticleLike(doc)) return { ok: false, reason: 'not-readerable' };
  await yieldToPage();
  const snapshot = takeSnapshot(doc);
  await yieldToPage();
  return extractFromSnapshot(snapshot, doc, pageUrl);
}
