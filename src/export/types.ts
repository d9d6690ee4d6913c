/**
 * What the export formats take in and what import gives back. Plain data: the store, the library page and the worker
 * turn their records into these, so nothing here depends on Dexie or the browser.
 */
import type { ArticleMeta } from '../extract/types';
import type { HighlightRecord } from '../highlight/model';

/**
 * The store's article record (`ArticleRecord` in src/store/db.ts), restated here because export never imports the
 * store; tests/unit/export/fixtures.ts checks that the two stay the same.
 */
export interface ArticleRecord extends Omit<ArticleMeta, 'excerpt'> {
  firstSeen: number;
  lastSeen: number;
  highlightCount: number;
  highlightsUpdated: number;
}

/** One article with its highlights, already in reading order. */
export interface ExportArticle {
  article: ArticleRecord;
  highlights: HighlightRecord[];
}

/** A place or abbreviation explained in an article, for the glossary section of an export. */
export interface GlossaryItem {
  kind: 'place' | 'abbr';
  title: string;
  summary: string;
}

/** Glossary items by article URL. */
export type Glossary = ReadonlyMap<string, readonly GlossaryItem[]>;
