import { browser, type Browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import type { BackgroundReplies } from '../src/messages/types';
import { parseContentToBackground } from '../src/messages/validate';
import { ChuGiaiDb, recordArticleSeen } from '../src/store/db';

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
      case 'article/seen': {
        const reply: Promise<BackgroundReplies['article/seen']> = recordArticleSeen(db, message.article, Date.now()).then(
          ({ firstSeen, lastSeen }) => ({ ok: true, value: { firstSeen, lastSeen } }),
          (error: unknown) => ({ ok: false, error: error instanceof Error ? error.name : 'DatabaseError' }),
        );
        return reply;
      }
      default: {
        const unhandled: never = message.type;
        return unhandled;
      }
    }
  });
});
