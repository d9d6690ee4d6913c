/**
 * The worker's side of highlights: reads and writes them in the one database, and tells the other tabs showing the
 * same article that its highlights changed.
 */
import { browser } from 'wxt/browser';
import type { BackgroundReplies, BackgroundToContent, ContentToBackground } from '../messages/types';
import { type ChuGiaiDb, deleteHighlight, highlightsOf, putHighlight, updateHighlight } from '../store/db';

type HighlightMessage = Extract<ContentToBackground, { type: `highlight/${string}` }>;

/** Errors cross the message boundary by name only (QuotaExceededError, VersionError…), never page text. */
const errorName = (error: unknown) => (error instanceof Error ? error.name : 'Error');

export class HighlightService {
  constructor(private readonly db: ChuGiaiDb) {}

  /**
   * Tells every other tab that an article's highlights changed; content scripts showing another article ignore it.
   * (A list of watching tabs kept in memory would be lost whenever the browser stops the idle worker.)
   */
  private notify(articleUrl: string, except: number) {
    const message: BackgroundToContent = { type: 'highlights/changed', articleUrl };
    void browser.tabs.query({}).then((tabs) => {
      for (const tab of tabs) {
        if (tab.id !== undefined && tab.id !== except) void browser.tabs.sendMessage(tab.id, message).catch(() => {});
      }
    });
  }

  async handle<M extends HighlightMessage>(message: M, tabId: number): Promise<BackgroundReplies[M['type']]> {
    const now = Date.now();
    try {
      switch (message.type) {
        case 'highlight/list': {
          return { ok: true, value: await highlightsOf(this.db, message.articleUrl) } as BackgroundReplies[M['type']];
        }
        case 'highlight/save': {
          const saved = await putHighlight(this.db, message.highlight, now);
          this.notify(saved.articleUrl, tabId);
          return { ok: true, value: saved } as BackgroundReplies[M['type']];
        }
        case 'highlight/update': {
          const updated = await updateHighlight(this.db, message.id, message.changes, now);
          if (updated) this.notify(updated.articleUrl, tabId);
          return { ok: true, value: updated } as BackgroundReplies[M['type']];
        }
        case 'highlight/delete': {
          const deleted = await deleteHighlight(this.db, message.id, now);
          if (deleted) this.notify(deleted.articleUrl, tabId);
          return { ok: true, value: deleted } as BackgroundReplies[M['type']];
        }
        default: {
          const unhandled: never = message;
          return unhandled;
        }
      }
    } catch (error) {
      return { ok: false, error: errorName(error) } as BackgroundReplies[M['type']];
    }
  }
}
