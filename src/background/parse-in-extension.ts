/**
 * Runs Readability for a content script, in the extension's own document: Chrome's service worker has no DOMParser,
 * so it hands the HTML to an offscreen document; Firefox's background page parses it itself.
 */
import { browser } from 'wxt/browser';
import { parseArticleHtml, type ParsedArticle } from '../extract/parse-article';
import type { BackgroundToOffscreen, BackgroundReplies } from '../messages/types';
import { isParsedArticle } from '../messages/validate';

const OFFSCREEN_PATH = '/offscreen.html';
let creating: Promise<void> | null = null;

async function ensureOffscreenDocument(): Promise<void> {
  const offscreen = browser.offscreen;
  const url = browser.runtime.getURL(OFFSCREEN_PATH);
  const contexts = await browser.runtime.getContexts({
    contextTypes: [browser.runtime.ContextType.OFFSCREEN_DOCUMENT],
    documentUrls: [url],
  });
  if (contexts.length > 0) return;
  // Two pages may ask at once; only one document may exist.
  creating ??= offscreen
    .createDocument({
      url: OFFSCREEN_PATH,
      reasons: [browser.offscreen.Reason.DOM_PARSER],
      justification: 'Find the article in a news page with Mozilla Readability, off the page’s main thread.',
    })
    .finally(() => {
      creating = null;
    });
  await creating;
}

export async function parseInExtension(html: string): Promise<ParsedArticle | null> {
  if (typeof DOMParser !== 'undefined') return parseArticleHtml(html);
  await ensureOffscreenDocument();
  const message: BackgroundToOffscreen = { type: 'offscreen/parse', html };
  const reply = (await browser.runtime.sendMessage(message)) as BackgroundReplies['article/parse'] | undefined;
  if (!reply || !reply.ok) throw new Error(reply ? reply.error : 'no answer from the offscreen document');
  if (reply.value !== null && !isParsedArticle(reply.value)) throw new Error('malformed answer');
  return reply.value;
}
