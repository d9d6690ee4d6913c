/**
 * Finding the article in the live page. Readability runs on a copy (see parse-article.ts), possibly in another
 * document; its result comes back as indices written on the copy's elements, matched here to the live elements that
 * were numbered in the same order. The live page is never touched.
 */
// The readerable check alone, so the content script does not bundle Readability's parser.
import isProbablyReaderable from '@mozilla/readability/Readability-readerable.js';
import { readMetadata } from './metadata';
import { INDEX_ATTR, type ParsedArticle } from './parse-article';
import type { ExtractResult } from './types';
import { countWords } from './word-count';

/**
 * Above this many elements even copying the page for Readability would hold the page's main thread too long;
 * the reader can still ask for it.
 */
export const MAX_ELEMENTS = 60_000;

/** Share of a container's visible text that must belong to the article for the container to be taken whole. */
const MIN_ARTICLE_SHARE = 0.85;

/** Longest text (non-space characters) a non-article element may have and still sit inside the container. */
const MAX_EXTRA_LENGTH = 400;

export interface Snapshot {
  clone: Document;
  live: Element[];
}

export function countElements(doc: Document): number {
  return doc.getElementsByTagName('*').length;
}

export function isArticleLike(doc: Document): boolean {
  return isProbablyReaderable(doc);
}

/**
 * Clones the document and numbers the clone's elements in document order. The live elements are kept by reference,
 * so the page may change afterwards without the index going wrong.
 */
export function takeSnapshot(doc: Document): Snapshot {
  const live = Array.from(doc.getElementsByTagName('*'));
  const clone = doc.cloneNode(true) as Document;
  const cloned = clone.getElementsByTagName('*');
  for (let i = 0; i < cloned.length; i++) cloned[i]!.setAttribute(INDEX_ATTR, String(i));
  return { clone, live };
}

/** The numbered copy as HTML, to be parsed in the extension's own document, off the page's main thread. */
export function serializeSnapshot(snapshot: Snapshot): string {
  return `<!DOCTYPE html>${snapshot.clone.documentElement.outerHTML}`;
}

const SKIP_TEXT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

/** Non-space characters a reader can see under `el` (script and style text excluded). */
function visibleTextLength(el: Element): number {
  let n = 0;
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) n += (child.nodeValue ?? '').replace(/\s+/g, '').length;
      else if (child.nodeType === 1 && !SKIP_TEXT.has((child as Element).tagName)) walk(child);
    }
  };
  walk(el);
  return n;
}

function commonAncestor(nodes: Element[]): Element | null {
  let ancestor: Element | null = nodes[0] ?? null;
  for (const node of nodes.slice(1)) {
    while (ancestor && !ancestor.contains(node)) ancestor = ancestor.parentElement;
  }
  return ancestor;
}

const linkTextLength = (el: Element) =>
  Array.from(el.querySelectorAll('a')).reduce((n, a) => n + visibleTextLength(a), 0);

/** Share of `el`'s visible text that sits in links: near 1 for menus, breadcrumbs, tag and related-news lists. */
function linkDensity(el: Element): number {
  const total = visibleTextLength(el);
  return total === 0 ? 0 : linkTextLength(el) / total;
}

const PAGE_CHROME = 'nav, aside, footer, header, form, menu';
const INTERACTIVE = 'nav, aside, footer, form, textarea, input, select, button, iframe';

/**
 * Whether an element that is not article text may still sit inside the marked container: a headline, a date line,
 * an empty ad slot. Lists of links, comment boxes and page chrome may not.
 */
function isHarmlessExtra(el: Element): boolean {
  const length = visibleTextLength(el);
  if (length === 0) return true;
  return (
    !el.matches(PAGE_CHROME) && !el.querySelector(INTERACTIVE) && length < MAX_EXTRA_LENGTH && linkDensity(el) < 0.5
  );
}

/**
 * The smallest set of live elements that holds the article: the common ancestor of its blocks when everything else
 * in it is harmless (headline, date line) and nearly all of its text is article text; else, recursively, those of
 * its children that hold article blocks, so a related-news list or a comment box between the blocks is left out.
 */
export function coverArticle(blocks: Element[]): Element[] {
  // Readability sometimes keeps a breadcrumb or a tag list next to the text; those are not the article.
  const roots = blocks.length > 1 ? blocks.filter((b) => linkDensity(b) < 0.5) : blocks;
  const top = commonAncestor(roots);
  if (!top) return [];
  const rootSet = new Set(roots);
  const holdsRoot = (el: Element) => roots.some((r) => el === r || el.contains(r));
  const articleLength = (el: Element) => roots.reduce((n, r) => (el.contains(r) ? n + visibleTextLength(r) : n), 0);
  const cover = (el: Element): Element[] => {
    if (rootSet.has(el)) return [el];
    const children = Array.from(el.children);
    const extrasHarmless = children.every((child) => holdsRoot(child) || isHarmlessExtra(child));
    const total = visibleTextLength(el);
    if (extrasHarmless && (total === 0 || articleLength(el) / total >= MIN_ARTICLE_SHARE)) return [el];
    return children.filter(holdsRoot).flatMap(cover);
  };
  return cover(top);
}

/**
 * Finds Readability's result in the live page and reads the article's metadata.
 * @param pageUrl the address the page was loaded from (for relative canonical links)
 */
export function locateArticle(parsed: ParsedArticle | null, live: Element[], doc: Document, pageUrl: string): ExtractResult {
  if (!parsed || !parsed.textContent.trim()) return { ok: false, reason: 'no-content' };
  const roots = parsed.rootIndices
    .map((i) => live[i])
    .filter((el): el is Element => !!el && el.isConnected && visibleTextLength(el) > 0);
  const containers = coverArticle(roots).filter((el) => el !== doc.documentElement && el !== doc.head);
  if (containers.length === 0) return { ok: false, reason: 'not-in-page' };
  const meta = readMetadata(doc, pageUrl, parsed);
  return { ok: true, containers, meta: { ...meta, wordCount: countWords(parsed.textContent) } };
}
