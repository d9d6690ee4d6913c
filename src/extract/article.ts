/**
 * Document -> Article. The only importer of Readability. Readability runs on a clone; its result is matched back to
 * the live page through an index written on the clone's elements only, so the live page is never touched here.
 */
import { isProbablyReaderable, Readability } from '@mozilla/readability';
import { readMetadata } from './metadata';
import type { ExtractResult } from './types';
import { countWords } from './word-count';

const INDEX_ATTR = 'data-cg-idx';

/** Above this many elements Readability would freeze the page for too long; the user can still force it. */
export const MAX_ELEMENTS = 20_000;

/** Share of a container's visible text that must belong to the article for the container to be taken whole. */
const MIN_ARTICLE_SHARE = 0.85;

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

/**
 * The smallest set of live elements that holds the article: the common ancestor of its blocks when nearly all of its
 * text is article text, else, recursively, those of its children that hold article blocks (so that a sidebar or a
 * comment box between the blocks is left out).
 */
export function coverArticle(roots: Element[]): Element[] {
  const top = commonAncestor(roots);
  if (!top) return [];
  const rootSet = new Set(roots);
  const articleLength = (el: Element) => roots.reduce((n, r) => (el.contains(r) ? n + visibleTextLength(r) : n), 0);
  const cover = (el: Element): Element[] => {
    if (rootSet.has(el)) return [el];
    const total = visibleTextLength(el);
    if (total === 0 || articleLength(el) / total >= MIN_ARTICLE_SHARE) return [el];
    return Array.from(el.children)
      .filter((child) => roots.some((r) => child === r || child.contains(r)))
      .flatMap(cover);
  };
  return cover(top);
}

/** The live elements that Readability's result kept at its top level (elements without a kept ancestor). */
function liveRoots(content: Element, live: Element[]): Element[] {
  const hasKeptAncestor = (el: Element) => {
    for (let p = el.parentElement; p; p = p === content ? null : p.parentElement) {
      if (p.hasAttribute(INDEX_ATTR)) return true;
    }
    return false;
  };
  const roots: Element[] = [];
  for (const el of [content, ...content.querySelectorAll(`[${INDEX_ATTR}]`)]) {
    if (!el.hasAttribute(INDEX_ATTR) || hasKeptAncestor(el)) continue;
    const target = live[Number(el.getAttribute(INDEX_ATTR))];
    if (target?.isConnected && visibleTextLength(target) > 0) roots.push(target);
  }
  return roots;
}

/**
 * Runs Readability on a snapshot and finds the article in the live page.
 * @param pageUrl the address the page was loaded from (for relative canonical links)
 */
export function extractFromSnapshot(snapshot: Snapshot, doc: Document, pageUrl: string): ExtractResult {
  const parsed = new Readability<Element>(snapshot.clone, {
    serializer: (node) => node as Element,
    maxElemsToParse: 0,
  }).parse();
  if (!parsed?.content || !parsed.textContent?.trim()) return { ok: false, reason: 'no-content' };
  const roots = liveRoots(parsed.content, snapshot.live);
  const containers = coverArticle(roots).filter((el) => el !== doc.documentElement && el !== doc.head);
  if (containers.length === 0) return { ok: false, reason: 'not-in-page' };
  const meta = readMetadata(doc, pageUrl, parsed);
  return { ok: true, containers, meta: { ...meta, wordCount: countWords(parsed.textContent) } };
}
