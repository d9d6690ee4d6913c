/**
 * Finding the article in the live page. Readability runs on a copy (see parse-article.ts), possibly in another
 * document; its result comes back as indices written on the copy's elements, matched here to the live elements that
 * were numbered in the same order. The live page is never touched.
 */
// The readerable check alone, so the content script does not bundle Readability's parser.
import isProbablyReaderable from '@mozilla/readability/Readability-readerable.js';
import { readMetadata } from './metadata';
import { findHeadline, findLeftOut, narrowContainers } from './left-out';
import { INDEX_ATTR, type ParsedArticle } from './parse-article';
import { linkDensity, type TextLength, textLengths } from './text-length';
import type { ExtractResult } from './types';
import { wordCounts } from './word-count';

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

/** Elements with more descendants than this are written piece by piece, so no single step is long. */
const SPLIT_DESCENDANTS = 1500;
/** Time the serializer may hold the main thread before it lets the page run, in ms. */
const STEP_BUDGET_MS = 16;

const escapeText = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\u00a0/g, '&nbsp;');

/** Splits a big element into its start tag, its children and its end tag; small ones stay whole. */
function* pieces(node: Node): Generator<string | Element> {
  if (node.nodeType === 3) {
    yield escapeText(node.nodeValue ?? '');
    return;
  }
  if (node.nodeType === 8) {
    yield `<!--${node.nodeValue ?? ''}-->`;
    return;
  }
  if (node.nodeType !== 1) return;
  const el = node as Element;
  if (el.tagName === 'TEMPLATE' || el.getElementsByTagName('*').length <= SPLIT_DESCENDANTS) {
    yield el;
    return;
  }
  const shell = (el.cloneNode(false) as Element).outerHTML;
  const end = `</${el.localName}>`;
  yield shell.endsWith(end) ? shell.slice(0, -end.length) : shell;
  for (let child = el.firstChild; child; child = child.nextSibling) yield* pieces(child);
  yield end;
}

/**
 * The numbered copy as HTML, to be parsed in the extension's own document. Written in steps of at most about
 * 16 ms with the page's own work in between: a 5 MB page takes some 35 ms to serialize in one go.
 */
export async function serializeSnapshot(snapshot: Snapshot, yieldToPage: () => Promise<void>): Promise<string> {
  const out: string[] = ['<!DOCTYPE html>'];
  let stepStart = performance.now();
  for (const piece of pieces(snapshot.clone.documentElement)) {
    out.push(typeof piece === 'string' ? piece : piece.outerHTML);
    if (performance.now() - stepStart > STEP_BUDGET_MS) {
      await yieldToPage();
      stepStart = performance.now();
    }
  }
  return out.join('');
}

function commonAncestor(nodes: Element[]): Element | null {
  let ancestor: Element | null = nodes[0] ?? null;
  for (const node of nodes.slice(1)) {
    while (ancestor && !ancestor.contains(node)) ancestor = ancestor.parentElement;
  }
  return ancestor;
}


const PAGE_CHROME = 'nav, aside, footer, header, form, menu';
const INTERACTIVE = 'nav, aside, footer, form, textarea, input, select, button, iframe';

/**
 * Whether an element that is not article text may still sit inside the marked container: a headline, a date line,
 * an empty ad slot. Lists of links, comment boxes and page chrome may not.
 */
function isHarmlessExtra(el: Element, length: TextLength): boolean {
  const n = length(el);
  if (n === 0) return true;
  return !el.matches(PAGE_CHROME) && !el.querySelector(INTERACTIVE) && n < MAX_EXTRA_LENGTH && linkDensity(el, length) < 0.5;
}

/**
 * The smallest set of live elements that holds the article: the common ancestor of its blocks when everything else
 * in it is harmless (headline, date line) and nearly all of its text is article text; else, recursively, those of
 * its children that hold article blocks, so a related-news list or a comment box between the blocks is left out.
 */
export function coverArticle(blocks: Element[], length: TextLength = textLengths()): Element[] {
  // Readability sometimes keeps a breadcrumb or a tag list next to the text; those are not the article.
  const roots = blocks.length > 1 ? blocks.filter((b) => linkDensity(b, length) < 0.5) : blocks;
  const top = commonAncestor(roots);
  if (!top) return [];
  const rootSet = new Set(roots);
  const holdsRoot = (el: Element) => roots.some((r) => el === r || el.contains(r));
  const articleLength = (el: Element) => roots.reduce((n, r) => (el.contains(r) ? n + length(r) : n), 0);
  const cover = (el: Element): Element[] => {
    if (rootSet.has(el)) return [el];
    const children = Array.from(el.children);
    const extrasHarmless = children.every((child) => holdsRoot(child) || isHarmlessExtra(child, length));
    const total = length(el);
    if (extrasHarmless && (total === 0 || articleLength(el) / total >= MIN_ARTICLE_SHARE)) return [el];
    return children.filter(holdsRoot).flatMap(cover);
  };
  return cover(top);
}

const LEAD = [
  '[class*="sapo" i]',
  '[class*="lead" i]',
  '[class*="description" i]',
  '[class*="summary" i]',
  '[class*="excerpt" i]',
  '[class*="chapeau" i]',
  '[itemprop="description"]',
].join(', ');

/**
 * The lead paragraph ("sapo") that many Vietnamese sites set apart from the body and Readability often drops: a
 * block named like one, before the body (the largest container; a headline container may come before the lead) and
 * in the same article header, that is prose rather than links.
 */
function findLead(doc: Document, containers: readonly Element[], length: TextLength): Element | null {
  const body = containers.reduce<Element | null>((a, c) => (a && length(a) >= length(c) ? a : c), null);
  if (!body) return null;
  let found: Element | null = null;
  for (const el of doc.body?.querySelectorAll(LEAD) ?? []) {
    if (!(el.compareDocumentPosition(body) & 4 /* DOCUMENT_POSITION_FOLLOWING */)) break;
    if (containers.some((c) => c.contains(el) || el.contains(c)) || el.closest(PAGE_CHROME + ', li, a')) continue;
    const n = length(el);
    const shared = commonAncestor([el, body]);
    if (n < 60 || n > 2000 || linkDensity(el, length) > 0.3 || !shared || shared === doc.body) continue;
    found = el; // the last one before the body is the closest
  }
  return found;
}

/**
 * Finds Readability's result in the live page and reads the article's metadata.
 * @param pageUrl the address the page was loaded from (for relative canonical links)
 */
export function locateArticle(parsed: ParsedArticle | null, live: Element[], doc: Document, pageUrl: string): ExtractResult {
  if (!parsed) return { ok: false, reason: 'no-content' };
  // Lengths come measured from the parser's copy; elements added since are measured here (they are few).
  const indexOf = new Map(live.map((el, i) => [el, i]));
  const length = textLengths((el) => {
    const i = indexOf.get(el);
    return i === undefined ? undefined : parsed.textLengths[i];
  });
  const roots = parsed.rootIndices
    .map((i) => live[i])
    .filter((el): el is Element => !!el && el.isConnected && length(el) > 0);
  const containers = coverArticle(roots, length).filter((el) => el !== doc.documentElement && el !== doc.head);
  if (containers.length === 0) return { ok: false, reason: 'not-in-page' };
  const lead = findLead(doc, containers, length);
  if (lead) {
    const at = containers.findIndex((c) => lead.compareDocumentPosition(c) & 4 /* FOLLOWING */);
    containers.splice(at < 0 ? containers.length : at, 0, lead);
  }
  const found = findLeftOut(containers, { length, article: roots, headline: findHeadline(doc) });
  const narrowed = narrowContainers(containers, found, length);
  const leftOut = found.filter((o) => narrowed.some((c) => c.contains(o)));
  containers.splice(0, containers.length, ...narrowed);
  const words = wordCounts((el) => {
    const i = indexOf.get(el);
    return i === undefined ? undefined : parsed.wordCounts[i];
  });
  const headlines = containers.flatMap((c) => Array.from(c.querySelectorAll('h1')));
  const wordCount =
    containers.reduce((n, c) => n + words(c), 0) -
    [...leftOut, ...headlines.filter((h) => !leftOut.some((o) => o.contains(h)))].reduce((n, el) => n + words(el), 0);
  const meta = readMetadata(doc, pageUrl, parsed);
  return { ok: true, containers, leftOut, meta: { ...meta, wordCount: wordCount > 0 ? wordCount : parsed.wordCount } };
}
