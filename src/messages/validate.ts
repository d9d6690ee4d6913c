/** Receivers check every message against these before acting; anything else is dropped. */
import type { ArticleMeta } from '../extract/types';
import type { ParsedArticle } from '../extract/parse-article';
import type { ArticleContext } from '../annotate/find-mentions';
import type { Selector } from '../highlight/selectors';
import { HIGHLIGHT_COLORS, type HighlightColor, type HighlightRecord } from '../highlight/model';
import type {
  BackgroundToContent,
  BackgroundToOffscreen,
  ContentToBackground,
  DictionaryPrefill,
  GlossaryEntry,
  HighlightChanges,
  HighlightSummary,
  MarkingState,
  PageState,
  PageToBackground,
  PopupToContent,
} from './types';

/** Chrome's own limit on one message is 64 MiB; a page's HTML above this is refused before it is sent. */
export const MAX_HTML_LENGTH = 48 * 1024 * 1024;

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStr = (v: unknown, max = 10_000): v is string => typeof v === 'string' && v.length <= max;
const isStrOrNull = (v: unknown, max = 10_000) => v === null || isStr(v, max);

function isHttpUrl(v: unknown): v is string {
  if (!isStr(v, 4096)) return false;
  try {
    const u = new URL(v);
    return u.protocol === 'http:' || u.protocol === 'https:';
  } catch {
    return false;
  }
}

export function isArticleMeta(v: unknown): v is ArticleMeta {
  return (
    isObj(v) &&
    isHttpUrl(v.url) &&
    isStr(v.site, 253) &&
    isStrOrNull(v.title, 2000) &&
    isStrOrNull(v.byline, 500) &&
    isStrOrNull(v.siteName, 500) &&
    isStrOrNull(v.published, 40) &&
    isStrOrNull(v.lang, 20) &&
    isStrOrNull(v.excerpt, 5000) &&
    typeof v.wordCount === 'number' &&
    Number.isInteger(v.wordCount) &&
    v.wordCount >= 0
  );
}

export function parseContentToBackground(v: unknown): ContentToBackground | null {
  if (!isObj(v)) return null;
  switch (v.type) {
    case 'article/seen':
      return isArticleMeta(v.article) ? { type: 'article/seen', article: v.article } : null;
    case 'article/parse':
      return isStr(v.html, MAX_HTML_LENGTH) ? { type: 'article/parse', html: v.html } : null;
    case 'annotate/find': {
      const { blocks, published, context } = v;
      if (!Array.isArray(blocks) || blocks.length > 50_000 || !blocks.every((b) => isStr(b, MAX_HTML_LENGTH))) return null;
      if (blocks.reduce((n: number, b: string) => n + b.length, 0) > MAX_HTML_LENGTH) return null;
      if (!isStrOrNull(published, 40)) return null;
      if (context !== null && !isArticleContext(context)) return null;
      return { type: 'annotate/find', blocks, published: published as string | null, context: context as ArticleContext | null };
    }
    case 'highlight/list':
      return isHttpUrl(v.articleUrl) ? { type: 'highlight/list', articleUrl: v.articleUrl } : null;
    case 'highlight/save':
      return isHighlightRecord(v.highlight) ? { type: 'highlight/save', highlight: v.highlight } : null;
    case 'highlight/update': {
      const changes = parseChanges(v.changes);
      return isStr(v.id, 64) && changes ? { type: 'highlight/update', id: v.id, changes } : null;
    }
    case 'highlight/delete':
      return isStr(v.id, 64) ? { type: 'highlight/delete', id: v.id } : null;
    case 'dictionary/keep':
      return isLine(v.form, 60) && v.form.trim() && isLine(v.expansion, 300) && v.expansion.trim()
        ? { type: 'dictionary/keep', form: v.form, expansion: v.expansion }
        : null;
    case 'ui/open-dictionary': {
      const prefill = parsePrefill(v.prefill);
      return prefill ? { type: 'ui/open-dictionary', prefill } : null;
    }
    default:
      return null;
  }
}

/** One line of text: no line breaks or other control characters. */
const isLine = (v: unknown, max: number): v is string => isStr(v, max) && !/[\u0000-\u001f\u007f]/.test(v);

function parsePrefill(v: unknown): DictionaryPrefill | null {
  return isObj(v) && (v.kind === 'abbr' || v.kind === 'place') && isLine(v.form, 60) && isLine(v.expansion, 300)
    ? { kind: v.kind, form: v.form, expansion: v.expansion }
    : null;
}

export function parsePageToBackground(v: unknown): PageToBackground | null {
  return isObj(v) && v.type === 'dictionary/changed' ? { type: 'dictionary/changed' } : null;
}

/** Notes are plain text; this bounds what one note may hold. */
export const MAX_NOTE_LENGTH = 20_000;
const MAX_QUOTE_LENGTH = 20_000;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const isHighlightColor = (v: unknown): v is HighlightColor =>
  typeof v === 'string' && (HIGHLIGHT_COLORS as readonly string[]).includes(v);

function isSelector(v: unknown): v is Selector {
  if (!isObj(v)) return false;
  switch (v.type) {
    case 'TextQuoteSelector':
      return isStr(v.exact, MAX_QUOTE_LENGTH) && v.exact.length > 0 && isStr(v.prefix, 200) && isStr(v.suffix, 200);
    case 'TextPositionSelector':
      return Number.isInteger(v.start) && Number.isInteger(v.end) && (v.start as number) >= 0 && (v.end as number) >= (v.start as number);
    default:
      return false;
  }
}

export function isHighlightRecord(v: unknown): v is HighlightRecord {
  return (
    isObj(v) &&
    isStr(v.id, 64) &&
    UUID.test(v.id) &&
    isHttpUrl(v.articleUrl) &&
    Array.isArray(v.selectors) &&
    v.selectors.length > 0 &&
    v.selectors.length <= 4 &&
    v.selectors.every(isSelector) &&
    v.selectors.some((s) => isObj(s) && s.type === 'TextQuoteSelector') &&
    isHighlightColor(v.color) &&
    isStr(v.note, MAX_NOTE_LENGTH) &&
    Number.isFinite(v.created) &&
    Number.isFinite(v.updated)
  );
}

function parseChanges(v: unknown): HighlightChanges | null {
  if (!isObj(v)) return null;
  const changes: HighlightChanges = {};
  if (v.color !== undefined) {
    if (!isHighlightColor(v.color)) return null;
    changes.color = v.color;
  }
  if (v.note !== undefined) {
    if (!isStr(v.note, MAX_NOTE_LENGTH)) return null;
    changes.note = v.note;
  }
  return Object.keys(changes).length > 0 ? changes : null;
}

export function parseBackgroundToContent(v: unknown): BackgroundToContent | null {
  if (isObj(v) && v.type === 'dictionary/changed') return { type: 'dictionary/changed' };
  return isObj(v) && v.type === 'highlights/changed' && isHttpUrl(v.articleUrl)
    ? { type: 'highlights/changed', articleUrl: v.articleUrl }
    : null;
}

function isHighlightSummary(v: unknown): v is HighlightSummary {
  return (
    isObj(v) && isStr(v.id, 64) && isStr(v.quote, MAX_QUOTE_LENGTH) && isHighlightColor(v.color) &&
    isStr(v.note, MAX_NOTE_LENGTH) && typeof v.orphan === 'boolean'
  );
}

export function isArticleContext(v: unknown): v is ArticleContext {
  return (
    isObj(v) &&
    isStrOrNull(v.published, 40) &&
    isObj(v.senses) &&
    Object.values(v.senses).every((n) => Number.isInteger(n)) &&
    Array.isArray(v.learned) &&
    v.learned.every((l) => isObj(l) && isStr(l.form, 20) && isStr(l.expansion, 300)) &&
    isObj(v.provinceCounts) &&
    Object.values(v.provinceCounts).every((n) => Number.isInteger(n))
  );
}

export function parseBackgroundToOffscreen(v: unknown): BackgroundToOffscreen | null {
  return isObj(v) && v.type === 'offscreen/parse' && isStr(v.html, MAX_HTML_LENGTH)
    ? { type: 'offscreen/parse', html: v.html }
    : null;
}

/** Checks what a parser (in another context) sent back. */
export function isParsedArticle(v: unknown): v is ParsedArticle {
  return (
    isObj(v) &&
    Array.isArray(v.rootIndices) &&
    v.rootIndices.every((i) => Number.isInteger(i) && i >= 0) &&
    typeof v.wordCount === 'number' &&
    Number.isInteger(v.wordCount) &&
    Array.isArray(v.textLengths) &&
    v.textLengths.every((n) => Number.isInteger(n) && n >= 0) &&
    Array.isArray(v.wordCounts) &&
    v.wordCounts.length === v.textLengths.length &&
    v.wordCounts.every((n) => Number.isInteger(n) && n >= 0) &&
    ['title', 'byline', 'siteName', 'lang', 'publishedTime', 'excerpt'].every((k) => isStrOrNull(v[k], 100_000))
  );
}

export function parsePopupToContent(v: unknown): PopupToContent | null {
  if (!isObj(v)) return null;
  switch (v.type) {
    case 'page/get-state':
      return { type: 'page/get-state' };
    case 'page/extract':
      return { type: 'page/extract', force: v.force === true };
    case 'page/reveal':
      return isStr(v.key, 2000) ? { type: 'page/reveal', key: v.key } : null;
    case 'page/reveal-highlight':
      return isStr(v.id, 64) ? { type: 'page/reveal-highlight', id: v.id } : null;
    case 'page/delete-highlight':
      return isStr(v.id, 64) ? { type: 'page/delete-highlight', id: v.id } : null;
    case 'page/highlight-selection':
      return { type: 'page/highlight-selection', color: isHighlightColor(v.color) ? v.color : null };
    default:
      return null;
  }
}

const MARKING = new Set(['working', 'on', 'off-site', 'off-global', 'unavailable']);

function isGlossaryEntry(v: unknown): v is GlossaryEntry {
  return (
    isObj(v) &&
    (v.kind === 'place' || v.kind === 'abbr') &&
    isStr(v.key, 2000) &&
    isStr(v.title, 200) &&
    isStr(v.summary, 2000) &&
    Number.isInteger(v.count)
  );
}

const REASONS = new Set(['not-readerable', 'no-content', 'not-in-page', 'too-large', 'failed']);

export function parsePageState(v: unknown): PageState | null {
  if (!isObj(v)) return null;
  switch (v.status) {
    case 'working':
      return { status: 'working' };
    case 'article':
      return isArticleMeta(v.meta) &&
        (v.saved === 'pending' || v.saved === 'saved' || v.saved === 'failed') &&
        typeof v.marking === 'string' &&
        MARKING.has(v.marking) &&
        Array.isArray(v.glossary) &&
        v.glossary.every(isGlossaryEntry) &&
        Array.isArray(v.highlights) &&
        v.highlights.every(isHighlightSummary)
        ? {
            status: 'article',
            meta: v.meta,
            saved: v.saved,
            marking: v.marking as MarkingState,
            glossary: v.glossary,
            highlights: v.highlights,
            ...(typeof v.host === 'string' && v.host.length <= 253 ? { host: v.host } : {}),
          }
        : null;
    case 'no-article':
      return typeof v.reason === 'string' && REASONS.has(v.reason)
        ? ({ status: 'no-article', reason: v.reason } as PageState)
        : null;
    default:
      return null;
  }
}
