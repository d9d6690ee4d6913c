import { browser, type Browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { findInArticle } from '../src/background/annotate-service';
import { parseInExtension } from '../src/background/parse-in-extension';
import type { BackgroundReplies } from '../src/messages/types';
import { parseContentToBackground } from '../src/messages/validate';
import { ChuGiaiDb, recordArticleSeen } from '../src/store/db';

/** Errors cross the message boundary by name only: never page text. */
const errorName = (error: unknown) => (error instanceof Error ? error.name : 'Error');

export default defineBackground(() => {
  const db = new ChuGiaiDb();

  /** Only this extension's own content scripts may write; a web page or another extension is ignored. */
  const isOwnContentScript = (sender: Browser.runtime.MessageSender) =>
    sender.id === browser.runtime.id && sender.tab !== undefined;

  browser.runtime.onMessage.addListener((raw: unknown, sender: Browser.runtime.MessageSender) => {
    if (!isOwnContentScript(sender)) return undefined;
    const message = parseContentToBackground(raw);
    if (!message) return undefined;
    switch (message.type) {
      case 'article/parse': {
        const reply: Promise<BackgroundReplies['article/parse']> = parseInExtension(message.html).then(
          (value) => ({ ok: true, value }),
          (error: unknown) => ({ ok: false, error: errorName(error) }),
        );
        return reply;
      }
      case 'article/seen': {
        const reply: Promise<BackgroundReplies['article/seen']> = recordArticleSeen(db, message.article, Date.now()).then(
          ({ firstSeen, lastSeen }) => ({ ok: true, value: { firstSeen, lastSeen } }),
          (error: unknown) => ({ ok: false, error: errorName(error) }),
        );
        return reply;
      }
      case 'annotate/find': {
        const reply: Promise<BackgroundReplies['annotate/find']> = findInArticle(
          message.blocks,
          message.published,
          message.context,
        ).then(
          (value) => ({ ok: true, value }),
          (error: unknown) => ({ ok: false, error: errorName(error) }),
        );
        return reply;
      }
      default: {
        const unhandled: never = message;
        return unhandled;
      }
    }
  });
});
