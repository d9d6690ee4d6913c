import type { ParsedArticle } from '../extract/parse-article';
import type { ArticleMeta, NoArticleReason } from '../extract/types';

export type Result<T, E = string> = { ok: true; value: T } | { ok: false; error: E };

/** What the content script knows of its page, as the popup shows it. */
export type PageState =
  | { status: 'working' }
  | { status: 'article'; meta: ArticleMeta; saved: 'pending' | 'saved' | 'failed' }
  | { status: 'no-article'; reason: NoArticleReason };

/** Content script -> background worker (runtime.sendMessage). */
export type ContentToBackground =
  | { type: 'article/parse'; html: string }
  | { type: 'article/seen'; article: ArticleMeta };

/** What the worker answers, by message type. */
export interface BackgroundReplies {
  'article/parse': Result<ParsedArticle | null>;
  'article/seen': Result<{ firstSeen: number; lastSeen: number }>;
}

/** Background worker -> offscreen document (Chrome), where a DOMParser is available. */
export type BackgroundToOffscreen = { type: 'offscreen/parse'; html: string };

/** Popup -> content script of one tab (tabs.sendMessage). */
export type PopupToContent = { type: 'page/get-state' } | { type: 'page/extract'; force: boolean };
