import type { AnnotateResult } from '../annotate/annotate-blocks';
import type { ArticleContext } from '../annotate/find-mentions';
import type { ParsedArticle } from '../extract/parse-article';
import type { ArticleMeta, NoArticleReason } from '../extract/types';
import type { HighlightColor, HighlightRecord } from '../highlight/model';
import type { Prefill } from '../dictionary/prefill';

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
      /** The tab's own host without `www.` (the canonical URL in `meta` may name another one). */
      host?: string;
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
  | { type: 'highlight/delete'; id: string }
  /** Keep an abbreviation the article defined in the reader's dictionary. */
  | { type: 'dictionary/keep'; form: string; expansion: string }
  /** Open the settings page's dictionary form, filled in. */
  | { type: 'ui/open-dictionary'; prefill: DictionaryPrefill };

/** What "add to my dictionary" puts in the form; `options.html#dictionary?kind=…&form=…&expansion=…`. */
export type DictionaryPrefill = Prefill;

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
  'dictionary/keep': Result<{ id: string }>;
  'ui/open-dictionary': Result<null>;
}

/**
 * Background worker -> content scripts: an article's highlights changed elsewhere (tabs showing another article
 * ignore it); the reader's dictionary changed (every tab marks again).
 */
export type BackgroundToContent = { type: 'highlights/changed'; articleUrl: string } | { type: 'dictionary/changed' };

/** Extension pages (settings, library) -> background worker: they wrote to the database themselves. */
export type PageToBackground = { type: 'dictionary/changed' };

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
