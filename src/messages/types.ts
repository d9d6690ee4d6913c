import type { AnnotateResult } from '../annotate/annotate-blocks';
import type { ArticleContext } from '../annotate/find-mentions';
import type { ParsedArticle } from '../extract/parse-article';
import type { ArticleMeta, NoArticleReason } from '../extract/types';
import type { HighlightColor, HighlightRecord } from '../highlight/model';

export type Result<T, E = string> = { ok: true; value: T } | { ok: false; error: E };

/** One line of the article's glossary: a term and how often it is marked. */
export interface GlossaryEntry {
  kind: 'place' | 'abbr';
  key: string;
  title: string;
  /** The first Vietnamese line of its explanation. */
  summary: string;
  count: number;
}

/** Whether terms are marked, and why not. */
export type MarkingState = 'working' | 'on' | 'off-site' | 'off-global' | 'unavailable';

/** What the content script knows of its page, as the popup shows it. */
export type PageState =
  | { status: 'working' }
  | {
      status: 'article';
      meta: ArticleMeta;
      saved: 'pending' | 'saved' | 'failed';
      marking: MarkingState;
      glossary: GlossaryEntry[];
      highlights: HighlightSummary[];
    }
  | { status: 'no-article'; reason: NoArticleReason };

/** Content script -> background worker (runtime.sendMessage). */
export type ContentToBackground =
  | { type: 'article/parse'; html: string }
  | { type: 'article/seen'; article: ArticleMeta }
  | { type: 'annotate/find'; blocks: string[]; published: string | null; context: ArticleContext | null }
  | { type: 'highlight/list'; articleUrl: string }
  | { type: 'highlight/save'; highlight: HighlightRecord }
  | { type: 'highlight/update'; id: string; changes: HighlightChanges }
  | { type: 'highlight/delete'; id: string };

export interface HighlightChanges {
  color?: HighlightColor;
  note?: string;
}

/** What the worker answers, by message type. */
export interface BackgroundReplies {
  'article/parse': Result<ParsedArticle | null>;
  'article/seen': Result<{ firstSeen: number; lastSeen: number }>;
  'annotate/find': Result<AnnotateResult>;
  'highlight/list': Result<HighlightRecord[]>;
  'highlight/save': Result<HighlightRecord>;
  'highlight/update': Result<HighlightRecord | null>;
  'highlight/delete': Result<HighlightRecord | null>;
}

/** Background worker -> content scripts of the tabs showing an article: its highlights changed elsewhere. */
export type BackgroundToContent = { type: 'highlights/changed'; articleUrl: string };

/** A highlight as the popup lists it, in reading order; `orphan` when it could not be found on the page. */
export interface HighlightSummary {
  id: string;
  quote: string;
  color: HighlightColor;
  note: string;
  orphan: boolean;
}

/** Background worker -> offscreen document (Chrome), where a DOMParser is available. */
export type BackgroundToOffscreen = { type: 'offscreen/parse'; html: string };

/** Popup -> content script of one tab (tabs.sendMessage). */
export type PopupToContent =
  | { type: 'page/get-state' }
  | { type: 'page/extract'; force: boolean }
  | { type: 'page/reveal'; key: string }
  | { type: 'page/reveal-highlight'; id: string }
  | { type: 'page/delete-highlight'; id: string }
  | { type: 'page/highlight-selection'; color: HighlightColor | null };
