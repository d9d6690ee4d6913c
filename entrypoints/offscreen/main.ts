// Chrome's offscreen document: the one place a DOMParser exists for the service worker. It parses pages' HTML with
// Readability for the worker, so that the work never runs on a web page's main thread.
import { browser, type Browser } from 'wxt/browser';
import { parseArticleHtml } from '../../src/extract/parse-article';
import type { BackgroundReplies } from '../../src/messages/types';
import { parseBackgroundToOffscreen } from '../../src/messages/validate';

/** Only the worker (an extension page without a tab) talks to this document. */
const isFromWorker = (sender: Browser.runtime.MessageSender) => sender.id === browser.runtime.id && !sender.tab;

browser.runtime.onMessage.addListener((raw: unknown, sender: Browser.runtime.MessageSender) => {
  if (!isFromWorker(sender)) return undefined;
  const message = parseBackgroundToOffscreen(raw);
  if (!message) return undefined;
  let reply: BackgroundReplies['article/parse'];
  try {
    reply = { ok: true, value: parseArticleHtml(message.html) };
  } catch (error) {
    reply = { ok: false, error: error instanceof Error ? error.name : 'ParseError' };
  }
  return Promise.resolve(reply);
});
