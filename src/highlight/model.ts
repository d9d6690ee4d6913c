/** A highlight as it is stored and as it travels between the page, the worker and the library. */
import type { Selector } from './selectors';

export const HIGHLIGHT_COLORS = ['yellow', 'green', 'blue', 'pink', 'purple'] as const;
export type HighlightColor = (typeof HIGHLIGHT_COLORS)[number];

/** A passage the reader highlighted, with an optional note. Times are epoch milliseconds. */
export interface HighlightRecord {
  /** Random UUID. */
  id: string;
  /** The article's canonical URL. */
  articleUrl: string;
  /** W3C Web Annotation selectors on the article's reader text: a quote and a position. */
  selectors: Selector[];
  color: HighlightColor;
  /** Plain text, may be empty. */
  note: string;
  created: number;
  updated: number;
}
